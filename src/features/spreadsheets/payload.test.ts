import { describe, expect, it } from 'vitest';
import { splitPayload } from './payload';
import type { ImportPayload } from './validate';

const payload: ImportPayload = {
  projects: Array.from({ length: 40 }, (_, i) => ({
    row: i + 2,
    slug: `hanke-${i}`,
    name: `Hanke ${i} – ääkköset`,
    growth_area: null,
    stage: 'planning' as const,
    starts_on: null,
    ends_on: null,
    summary: null,
  })),
  tasks: Array.from({ length: 120 }, (_, i) => ({
    row: i + 2,
    project_slug: `hanke-${i % 40}`,
    title: `Tehtävä ${i}`,
    due_on: '2027-01-31',
    state: null,
  })),
};
const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('splitPayload', () => {
  it('keeps a small payload whole', () => {
    expect(splitPayload(payload, 1_000_000)).toEqual([payload]);
  });

  it('splits a big one into parts under the limit (UTF-8 bytes) that join back in order', () => {
    const parts = splitPayload(payload, 2_000);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(size(part)).toBeLessThanOrEqual(2_000);
    expect(parts.flatMap((p) => p.projects)).toEqual(payload.projects);
    expect(parts.flatMap((p) => p.tasks)).toEqual(payload.tasks);
  });
});
