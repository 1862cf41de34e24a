import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { readAll } from '@/lib/read-all';
import type { SupabaseClient } from '@supabase/supabase-js';
import { supabase } from '@/lib/supabase';
import type { Database, Json } from '@/types/database';

type Client = SupabaseClient<Database>;
import { compactPayload, DIRECT_BYTES, payloadBytes, splitPayload } from './payload';
import type { ImportPayload } from './validate';

const action = z.enum(['create', 'update', 'unchanged']);

/** What public.import_portfolio answers, for a preview and for an import. */
const outcomeSchema = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  projects: z.array(z.object({ row: z.number(), slug: z.string(), action })),
  tasks: z.array(z.object({ row: z.number(), action })),
  errors: z.array(
    z.object({
      row: z.number(),
      column: z.enum(['slug', 'name', 'growth_area', 'title']),
      code: z.enum([
        'duplicate',
        'other_programme',
        'unknown_growth_area',
        'required',
        'unknown_project',
      ]),
    }),
  ),
});
export type ImportOutcome = z.infer<typeof outcomeSchema>;
export type RowAction = z.infer<typeof action>;

/**
 * Calls the import: a dry run (the preview) or the write. A file whose JSON is larger than one
 * request may carry (the API's 1 MB body limit) is sent in parts into import_uploads first; the
 * import itself is still one RPC and one transaction (public.import_portfolio_upload).
 */
export async function runImport(
  client: Client,
  programmeId: string,
  payload: ImportPayload,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const compact = compactPayload(payload);
  if (payloadBytes(compact) <= DIRECT_BYTES) {
    const { data } = await client
      .rpc('import_portfolio', {
        programme_id: programmeId,
        data: compact as unknown as Json,
        dry_run: dryRun,
      })
      .throwOnError();
    return outcomeSchema.parse(data);
  }
  const uploadId = crypto.randomUUID();
  const parts = splitPayload(compact);
  // One part per request, in order: each body stays well under the limit.
  for (const [part, data] of parts.entries()) {
    await client
      .from('import_uploads')
      .insert({ upload_id: uploadId, part, data: data as unknown as Json })
      .throwOnError();
  }
  const { data } = await client
    .rpc('import_portfolio_upload', {
      programme_id: programmeId,
      upload_id: uploadId,
      dry_run: dryRun,
    })
    .throwOnError();
  return outcomeSchema.parse(data);
}

/** A short fingerprint of a payload, so its preview has a key of its own (FNV-1a). */
export function fingerprint(payload: ImportPayload): string {
  const text = JSON.stringify(payload);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}-${(hash >>> 0).toString(36)}`;
}

const projectColumns =
  'id, slug, name, stage, schedule_status, schedule_note, starts_on, ends_on, published, summary, updated_at, programme:programmes(name), growth_area:growth_areas(name)';
const overviewColumns =
  'id, effective_schedule_status, next_due_on, growth_area_id, lead_person_id, stage, name, name_sv, name_en';
const taskColumns =
  'id, project_id, title, details, due_on, state, completed_on, is_milestone, project:projects(slug, name), assignee:people(full_name)';
const contactColumns =
  'project_id, person_id, is_primary, role, project:projects(slug, name), person:people(full_name, title, organisation, email)';
const fundingColumns =
  'id, project_id, instrument, state, amount, applied_on, decided_on, note, project:projects(slug, name)';
const indicatorValueColumns =
  'id, measured_on, value, note, indicator:indicators(name, unit, programme_id, growth_area_id, project_id)';

/** Everything the client's user may read, for the workbook. */
export async function fetchExport(client: Client) {
  const [projects, overview, tasks, contacts, funding, indicatorValues] = await Promise.all([
    readAll((from, to) =>
      client
        .from('projects')
        .select(projectColumns)
        .order('name')
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
    readAll((from, to) =>
      client
        .from('project_overview')
        .select(overviewColumns)
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
    readAll((from, to) =>
      client
        .from('tasks')
        .select(taskColumns)
        .order('project_id')
        .order('due_on')
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
    readAll((from, to) =>
      client
        .from('project_contacts')
        .select(contactColumns)
        .order('project_id')
        .order('person_id')
        .range(from, to)
        .throwOnError(),
    ),
    readAll((from, to) =>
      client
        .from('project_funding')
        .select(fundingColumns)
        .order('project_id')
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
    readAll((from, to) =>
      client
        .from('indicator_values')
        .select(indicatorValueColumns)
        .order('indicator_id')
        .order('measured_on')
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
  ]);
  return { projects, overview, tasks, contacts, funding, indicatorValues };
}
export type ExportData = Awaited<ReturnType<typeof fetchExport>>;

export const spreadsheetQueries = {
  all: () => ['projects', 'spreadsheet'] as const,
  /** Programmes with their growth areas' names: where an import goes and what it may name. */
  programmes: () =>
    queryOptions({
      queryKey: [...spreadsheetQueries.all(), 'programmes'] as const,
      queryFn: async () => {
        const { data } = await supabase
          .from('programmes')
          .select('id, name, growth_areas(name, sort_order)')
          .order('sort_order')
          .order('id')
          .throwOnError();
        return (data ?? []).map((p) => ({
          id: p.id,
          name: p.name,
          growthAreas: [...p.growth_areas]
            .sort((a, b) => a.sort_order - b.sort_order)
            .map((a) => a.name),
        }));
      },
    }),
  /** The import's dry run: what each row would do, nothing written. */
  preview: (programmeId: string, payload: ImportPayload) =>
    queryOptions({
      queryKey: [
        ...spreadsheetQueries.all(),
        'preview',
        programmeId,
        fingerprint(payload),
      ] as const,
      queryFn: () => runImport(supabase, programmeId, payload, true),
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
  /** Everything the signed-in user may read, for the Excel workbook. */
  exportData: () =>
    queryOptions({
      queryKey: [...spreadsheetQueries.all(), 'export'] as const,
      queryFn: () => fetchExport(supabase),
      staleTime: 0,
    }),
};
