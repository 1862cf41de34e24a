// Recursive-descent parsers for PostgREST's URL grammar: the `select` tree, filters
// (`op.value`), logic trees (`or=(…)`), `order`, and identifier lists (`columns`,
// `on_conflict`). They only build syntax trees; names are checked against the schema
// cache later and values only ever become bind parameters.
import { parseError, RestError } from './errors.ts';

export interface JsonStep {
  arrow: '->' | '->>';
  key: string;
}

export interface FieldRef {
  name: string;
  path: JsonStep[];
}

export interface StarItem {
  type: 'star';
}

export interface FieldItem {
  type: 'field';
  field: FieldRef;
  alias?: string;
  cast?: string;
  aggregate?: string;
}

export interface EmbedItem {
  type: 'embed';
  name: string;
  alias?: string;
  hint?: string;
  join?: 'inner' | 'left';
  spread: boolean;
  items: SelectItem[];
}

export type SelectItem = StarItem | FieldItem | EmbedItem;

// Bounds no real client reaches (the app's deepest select nests 3 embeds and 2 JSON steps).
// Past them PGlite's small WebAssembly stack and single thread are at risk: a 264-step JSON
// path crashed it and deep embed chains hold every other request, so they answer 400.
/** Logic trees (`or=(and(…))`). */
export const MAX_DEPTH = 12;
/** Embeds inside embeds in `select`. */
export const MAX_EMBED_DEPTH = 8;
/** `->`/`->>` steps in one JSON path. */
export const MAX_JSON_PATH = 20;
const MAX_ITEMS = 400;

/** Characters that end an unquoted name in the select/order/logic grammars. */
const STOP = new Set([',', '(', ')', ':', '!', '.', '"', '*']);

class Scanner {
  pos = 0;
  constructor(
    readonly text: string,
    readonly what: string,
  ) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(n = 0): string {
    return this.text[this.pos + n] ?? '';
  }

  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  eat(s: string): boolean {
    if (this.startsWith(s)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }

  fail(expecting: string): never {
    const found = this.done ? 'end of input' : `"${this.peek()}"`;
    throw parseError(
      `${this.what} parameter (${this.text})`,
      `unexpected ${found} expecting ${expecting} (column ${this.pos + 1})`,
    );
  }

  expect(s: string): void {
    if (!this.eat(s)) this.fail(`"${s}"`);
  }

  /** A name: `"quoted ""name"""` or a run of characters up to a delimiter. */
  name(extraStops = ''): string {
    if (this.peek() === '"') return this.quoted();
    const start = this.pos;
    while (!this.done) {
      const c = this.peek();
      if (STOP.has(c) || extraStops.includes(c) || /\s/.test(c)) break;
      if (c === '-' && (this.peek(1) === '>' || this.peek(1) === '')) break;
      this.pos++;
    }
    if (this.pos === start) this.fail('a name');
    return this.text.slice(start, this.pos);
  }

  quoted(): string {
    this.expect('"');
    let out = '';
    while (!this.done) {
      const c = this.peek();
      if (c === '\\' && (this.peek(1) === '"' || this.peek(1) === '\\')) {
        out += this.peek(1);
        this.pos += 2;
      } else if (c === '"') {
        if (this.peek(1) === '"') {
          out += '"';
          this.pos += 2;
        } else {
          this.pos++;
          if (out === '') this.fail('a non-empty name');
          return out;
        }
      } else {
        out += c;
        this.pos++;
      }
    }
    return this.fail('a closing quote');
  }
}

function field(s: Scanner, extraStops = ''): FieldRef {
  const name = s.name(extraStops);
  const path: JsonStep[] = [];
  for (;;) {
    let arrow: JsonStep['arrow'];
    if (s.eat('->>')) arrow = '->>';
    else if (s.eat('->')) arrow = '->';
    else break;
    const key = s.peek() === '"' ? s.quoted() : s.name(extraStops);
    path.push({ arrow, key });
    if (path.length > MAX_JSON_PATH) {
      throw parseError(`${s.what} parameter`, `JSON path longer than ${MAX_JSON_PATH} steps`);
    }
  }
  return { name, path };
}

// select ------------------------------------------------------------------------

export function parseSelect(text: string): SelectItem[] {
  const s = new Scanner(text, 'select');
  if (text === '') return [{ type: 'star' }];
  const counter = { n: 0 };
  const items = selectList(s, 0, counter);
  if (!s.done) s.fail('"," or end of input');
  return items;
}

function selectList(s: Scanner, depth: number, counter: { n: number }): SelectItem[] {
  if (depth > MAX_EMBED_DEPTH) {
    throw new RestError(
      400,
      'PGRST100',
      'Embedding is nested too deeply',
      `max depth ${MAX_EMBED_DEPTH}`,
    );
  }
  const items: SelectItem[] = [];
  do {
    if (++counter.n > MAX_ITEMS) {
      throw new RestError(400, 'PGRST100', 'Too many select items', `max ${MAX_ITEMS}`);
    }
    items.push(selectItem(s, depth, counter));
  } while (s.eat(','));
  return items;
}

function selectItem(s: Scanner, depth: number, counter: { n: number }): SelectItem {
  if (s.eat('*')) return { type: 'star' };
  if (s.eat('...')) {
    const name = s.name();
    const embed = embedTail(s, name, undefined, depth, counter);
    return { ...embed, spread: true };
  }
  let first = field(s);
  let alias: string | undefined;
  if (s.peek() === ':' && s.peek(1) !== ':') {
    s.pos++;
    if (first.path.length > 0) s.fail('an alias without a json path');
    alias = first.name;
    if (s.eat('...')) s.fail('a field or an embedded resource');
    first = field(s);
  }
  if (first.path.length === 0 && (s.peek() === '(' || s.peek() === '!')) {
    // `count()` is an aggregate, not an embed.
    if (s.startsWith('()')) {
      s.pos += 2;
      return { type: 'field', field: first, alias, aggregate: first.name };
    }
    return embedTail(s, first.name, alias, depth, counter);
  }
  const item: FieldItem = { type: 'field', field: first, alias };
  if (s.eat('::')) item.cast = castType(s);
  if (s.peek() === '.') {
    s.pos++;
    const fn = s.name();
    s.expect('()');
    item.aggregate = fn;
    if (s.eat('::')) item.cast = castType(s);
  }
  return item;
}

function castType(s: Scanner): string {
  const start = s.pos;
  while (/[A-Za-z0-9_ ]/.test(s.peek())) s.pos++;
  if (s.eat('[]')) {
    /* array type */
  }
  const t = s.text.slice(start, s.pos).trim();
  if (!t) s.fail('a type name');
  return t;
}

function embedTail(
  s: Scanner,
  name: string,
  alias: string | undefined,
  depth: number,
  counter: { n: number },
): EmbedItem {
  const item: EmbedItem = { type: 'embed', name, alias, spread: false, items: [] };
  while (s.eat('!')) {
    const h = s.name();
    if (h === 'inner' || h === 'left') item.join = h;
    else if (item.hint === undefined) item.hint = h;
    else s.fail('"inner" or "left"');
  }
  s.expect('(');
  if (s.eat(')')) {
    item.items = [];
    return item;
  }
  item.items = selectList(s, depth + 1, counter);
  s.expect(')');
  return item;
}

// filters -----------------------------------------------------------------------

export const OPERATORS = new Set([
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'like',
  'ilike',
  'match',
  'imatch',
  'in',
  'is',
  'isdistinct',
  'cs',
  'cd',
  'ov',
  'sl',
  'sr',
  'nxr',
  'nxl',
  'adj',
  'fts',
  'plfts',
  'phfts',
  'wfts',
]);

const QUANTIFIABLE = new Set(['eq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'match', 'imatch']);

export interface Filter {
  type: 'filter';
  field: FieldRef;
  negate: boolean;
  op: string;
  quant?: 'any' | 'all';
  config?: string;
  /** Raw value (for `in`: the list items). */
  value: string | string[];
}

export interface LogicTree {
  type: 'logic';
  op: 'and' | 'or';
  negate: boolean;
  children: Condition[];
}

export type Condition = Filter | LogicTree;

/** `[not.]op[(any|all)|(config)].value` for a given field. */
export function parseOpValue(f: FieldRef, text: string, inLogic = false): Filter {
  let rest = text;
  let negate = false;
  if (rest.startsWith('not.')) {
    negate = true;
    rest = rest.slice(4);
  }
  const m = /^([a-z]+)(?:\(([^)]*)\))?\./.exec(rest);
  if (!m) {
    throw parseError(
      'filter',
      `unexpected "${rest.slice(0, 20)}" expecting an operator like eq, in, is`,
    );
  }
  const op = m[1] ?? '';
  const modifier = m[2];
  if (!OPERATORS.has(op)) {
    throw parseError('filter', `unknown operator "${op}"`);
  }
  let raw = rest.slice(m[0].length);
  if (inLogic) raw = unquoteLogicValue(raw);
  const filter: Filter = { type: 'filter', field: f, negate, op, value: raw };
  if (modifier !== undefined) {
    if (op.endsWith('fts')) {
      if (!/^[A-Za-z0-9_]+$/.test(modifier)) throw parseError('filter', 'invalid fts config');
      filter.config = modifier;
    } else if ((modifier === 'any' || modifier === 'all') && QUANTIFIABLE.has(op)) {
      filter.quant = modifier;
      filter.value = raw;
    } else {
      throw parseError('filter', `unexpected modifier "(${modifier})" for operator "${op}"`);
    }
  }
  if (op === 'in') filter.value = parseInList(raw);
  if (
    op === 'is' &&
    !['null', 'not_null', 'true', 'false', 'unknown'].includes(raw.toLowerCase())
  ) {
    throw parseError(
      'filter',
      `unexpected "${raw}" expecting null, not_null, true, false or unknown`,
    );
  }
  return filter;
}

function unquoteLogicValue(raw: string): string {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return raw;
}

/** `(a,"b,c",d)` → ['a', 'b,c', 'd']. */
export function parseInList(raw: string): string[] {
  if (!raw.startsWith('(') || !raw.endsWith(')')) {
    throw parseError('filter', `unexpected "${raw.slice(0, 20)}" expecting "(" … ")" list`);
  }
  const inner = raw.slice(1, -1);
  const out: string[] = [];
  if (inner === '') return out;
  let i = 0;
  for (;;) {
    let item = '';
    if (inner[i] === '"') {
      i++;
      while (i < inner.length && inner[i] !== '"') {
        if (inner[i] === '\\' && i + 1 < inner.length) i++;
        item += inner[i];
        i++;
      }
      if (inner[i] !== '"') throw parseError('filter', 'unterminated quoted value in list');
      i++;
    } else {
      while (i < inner.length && inner[i] !== ',') item += inner[i++];
    }
    out.push(item);
    if (i >= inner.length) break;
    if (inner[i] !== ',') throw parseError('filter', `unexpected "${inner[i]}" in list`);
    i++;
  }
  return out;
}

/** Parses a filter key (`tasks.title`, `data->>a`) into embed path + field. */
export function parseKeyPath(key: string): { path: string[]; rest: string } {
  const s = new Scanner(key, 'filter');
  const path: string[] = [];
  const parts: string[] = [];
  // Split on dots outside quotes.
  let cur = '';
  let quoted = false;
  for (const c of key) {
    if (c === '"') quoted = !quoted;
    if (c === '.' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  if (quoted) s.fail('a closing quote');
  const rest = parts.pop() ?? '';
  for (const p of parts) {
    const seg = new Scanner(p, 'filter');
    const n = seg.name();
    if (!seg.done) seg.fail('end of embed name');
    path.push(n);
  }
  return { path, rest };
}

export function parseFieldText(text: string, what = 'filter'): FieldRef {
  const s = new Scanner(text, what);
  const f = field(s);
  if (!s.done) s.fail('end of column name');
  return f;
}

/** `(a.eq.1,and(b.gt.2,c.is.null))` for `or=`/`and=` (the key gives the outer operator). */
export function parseLogic(op: 'and' | 'or', negate: boolean, text: string): LogicTree {
  const s = new Scanner(text, 'logic tree');
  const tree = logicBody(s, op, negate, 0);
  if (!s.done) s.fail('end of input');
  return tree;
}

function logicBody(s: Scanner, op: 'and' | 'or', negate: boolean, depth: number): LogicTree {
  if (depth > MAX_DEPTH) throw parseError('logic tree', 'nested too deeply');
  s.expect('(');
  const children: Condition[] = [];
  do {
    children.push(logicItem(s, depth));
  } while (s.eat(','));
  s.expect(')');
  return { type: 'logic', op, negate, children };
}

function logicItem(s: Scanner, depth: number): Condition {
  const save = s.pos;
  let negate = false;
  if (s.eat('not.')) negate = true;
  for (const op of ['and', 'or'] as const) {
    if (s.startsWith(`${op}(`)) {
      s.pos += op.length;
      return logicBody(s, op, negate, depth + 1);
    }
  }
  s.pos = save;
  const f = field(s);
  s.expect('.');
  // The operator expression runs to the next top-level comma or closing paren.
  const start = s.pos;
  let paren = 0;
  let quoted = false;
  while (!s.done) {
    const c = s.peek();
    if (quoted) {
      if (c === '\\') s.pos++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '(') paren++;
    else if (c === ')') {
      if (paren === 0) break;
      paren--;
    } else if (c === ',' && paren === 0) break;
    s.pos++;
  }
  if (quoted) s.fail('a closing quote');
  return parseOpValue(f, s.text.slice(start, s.pos), true);
}

// order -------------------------------------------------------------------------

export interface OrderTerm {
  field: FieldRef;
  /** `rel(col)`: order by a column of a to-one embed. */
  relation?: string;
  dir?: 'asc' | 'desc';
  nulls?: 'first' | 'last';
}

export function parseOrder(text: string): OrderTerm[] {
  const s = new Scanner(text, 'order');
  const terms: OrderTerm[] = [];
  do {
    let f = field(s);
    const term: OrderTerm = { field: f };
    if (f.path.length === 0 && s.eat('(')) {
      term.relation = f.name;
      f = field(s);
      term.field = f;
      s.expect(')');
    }
    while (s.eat('.')) {
      const w = s.name();
      if (w === 'asc' || w === 'desc') term.dir = w;
      else if (w === 'nullsfirst') term.nulls = 'first';
      else if (w === 'nullslast') term.nulls = 'last';
      else s.fail('asc, desc, nullsfirst or nullslast');
    }
    terms.push(term);
  } while (s.eat(','));
  if (!s.done) s.fail('"," or end of input');
  return terms;
}

/** `"a","b",c` (the `columns` and `on_conflict` parameters). */
export function parseNameList(text: string, what: string): string[] {
  const s = new Scanner(text, what);
  const out: string[] = [];
  do {
    out.push(s.name());
  } while (s.eat(','));
  if (!s.done) s.fail('"," or end of input');
  return out;
}

export function parseNonNegativeInt(text: string, what: string): number {
  if (!/^\d{1,15}$/.test(text)) {
    throw parseError(`${what} parameter (${text})`, `expecting a non-negative integer`);
  }
  return Number(text);
}
