import 'i18next';
import type fi from '@/locales/fi.json';

// Finnish is the source of truth: every key the code uses must exist in fi.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
    returnNull: false;
  }
}
