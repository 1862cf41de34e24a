import 'i18next';
import type fi from '@/locales/fi.json';
import type laterFi from '@/locales/later/fi.json';
import type timelineFi from '@/locales/timeline/fi.json';
import type aboutFi from '@/locales/about/fi.json';
import type notificationsFi from '@/locales/notifications/fi.json';
import type updatesFi from '@/locales/updates/fi.json';
import type spreadsheetFi from '@/locales/spreadsheet/fi.json';
import type indicatorsFi from '@/locales/indicators/fi.json';
import type reportsFi from '@/locales/reports/fi.json';
import type contentFi from '@/locales/content/fi.json';

// Finnish is the source of truth: every key the code uses must exist in fi.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `about`: the accessibility statement's and open-data page's texts, loaded with those pages.
    // `notifications`: the notifications and settings pages' texts, loaded with those pages.
    // `updates`: following, status updates, the reminder log and nudges (lib/updates-texts).
    // `spreadsheet`: the import page's texts and a spreadsheet's words, loaded with the import
    // page and the Excel export.
    // `indicators`: indicators, progress and drift, loaded with the pages and sections showing them.
    // `reports`: the board report's and the baselines' texts, loaded with those pages.
    // `content`: translated content's editing, coverage and embed texts (lib/content-texts.ts).
    resources: {
      // `translation` is three files: the public pages' keys, the timeline's and the rest
      // (lib/i18n.ts: loadTimelineTexts, loadLaterTexts).
      translation: typeof fi & typeof timelineFi & typeof laterFi;
      about: typeof aboutFi;
      notifications: typeof notificationsFi;
      updates: typeof updatesFi;
      spreadsheet: typeof spreadsheetFi;
      indicators: typeof indicatorsFi;
      reports: typeof reportsFi;
      content: typeof contentFi;
    };
    returnNull: false;
  }
}
