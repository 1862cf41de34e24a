// The timeline's "not translated" marker is CSS generated content (no script on /timeline's
// first visit): its texts must be the locales' translation.notTranslated, in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import fi from '@/locales/fi.json';
import sv from '@/locales/sv.json';

const css = readFileSync(join(process.cwd(), 'src/features/timeline/timeline.css'), 'utf8');

function markerText(selector: string): string | undefined {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}\\s*\\{\\s*--tl-not-translated:\\s*'([^']*)'`).exec(css)?.[1];
}

describe('the timeline chart’s not-translated marker', () => {
  it('says what the rest of the app says, in each language', () => {
    expect(markerText(':root')).toBe(`(${fi.translation.notTranslated})`);
    expect(markerText(':root:lang(sv)')).toBe(`(${sv.translation.notTranslated})`);
    expect(markerText(':root:lang(en)')).toBe(`(${en.translation.notTranslated})`);
  });

  it('follows a name in Finnish standing in for a translation, in the chart, table and agenda', () => {
    expect(css).toMatch(/\.tl-name:has\(> \.tl-name-text\[lang='fi'\]\)::after/);
    expect(css).toMatch(/\.tl-table \[lang='fi'\]::after/);
    expect(css).toMatch(/\.tl-agenda \[lang='fi'\]::after/);
    expect(css).toMatch(/\.tl-print \[lang='fi'\]::after/);
    expect(css).toMatch(/content: var\(--tl-not-translated\)/);
  });
});
