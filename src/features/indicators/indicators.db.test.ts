// Indicator writes and reads against the real local stack (PGlite behind the gateway, seeded),
// signed in as the demo users: row-level security, the unique date and the versions answer.
import { describe, expect, it } from 'vitest';
import { VersionConflictError, isPostgrestError } from '@/lib/errors';
import { seededStackForFile } from '@/test/seeded-stack';
import { insertValue, saveGoals, type GoalsBase } from './mutations';
import { fetchIndicatorPage, fetchProjectProgress } from './queries';

const REUSED = 'b1000000-0000-4000-8000-000000000001'; // Uudelleenkäytetyt rakennusosat (Kiertotalot)
const HEALTH = 'b1000000-0000-4000-8000-000000000004'; // Terveysteknologian yrityskokeilut

const stack = seededStackForFile();

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isPostgrestError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('indicators', () => {
  it('reads the page in one request and says who may write', async () => {
    const lead = await stack.as('lead');
    const page = await fetchIndicatorPage(lead, REUSED);
    expect(page?.status).toBe('behind');
    expect(page?.reason?.kind).toBe('behind');
    expect(page?.can_enter_values).toBe(true);
    expect(page?.can_manage).toBe(false);
    expect(page?.goals.map((g) => g.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    const anon = stack.gw.client() as unknown as typeof lead;
    const pub = await fetchIndicatorPage(anon, REUSED);
    expect(pub?.can_enter_values).toBe(false);
  });

  it("lets the project's lead enter a value that turns it on track, once per date", async () => {
    const lead = await stack.as('lead');
    const saved = await insertValue(lead, {
      indicator_id: REUSED,
      measured_on: '2026-11-15',
      value: 305,
      note: 'Kahden koulun purku',
    });
    expect(Number(saved.value)).toBe(305);
    expect((await fetchIndicatorPage(lead, REUSED))?.status).toBe('on_track');
    const again = await refusal(
      insertValue(lead, { indicator_id: REUSED, measured_on: '2026-11-15', value: 1, note: null }),
    );
    expect(again.message).toContain('indicator_values_indicator_date_key');
  });

  it('refuses a value from a lead of an unrelated project', async () => {
    const other = await stack.as('lead2');
    const error = await refusal(
      insertValue(other, { indicator_id: HEALTH, measured_on: '2026-11-01', value: 1, note: null }),
    );
    expect(error.code).toBe('42501');
  });

  it('saves goals from the version read; a stale edit gets the goals as they are now', async () => {
    const director = await stack.as('director');
    const page = await fetchIndicatorPage(director, HEALTH);
    if (!page) throw new Error('no page');
    const base: GoalsBase = { indicatorId: HEALTH, goals: page.goals };
    const next = await saveGoals(director, { base, goals: [{ year: 2027, value: 23 }] });
    expect(next.goals.find((g) => g.year === 2027)?.value).toBe(23);
    const stale = await saveGoals(director, { base, goals: [{ year: 2027, value: 24 }] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(stale).toBeInstanceOf(VersionConflictError);
    const current = (stale as VersionConflictError<GoalsBase>).current;
    expect(current.goals.find((g) => g.year === 2027)?.value).toBe(23);
  });

  it('reads a project’s progress and its drift basis by the project’s slug', async () => {
    const progress = await fetchProjectProgress(await stack.as('lead'), 'kiertotalot');
    expect(progress?.drift?.kind).toMatch(/^(no_open_tasks|no_moves|no_delay|drift)$/);
    expect(progress?.total).toBeGreaterThan(0);
    // A draft project's progress is the director's, not a resident's.
    const draft = 'hyvinvointidatan-yhteiskehittamo';
    expect(await fetchProjectProgress(await stack.as('director'), draft)).not.toBeNull();
    const anon = stack.gw.client() as unknown as Awaited<ReturnType<typeof stack.as>>;
    expect(await fetchProjectProgress(anon, draft)).toBeNull();
  });
});
