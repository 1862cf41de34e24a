import { describe, expect, it } from 'vitest';
import {
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  PNG_PREFERRED_RATIO,
  buildTimelineSvg,
  escapeXml,
  planPng,
  svgSize,
} from './export';
import { parseDay } from './days';
import { createScale } from './scale';
import { buildRows, indexTimelineData } from './rows';
import { EMPTY_FILTERS } from './model';
import { createTimelineT } from './strings';
import { project, smallPortfolio } from '@/test/timeline-data';

const ctx = { lang: 'fi' as const, t: createTimelineT('fi') };
const today = parseDay('2026-11-22');

function svgFor(data = smallPortfolio(), zoom: 'fit' | 'years' = 'fit') {
  const index = indexTimelineData(data, 'Muut hankkeet');
  const model = buildRows(index, EMPTY_FILTERS, { all: true, keys: new Set() }, today);
  const scale = createScale(index.domain, zoom, 1200);
  return { svg: buildTimelineSvg(model, scale, { ctx, title: 'Aikajana', today }), model, scale };
}

describe('SVG export', () => {
  it('is a well-formed SVG document of the current rows', () => {
    const { svg, model, scale } = svgFor();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(Number(root.getAttribute('width'))).toBeCloseTo(280 + scale.width, 1);
    expect(Number(root.getAttribute('height'))).toBe(28 + 48 + model.rows.length * 32);
    const titles = Array.from(doc.getElementsByTagName('title')).map((el) => el.textContent);
    expect(titles).toContain('Kiertotalot, 1.1.2025–31.12.2027, Toteutus, aikataulussa');
    expect(titles).toContain('Hakemus, virstanpylväs, määräaika 30.9.2025, käynnissä, myöhässä');
    expect(svg).toContain('Viety 22.11.2026');
    expect(svg).toContain('>Tänään<');
    expect(svg).toContain('>2027<');
  });

  it('marks stage by pattern and late milestones by glyph, not colour alone', () => {
    const { svg } = svgFor();
    expect(svg).toContain('fill="url(#tl-hatch)"');
    expect(svg).toContain('>!<');
    expect(svg).toContain('>✓<');
  });

  it('escapes names', () => {
    const data = smallPortfolio();
    const { svg } = svgFor({
      ...data,
      projects: [project({ id: 'x', name: 'R&D <"kokeilu">' })],
      tasks: [],
    });
    expect(svg).toContain('R&amp;D &lt;&quot;kokeilu&quot;&gt;');
    expect(svg).not.toContain('R&D <');
    expect(escapeXml(`a'b`)).toBe('a&apos;b');
  });
});

describe('PNG export plan', () => {
  const index = indexTimelineData(smallPortfolio(), 'Muut hankkeet');

  it('draws a small view whole, at twice the resolution', () => {
    const scale = createScale(index.domain, 'fit', 1600);
    const plan = planPng(scale, 20);
    const size = svgSize(scale, 20);
    expect(plan).toEqual({
      rows: 20,
      ratio: PNG_PREFERRED_RATIO,
      width: Math.floor(size.width * 2),
      height: Math.floor(size.height * 2),
    });
  });

  it('keeps the canvas within the side and pixel limits however large the view', () => {
    for (const zoom of ['fit', 'years', 'quarters', 'months', 'weeks'] as const) {
      const scale = createScale(index.domain, zoom, 1600);
      for (const rows of [0, 1, 100, 1000, 10_000, 50_000]) {
        const plan = planPng(scale, rows);
        expect(plan.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
        expect(plan.height).toBeLessThanOrEqual(PNG_MAX_SIDE);
        expect(plan.width * plan.height).toBeLessThanOrEqual(PNG_MAX_PIXELS);
        expect(plan.rows).toBeLessThanOrEqual(rows);
        expect(plan.width).toBeGreaterThan(0);
        // Rows are left out only when one more would not fit even at ratio 1 (less for an
        // axis wider than the canvas).
        if (plan.rows < rows) {
          const next = svgSize(scale, plan.rows + 1);
          const r = Math.min(1, PNG_MAX_SIDE / next.width);
          const h = next.height * r;
          expect(h > PNG_MAX_SIDE || Math.ceil(next.width * r) * h > PNG_MAX_PIXELS).toBe(true);
        }
      }
    }
  });

  it('leaves rows out only when they would not fit, and the stamp says how many are shown', () => {
    const scale = createScale(index.domain, 'fit', 1600);
    const plan = planPng(scale, 10_000);
    expect(plan.rows).toBeGreaterThan(100);
    expect(plan.rows).toBeLessThan(10_000);
    const model = buildRows(index, EMPTY_FILTERS, { all: true, keys: new Set() }, today);
    const svg = buildTimelineSvg(model, scale, { ctx, title: 'Aikajana', today, maxRows: 3 });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll('svg > g')).toHaveLength(3);
    expect(Number(doc.documentElement.getAttribute('height'))).toBe(28 + 48 + 3 * 32);
    expect(svg).toContain(`3/${model.rows.length} riviä, kaikki rivit SVG-kuvassa`);
  });

  it('scales the output size, not the drawing, by the pixel ratio', () => {
    const { svg: plain } = svgFor();
    const index2 = indexTimelineData(smallPortfolio(), 'Muut hankkeet');
    const model = buildRows(index2, EMPTY_FILTERS, { all: true, keys: new Set() }, today);
    const scale = createScale(index2.domain, 'fit', 1200);
    const svg = buildTimelineSvg(model, scale, { ctx, title: 'Aikajana', today, pixelRatio: 2 });
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const plainRoot = new DOMParser().parseFromString(plain, 'image/svg+xml').documentElement;
    expect(root.getAttribute('viewBox')).toBe(plainRoot.getAttribute('viewBox'));
    expect(Number(root.getAttribute('width'))).toBeCloseTo(
      2 * Number(plainRoot.getAttribute('width')),
      1,
    );
    expect(root.getAttribute('font-family')).toMatch(/sans-serif$/);
  });
});
