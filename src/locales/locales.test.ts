import aboutEn from './about/en.json';
import aboutFi from './about/fi.json';
import aboutSv from './about/sv.json';
import contentEn from './content/en.json';
import contentFi from './content/fi.json';
import contentSv from './content/sv.json';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

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
