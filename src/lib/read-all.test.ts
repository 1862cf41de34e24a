import { PAGE_SIZE, readAll } from './read-all';

/** A table of n numbered rows, answering `.range(from, to)` as PostgREST does (capped). */
function table(n: number) {
  const calls: [number, number][] = [];
  const page = (from: number, to: number) => {
    calls.push([from, to]);
    const end = Math.min(to + 1, n, from + PAGE_SIZE);
    const data = Array.from({ length: Math.max(0, end - from) }, (_, i) => from + i);
    return Promise.resolve({ data });
  };
  return { page, calls };
}

describe('readAll', () => {
  it('reads past the 1,000-row cap, in order, without repeats', async () => {
    const { page, calls } = table(2 * PAGE_SIZE + 17);
    const rows = await readAll(page);
    expect(rows).toHaveLength(2 * PAGE_SIZE + 17);
    expect(rows.every((value, i) => value === i)).toBe(true);
    expect(calls).toEqual([
      [0, PAGE_SIZE - 1],
      [PAGE_SIZE, 2 * PAGE_SIZE - 1],
      [2 * PAGE_SIZE, 3 * PAGE_SIZE - 1],
    ]);
  });

  it('asks once more when the last page is exactly full, and stops on an empty one', async () => {
    const { page, calls } = table(PAGE_SIZE);
    expect(await readAll(page)).toHaveLength(PAGE_SIZE);
    expect(calls).toHaveLength(2);
  });

  it('returns nothing for an empty table', async () => {
    const { page } = table(0);
    expect(await readAll(page)).toEqual([]);
  });
});
