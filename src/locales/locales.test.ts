import aboutEn from './about/en.json';
import aboutFi from './about/fi.json';
import aboutSv from './about/sv.json';
import contentEn from './content/en.json';
import contentFi from './content/fi.json';
import contentSv from './content/sv.json';
import en from './en.json';
import indicatorsEn from './indicators/en.json';
import indicatorsFi from './indicators/fi.json';
import indicatorsSv from './indicators/sv.json';
import fi from './fi.json';
import laterEn from './later/en.json';
import laterFi from './later/fi.json';
import laterSv from './later/sv.json';
import sv from './sv.json';
import timelineEn from './timeline/en.json';
import timelineFi from './timeline/fi.json';
import timelineSv from './timeline/sv.json';
import notificationsEn from './notifications/en.json';
import notificationsFi from './notifications/fi.json';
import notificationsSv from './notifications/sv.json';
import updatesEn from './updates/en.json';
import updatesFi from './updates/fi.json';
import updatesSv from './updates/sv.json';
import spreadsheetEn from './spreadsheet/en.json';
import spreadsheetFi from './spreadsheet/fi.json';
import spreadsheetSv from './spreadsheet/sv.json';
import reportsEn from './reports/en.json';
import reportsFi from './reports/fi.json';
import reportsSv from './reports/sv.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const source = flatten(fi);

  it.each([
    ['sv', aboutSv],
    ['en', aboutEn],
  ])('about/%s has exactly the keys of about/fi, none empty', (_name, locale) => {
    const keys = [...flatten(locale)].filter(([, v]) => v.trim() !== '').map(([k]) => k);
    expect(keys.sort()).toEqual([...flatten(aboutFi).keys()].sort());
  });

  // Lazy namespaces (loaded with their pages): each language has the keys and placeholders of fi.
  const namespaces = {
    notifications: { fi: notificationsFi, sv: notificationsSv, en: notificationsEn },
    updates: { fi: updatesFi, sv: updatesSv, en: updatesEn },
    spreadsheet: { fi: spreadsheetFi, sv: spreadsheetSv, en: spreadsheetEn },
    indicators: { fi: indicatorsFi, sv: indicatorsSv, en: indicatorsEn },
    reports: { fi: reportsFi, sv: reportsSv, en: reportsEn },
    // Parts of the `translation` keys, loaded with the pages that need them (lib/i18n.ts).
    later: { fi: laterFi, sv: laterSv, en: laterEn },
    timeline: { fi: timelineFi, sv: timelineSv, en: timelineEn },
  } satisfies Record<string, Record<'fi' | 'sv' | 'en', Tree>>;
  const lazyCases = Object.entries(namespaces).flatMap(([ns, files]) =>
    (['sv', 'en'] as const).map((lang) => [`${ns}/${lang}`, files.fi, files[lang]] as const),
  );

  it.each(lazyCases)(
    '%s has the keys and placeholders of its fi file, none empty',
    (_name, fiFile, locale) => {
      const own = flatten(fiFile);
      const other = flatten(locale);
      expect([...other.keys()].sort()).toEqual([...own.keys()].sort());
      expect([...other].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
      const mismatched = [...own]
        .filter(
          ([key, text]) => placeholders(text).join() !== placeholders(other.get(key) ?? '').join(),
        )
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    },
  );

  it.each([
    ['sv', contentSv],
    ['en', contentEn],
  ])('content/%s has exactly the keys and placeholders of content/fi, none empty', (_n, locale) => {
    const own = flatten(locale);
    const keys = [...own].filter(([, v]) => v.trim() !== '').map(([k]) => k);
    expect(keys.sort()).toEqual([...flatten(contentFi).keys()].sort());
    for (const [key, text] of flatten(contentFi)) {
      expect({ [key]: placeholders(own.get(key) ?? '') }).toEqual({ [key]: placeholders(text) });
    }
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ])('%s has exactly the keys of fi', (_name, locale) => {
    const keys = [...flatten(locale).keys()].sort();
    expect(keys).toEqual([...source.keys()].sort());
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('%s has no empty strings', (_name, locale) => {
    const empty = [...flatten(locale)].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ])('%s uses the same placeholders as fi', (_name, locale) => {
    const other = flatten(locale);
    const mismatched = [...source]
      .filter(
        ([key, text]) => placeholders(text).join() !== placeholders(other.get(key) ?? '').join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
