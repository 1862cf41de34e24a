// Correcting and deleting values, and creating and editing indicators, against the real local
// stack (PGlite behind the gateway, seeded), signed in as the demo users: versions, row-level
// security, the checks and the audit trail answer.
import { describe, expect, it } from 'vitest';
import { VersionConflictError, ZeroRowsError, isPostgrestError } from '@/lib/errors';
import { seededStackForFile } from '@/test/seeded-stack';
import {
  correctValue,
  createIndicator,
  deleteValue,
  insertValue,
  saveContributing,
  updateIndicator,
  type IndicatorInput,
} from './mutations';
import { fetchEditableIndicator, fetchIndicatorPage, readContributing } from './queries';

const REUSED = 'b1000000-0000-4000-8000-000000000001'; // Uudelleenkäytetyt rakennusosat (Kiertotalot)
const HEALTH = 'b1000000-0000-4000-8000-000000000004'; // Terveysteknologian yrityskokeilut
const PROGRAMME = '10000000-0000-4000-8000-000000000001';

const stack = seededStackForFile();

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

const input = (over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  programme_id: PROGRAMME,
  growth_area_id: null,
  project_id: null,
  name: 'Kierrätetty betoni',
  name_sv: 'Återvunnen betong',
  name_en: null,
  description: null,
  description_sv: null,
  description_en: null,
  unit: 't',
  direction: 'more_is_better',
  decimals: 0,
  source: null,
  cadence: 'quarterly',
  published: false,
  tolerance_percent: 5,
  baseline_value: 100,
  baseline_on: '2024-12-31',
  sort_order: 0,
  ...over,
});

describe('correcting and deleting values', () => {
  it('lets the lead correct a value from the version read; a stale correction is a conflict', async () => {
    const lead = await stack.as('lead');
    const saved = await insertValue(lead, {
      indicator_id: REUSED,
      measured_on: '2026-10-31',
      value: 270,
      note: null,
    });
    const corrected = await correctValue(lead, {
      value: saved,
      patch: { measured_on: '2026-10-31', value: 275, note: 'Korjattu' },
    });
    expect(Number(corrected.value)).toBe(275);
    expect(corrected.version).toBe(saved.version + 1);
    const stale = await failure(
      correctValue(lead, {
        value: saved,
        patch: { measured_on: '2026-10-31', value: 1, note: null },
      }),
    );
    expect(stale).toBeInstanceOf(VersionConflictError);
    expect(Number((stale as VersionConflictError<{ value: number }>).current.value)).toBe(275);
  });

  it('refuses a correction onto a date that has a value, naming the constraint', async () => {
    const lead = await stack.as('lead');
    const page = await fetchIndicatorPage(lead, REUSED);
    const [first, second] = page?.values ?? [];
    if (!first || !second) throw new Error('the seed has two values');
    const error = await failure(
      correctValue(lead, {
        value: second,
        patch: { measured_on: first.measured_on, value: 1, note: null },
      }),
    );
    expect(isPostgrestError(error) && error.message).toContain(
      'indicator_values_indicator_date_key',
    );
  });

  it('refuses a lead of an unrelated project as zero rows, for corrections and deletions', async () => {
    const director = await stack.as('director');
    const page = await fetchIndicatorPage(director, HEALTH);
    const value = page?.values[0];
    if (!value) throw new Error('the seed has a value');
    const other = await stack.as('lead2');
    expect(
      await failure(
        correctValue(other, {
          value,
          patch: { measured_on: value.measured_on, value: 1, note: null },
        }),
      ),
    ).toBeInstanceOf(ZeroRowsError);
    expect(await failure(deleteValue(other, value))).toBeInstanceOf(ZeroRowsError);
  });

  it('deletes from the version read, is a conflict when stale, and the audit trail keeps it', async () => {
    const lead = await stack.as('lead');
    const saved = await insertValue(lead, {
      indicator_id: REUSED,
      measured_on: '2026-11-30',
      value: 300,
      note: null,
    });
    const corrected = await correctValue(lead, {
      value: saved,
      patch: { measured_on: '2026-11-30', value: 301, note: null },
    });
    expect(await failure(deleteValue(lead, saved))).toBeInstanceOf(VersionConflictError);
    await deleteValue(lead, corrected);
    const page = await fetchIndicatorPage(lead, REUSED);
    expect(page?.values.some((v) => v.id === saved.id)).toBe(false);
    expect(await failure(deleteValue(lead, corrected))).toBeInstanceOf(ZeroRowsError);
    const { rows } = await stack.gw.db.query<{ operation: string }>(
      `select operation from public.audit_log where table_name = 'indicator_values' and row_id = $1 order by id`,
      [saved.id],
    );
    expect(rows.map((r) => r.operation)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
  });
});

describe('creating and editing indicators', () => {
  it('lets a director create one and edit it from the version read', async () => {
    const director = await stack.as('director');
    const created = await createIndicator(director, input());
    expect(created.name_sv).toBe('Återvunnen betong');
    const edited = await updateIndicator(director, {
      base: created,
      patch: input({ name_en: 'Recycled concrete', tolerance_percent: 10 }),
    });
    expect(edited.version).toBe(created.version + 1);
    expect(Number(edited.tolerance_percent)).toBe(10);
    const stale = await failure(updateIndicator(director, { base: created, patch: input() }));
    expect(stale).toBeInstanceOf(VersionConflictError);
    expect((await fetchEditableIndicator(director, created.id))?.name_en).toBe('Recycled concrete');
  });

  it('names the check a director broke, for the form to put beside the field', async () => {
    const director = await stack.as('director');
    for (const [over, constraint] of [
      [{ tolerance_percent: 150 }, 'indicators_tolerance_range'],
      [{ decimals: 9 }, 'indicators_decimals_range'],
      [{ baseline_on: null }, 'indicators_baseline_complete'],
      [{ growth_area_id: '20000000-0000-4000-8000-000000000001' }, 'indicators_one_scope'],
    ] as const) {
      const error = await failure(createIndicator(director, input(over)));
      expect(isPostgrestError(error) && error.code).toBe('23514');
      expect(isPostgrestError(error) && error.message).toContain(constraint);
    }
  });

  it('refuses leads: creating is refused, an edit changes no row', async () => {
    const director = await stack.as('director');
    const created = await createIndicator(director, input({ name: 'Vain johtajille' }));
    const lead = await stack.as('lead');
    const error = await failure(createIndicator(lead, input()));
    expect(isPostgrestError(error) && error.code).toBe('42501');
    expect(await failure(updateIndicator(lead, { base: created, patch: input() }))).toBeInstanceOf(
      ZeroRowsError,
    );
  });

  it("lets a director choose the projects that feed an indicator; a lead's choice is refused", async () => {
    const director = await stack.as('director');
    const created = await createIndicator(director, input({ name: 'Syötettävä' }));
    const KIERTOTALOT = '30000000-0000-4000-8000-000000000001';
    const HUB = '30000000-0000-4000-8000-000000000003';
    expect(
      await saveContributing(director, {
        indicatorId: created.id,
        before: [],
        projectIds: [KIERTOTALOT, HUB],
      }),
    ).toEqual([KIERTOTALOT, HUB].sort());
    expect(
      await saveContributing(director, {
        indicatorId: created.id,
        before: [KIERTOTALOT, HUB],
        projectIds: [HUB],
      }),
    ).toEqual([HUB]);
    const lead = await stack.as('lead');
    const error = await failure(
      saveContributing(lead, { indicatorId: created.id, before: [HUB], projectIds: [] }),
    );
    expect(error).toBeInstanceOf(ZeroRowsError);
    expect(await readContributing(director, created.id)).toEqual([HUB]);
  });
});
