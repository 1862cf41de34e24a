import 'i18next';
import type fi from '@/locales/fi.json';
import type aboutFi from '@/locales/about/fi.json';
import type reportsFi from '@/locales/reports/fi.json';

// Finnish is the source of truth: every key the code uses must exist in fi.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `about`: the accessibility statement's and open-data page's texts, loaded with those pages.
    // `reports`: the board report's and the baselines' texts, loaded with those pages.
    resources: { translation: typeof fi; about: typeof aboutFi; reports: typeof reportsFi };
    returnNull: false;
  }
}
