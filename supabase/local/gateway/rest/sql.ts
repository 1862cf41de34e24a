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
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A Postgres array literal for a list of text items (sent as one parameter). */
export function arrayLiteral(items: string[]): string {
  return `{${items.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
