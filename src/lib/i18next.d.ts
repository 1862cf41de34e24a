import 'i18next';
import type fi from '@/locales/fi.json';
import type aboutFi from '@/locales/about/fi.json';
import type contentFi from '@/locales/content/fi.json';

// Finnish is the source of truth: every key the code uses must exist in fi.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `about`: the accessibility statement's and open-data page's texts, loaded with those pages.
    // `content`: translated content's editing, coverage and embed texts (lib/content-texts.ts).
    resources: { translation: typeof fi; about: typeof aboutFi; content: typeof contentFi };
    returnNull: false;
  }
}
