// SQL text helpers. Identifiers reach SQL only through `ident` after the schema cache
// has confirmed they exist; values reach it only as `$n` bind parameters.
import { RestError } from './errors.ts';

export function ident(name: string): string {
  if (name.includes('\u0000')) throw new RestError(400, 'PGRST100', 'Invalid identifier');
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(schema: string, name: string): string {
  return `${ident(schema)}.${ident(name)}`;
}

export const MAX_NESTING = 500;

/** Deepest bracket nesting of a text, ignoring brackets inside JSON strings. */
export function nesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 0x29 || c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return max;
}

/**
 * PGlite runs Postgres on a small WebAssembly stack (and JSON.parse/stringify recurse too):
 * deep JSON, regexes or tsqueries would exhaust it, so they are refused, deterministically.
 */
export function assertNesting(text: string): void {
  if (text.length > MAX_NESTING && nesting(text) > MAX_NESTING) {
    throw new RestError(
      400,
      '54001',
      `Value is nested too deeply (more than ${MAX_NESTING} levels)`,
    );
  }
}

/** Collects bind parameters; every value is sent as text (or NULL) and typed by Postgres. */
export class Params {
  readonly values: (string | null)[] = [];

  add(value: string | null): string {
    if (value !== null && value.includes('\u0000')) {
      throw new RestError(
        400,
        '22021',
        'invalid byte sequence for encoding "UTF8": 0x00',
        null,
        'Values cannot contain NUL characters',
      );
    }
    if (value !== null) assertNesting(value);
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A Postgres array literal for a list of text items (sent as one parameter). */
export function arrayLiteral(items: string[]): string {
  return `{${items.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

export const qualifiedName = (t: { schema: string; name: string }): string =>
  qualified(t.schema, t.name);
