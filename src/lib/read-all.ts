/** Rows per request: PostgREST's (and the local gateway's) max_rows cap. */
export const PAGE_SIZE = 1000;

/**
 * Reads every row of an ordered query page by page (`.range(from, to)`), since one request
 * returns at most PAGE_SIZE rows. The query must have a total order (end with a unique column),
 * or rows can repeat or go missing between pages.
 */
export async function readAll<T>(
  page: (from: number, to: number) => PromiseLike<{ data: T[] | null }>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let from = 0; ; from += PAGE_SIZE) {
    const { data } = await page(from, from + PAGE_SIZE - 1);
    rows.push(...(data ?? []));
    if (!data || data.length < PAGE_SIZE) return rows;
  }
}
