// One-off: moves a feature's string tables into src/locales/{fi,sv,en}.json under a key.
import { readFileSync, writeFileSync } from 'node:fs';
const [modPath, exportName, key] = process.argv.slice(2) as [string, string, string];
const mod = (await import(modPath)) as Record<string, Record<'fi' | 'sv' | 'en', Record<string, unknown>>>;
const tables = mod[exportName]!;
for (const lang of ['fi', 'sv', 'en'] as const) {
  const file = `src/locales/${lang}.json`;
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  json[key] = tables[lang];
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
}
