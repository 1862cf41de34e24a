/*
 * Address names (slugs) of projects and growth areas: what the database's `*_slug_format`
 * CHECK constraints accept, and how the forms suggest one from a name.
 */

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Rakentamisen kiertotalous" → "rakentamisen-kiertotalous" (ä → a, ö → o, å → a). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
