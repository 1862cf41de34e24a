// Generates src/types/database.ts in the shape `supabase gen types typescript` emits,
// from the migrated local database.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { bootstrapFile, listMigrations, projectRoot } from './db.ts';

async function main() {
  // Only migrations committed to git: types must match what others can actually run.
  const tracked = new Set(
    execSync('git ls-files supabase/migrations', { cwd: projectRoot, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.split('/').pop()),
  );
  const db = await PGlite.create({ extensions: { pgcrypto } });
  await db.exec(readFileSync(bootstrapFile, 'utf8'));
  for (const m of listMigrations()) {
    if (!tracked.has(m.file.split('/').pop())) {
      console.error('skipping untracked', m.file);
      continue;
    }
    await db.exec(readFileSync(m.file, 'utf8'));
  }
  type Col = {
    rel: string;
    kind: string;
    col: string;
    typ: string;
    typcat: string;
    elemtyp: string | null;
    notnull: boolean;
    hasdef: boolean;
    identity: string;
    generated: string;
    pos: number;
  };
  const cols = (
    await db.query<Col>(`
    select c.relname as rel, c.relkind as kind, a.attname as col, t.typname as typ, t.typtype as typcat,
      et.typname as elemtyp, a.attnotnull as notnull, a.atthasdef as hasdef, a.attidentity as identity,
      a.attgenerated as generated, a.attnum as pos
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    left join pg_type et on et.oid = t.typelem and t.typcategory = 'A'
    where n.nspname = 'public' and c.relkind in ('r','v') and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attname`)
  ).rows;
  const enums = (
    await db.query<{ name: string; labels: string[] }>(`
    select t.typname as name, array_agg(e.enumlabel order by e.enumsortorder) as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = 'public' group by t.typname order by t.typname`)
  ).rows;
  const fks = (
    await db.query<{
      rel: string;
      name: string;
      cols: string[];
      ref: string;
      refcols: string[];
      one: boolean;
    }>(`
    select c.relname as rel, k.conname as name,
      array(select a.attname from unnest(k.conkey) with ordinality u(n, o) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.o) as cols,
      r.relname as ref,
      array(select a.attname from unnest(k.confkey) with ordinality u(n, o) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.o) as refcols,
      exists (select 1 from pg_index i where i.indrelid = k.conrelid and i.indisunique and i.indpred is null
              and (select array_agg(x order by x) from unnest(i.indkey::int2[]) x) = (select array_agg(x order by x) from unnest(k.conkey) x)) as one
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace join pg_namespace rn on rn.oid = r.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and rn.nspname = 'public'
    order by c.relname, k.conname`)
  ).rows;
  const updatable = new Map(
    (
      await db.query<{ name: string; ins: string; upd: string }>(
        `select table_name as name, is_insertable_into as ins, is_updatable as upd from information_schema.views where table_schema = 'public'`,
      )
    ).rows.map((v) => [v.name, { ins: v.ins === 'YES', upd: v.upd === 'YES' }]),
  );
  const enumNames = new Set(enums.map((e) => e.name));
  const tsType = (c: Col): string => {
    const base = (t: string): string => {
      if (enumNames.has(t)) return `Database["public"]["Enums"]["${t}"]`;
      if (['int2', 'int4', 'int8', 'float4', 'float8', 'numeric'].includes(t)) return 'number';
      if (t === 'bool') return 'boolean';
      if (t === 'json' || t === 'jsonb') return 'Json';
      return 'string';
    };
    if (c.elemtyp) return `${base(c.elemtyp)}[]`;
    return base(c.typ);
  };
  const rels = [...new Set(cols.map((c) => c.rel))];
  const I = (n: number) => '  '.repeat(n);
  const relsOf = (rel: string, kind: string): string[] => {
    let list = fks.filter((f) => f.rel === rel);
    const viewBase: Record<string, [string, string[]]> = {
      project_overview: ['projects', ['programme_id', 'growth_area_id']],
      my_tasks: ['tasks', ['project_id', 'assignee_person_id']],
    };
    if (kind === 'v' && viewBase[rel]) {
      const [base, vcols] = viewBase[rel]!;
      list = fks
        .filter((f) => f.rel === base && vcols.includes(f.cols[0]!))
        .map((f) => ({ ...f, one: false }));
    }
    list.sort((a, b) => a.name.localeCompare(b.name));
    if (list.length === 0) return [`${I(4)}Relationships: []`];
    const out = [`${I(4)}Relationships: [`];
    for (const f of list) {
      out.push(
        `${I(5)}{`,
        `${I(6)}foreignKeyName: "${f.name}"`,
        `${I(6)}columns: [${f.cols.map((c) => `"${c}"`).join(', ')}]`,
        `${I(6)}isOneToOne: ${f.one}`,
        `${I(6)}referencedRelation: "${f.ref}"`,
        `${I(6)}referencedColumns: [${f.refcols.map((c) => `"${c}"`).join(', ')}]`,
        `${I(5)}},`,
      );
    }
    out.push(`${I(4)}]`);
    return out;
  };
  const block = (kind: 'r' | 'v'): string[] => {
    const out: string[] = [];
    for (const rel of rels) {
      const cs = cols.filter((c) => c.rel === rel);
      if (cs[0]!.kind !== kind) continue;
      out.push(`${I(3)}${rel}: {`);
      out.push(`${I(4)}Row: {`);
      for (const c of cs)
        out.push(`${I(5)}${c.col}: ${tsType(c)}${kind === 'v' || !c.notnull ? ' | null' : ''}`);
      out.push(`${I(4)}}`);
      if (kind === 'v') {
        const u = updatable.get(rel);
        for (const [mode, on] of [
          ['Insert', u?.ins],
          ['Update', u?.upd],
        ] as const) {
          if (!on) continue;
          out.push(`${I(4)}${mode}: {`);
          for (const c of cs) out.push(`${I(5)}${c.col}?: ${tsType(c)} | null`);
          out.push(`${I(4)}}`);
        }
      }
      if (kind === 'r') {
        for (const mode of ['Insert', 'Update'] as const) {
          out.push(`${I(4)}${mode}: {`);
          for (const c of cs) {
            if (c.identity === 'a' || c.generated === 's') {
              out.push(`${I(5)}${c.col}?: never`);
              continue;
            }
            const opt = mode === 'Update' || !c.notnull || c.hasdef || c.identity === 'd';
            out.push(
              `${I(5)}${c.col}${opt ? '?' : ''}: ${tsType(c)}${!c.notnull ? ' | null' : ''}`,
            );
          }
          out.push(`${I(4)}}`);
        }
      }
      out.push(...relsOf(rel, kind));
      out.push(`${I(3)}}`);
    }
    return out;
  };
  const lines: string[] = [];
  lines.push(
    'export type Json =',
    '  | string',
    '  | number',
    '  | boolean',
    '  | null',
    '  | { [key: string]: Json | undefined }',
    '  | Json[]',
    '',
  );
  lines.push(
    'export type Database = {',
    '  // Allows to automatically instantiate createClient with right options',
    "  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)",
    '  __InternalSupabase: {',
    '    PostgrestVersion: "12.2.3"',
    '  }',
  );
  lines.push(
    '  public: {',
    '    Tables: {',
    ...block('r'),
    '    }',
    '    Views: {',
    ...block('v'),
    '    }',
  );
  const fns = (
    await db.query<{
      name: string;
      names: string[] | null;
      types: string[];
      modes: string[] | null;
      nargs: number;
      ndefaults: number;
      retset: boolean;
      rettype: string;
      retrel: string | null;
      retrelkind: string | null;
    }>(`
    select p.proname as name, p.proargnames as names,
      array(select t.typname from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality a(oid, o) join pg_type t on t.oid = a.oid order by a.o) as types,
      p.proargmodes::text[] as modes, p.pronargs as nargs, p.pronargdefaults as ndefaults, p.proretset as retset, rt.typname as rettype,
      rc.relname as retrel, rc.relkind::text as retrelkind
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_type rt on rt.oid = p.prorettype
      -- a function returning a table's or view's rows in public (setof public.x)
      left join pg_class rc on rc.oid = rt.typrelid and rc.relnamespace = n.oid
    where n.nspname = 'public' order by p.proname`)
  ).rows;
  const fnType = (t: string): string =>
    tsType({
      typ: t.startsWith('_') ? t : t,
      elemtyp: t.startsWith('_') ? t.slice(1) : null,
    } as Col);
  lines.push('    Functions: {');
  if (fns.length === 0) lines.push('      [_ in never]: never');
  for (const f of fns) {
    const modes = f.modes ?? f.types.map(() => 'i');
    const ins = f.types
      .map((t, i) => ({ t, m: modes[i], n: f.names?.[i] ?? `arg${i}` }))
      .filter((a) => a.m === 'i' || a.m === 'b');
    const outs = f.types
      .map((t, i) => ({ t, m: modes[i], n: f.names?.[i] ?? `col${i}` }))
      .filter((a) => a.m === 't' || a.m === 'o' || a.m === 'b');
    lines.push(`      ${f.name}: {`);
    if (ins.length === 0) lines.push('        Args: never');
    else {
      lines.push('        Args: {');
      // The last `ndefaults` input arguments have defaults: optional, as supabase gen types emits.
      ins.forEach((a, i) => {
        const optional = i >= ins.length - f.ndefaults ? '?' : '';
        lines.push(`          ${a.n}${optional}: ${fnType(a.t)}`);
      });
      lines.push('        }');
    }
    if (outs.length > 0) {
      lines.push('        Returns: {');
      for (const o of [...outs].sort((a, b) => a.n.localeCompare(b.n)))
        lines.push(`          ${o.n}: ${fnType(o.t)}`);
      lines.push(`        }${f.retset ? '[]' : ''}`);
    } else if (f.retrel) {
      // As supabase gen types: the relation's row, and SetofOptions naming it for .select().
      const kind = f.retrelkind === 'v' || f.retrelkind === 'm' ? 'Views' : 'Tables';
      lines.push(
        `        Returns: Database["public"]["${kind}"]["${f.retrel}"]["Row"]${f.retset ? '[]' : ''}`,
        '        SetofOptions: {',
        '          from: "*"',
        `          to: "${f.retrel}"`,
        `          isOneToOne: ${f.retset ? 'false' : 'true'}`,
        '          isSetofReturn: true',
        '        }',
      );
    } else lines.push(`        Returns: ${fnType(f.rettype)}${f.retset ? '[]' : ''}`);
    lines.push('      }');
  }
  lines.push('    }', '    Enums: {');
  for (const e of enums)
    lines.push(`      ${e.name}: ${e.labels.map((l) => `"${l}"`).join(' | ')}`);
  lines.push(
    '    }',
    '    CompositeTypes: {',
    '      [_ in never]: never',
    '    }',
    '  }',
    '}',
    '',
  );
  lines.push(HELPERS);
  lines.push('export const Constants = {', '  public: {', '    Enums: {');
  for (const e of enums)
    lines.push(`      ${e.name}: [${e.labels.map((l) => `"${l}"`).join(', ')}],`);
  lines.push('    },', '  },', '} as const', '');
  writeFileSync(join(projectRoot, 'src/types/database.ts'), lines.join('\n'));
  await db.close();
}

const HELPERS = `type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never
`;

await main();
