import 'i18next';
import type fi from '@/locales/fi.json';
import type aboutFi from '@/locales/about/fi.json';
import type spreadsheetFi from '@/locales/spreadsheet/fi.json';

// Finnish is the source of truth: every key the code uses must exist in fi.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `about`: the accessibility statement's and open-data page's texts, loaded with those pages.
    // `spreadsheet`: the import page's texts and a spreadsheet's words, loaded with the import
    // page and the Excel export.
    resources: { translation: typeof fi; about: typeof aboutFi; spreadsheet: typeof spreadsheetFi };
    returnNull: false;
  }
}
