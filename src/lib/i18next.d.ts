import 'i18next';
import type fi from '@/locales/fi.json';
import type aboutFi from '@/locales/about/fi.json';
import type indicatorsFi from '@/locales/indicators/fi.json';

// Finnish is the source of truth: every key the code uses must exist in fi.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `about`: the accessibility statement's and open-data page's texts, loaded with those pages.
    // `indicators`: indicators, progress and drift, loaded with the pages and sections showing them.
    resources: { translation: typeof fi; about: typeof aboutFi; indicators: typeof indicatorsFi };
    returnNull: false;
  }
}
