/*
 * Address names (slugs) of projects and growth areas: how the forms suggest one from a name.
 * What the database accepts is `slugPattern` in lib/limits, checked against its CHECK constraints.
 */

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
