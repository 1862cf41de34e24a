import { describe, expect, it } from 'vitest';
import { buildTimelineSvg, escapeXml } from './export';
import { buildRows, createScale, indexTimelineData, parseDay } from './layout';
import { EMPTY_FILTERS } from './model';
import { createTimelineT } from './strings';
import { project, smallPortfolio } from './test-data';

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
