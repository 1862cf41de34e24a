/** Small, readable fixtures and a seeded generator shared by the timeline's tests and benchmark. */
import type {
  ScheduleStatus,
  Stage,
  TaskState,
  TimelineData,
  TimelineGrowthArea,
  TimelineProject,
  TimelineTask,
} from '@/features/timeline/model';

export function project(overrides: Partial<TimelineProject> & { id: string }): TimelineProject {
  return {
    slug: overrides.id,
    name: overrides.id,
    growth_area_id: 'ga-1',
    starts_on: '2025-01-01',
    ends_on: '2025-12-31',
    stage: 'planning',
    schedule_status: 'on_schedule',
    schedule_reason: null,
    lead_ids: [],
    version: 1,
    ...overrides,
  };
}

export function task(
  overrides: Partial<TimelineTask> & { id: string; project_id: string },
): TimelineTask {
  return {
    title: overrides.id,
    due_on: '2025-06-30',
    state: 'not_started',
    completed_on: null,
    is_milestone: false,
    version: 1,
    ...overrides,
  };
}

/** A tiny portfolio in the shape of the seed: two growth areas and one "other" project. */
export function smallPortfolio(): TimelineData {
  const growthAreas: TimelineGrowthArea[] = [
    { id: 'ga-1', name: 'Rakentamisen kiertotalous', color: '#0072c6', sort_order: 3 },
    { id: 'ga-2', name: 'Meriklusteri', color: '#00d7a7', sort_order: 4 },
  ];
  const projects: TimelineProject[] = [
    project({
      id: 'p-kiertotalot',
      slug: 'kiertotalot',
      name: 'Kiertotalot',
      starts_on: '2025-01-01',
      ends_on: '2027-12-31',
      stage: 'implementation',
      lead_ids: ['lead-1'],
    }),
    project({
      id: 'p-arabia',
      slug: 'arabian-kiertotaloushubi',
      name: 'Arabian kiertotaloushubi',
      starts_on: '2025-03-01',
      ends_on: '2026-02-28',
      stage: 'planning',
      schedule_status: 'late',
      schedule_reason: 'Tehtävä "Hakemus" myöhässä',
      lead_ids: ['lead-2'],
    }),
    project({
      id: 'p-satama',
      slug: 'satama',
      name: 'Älykäs satama',
      growth_area_id: 'ga-2',
      starts_on: '2026-01-01',
      ends_on: '2029-12-31',
      stage: 'not_started',
    }),
    project({
      id: 'p-muu',
      slug: 'muu',
      name: 'Kestävä kaupunkielämä',
      growth_area_id: null,
      starts_on: '2024-06-01',
      ends_on: '2025-05-31',
      stage: 'completed',
    }),
  ];
  const tasks: TimelineTask[] = [
    task({
      id: 't-1',
      project_id: 'p-kiertotalot',
      title: 'Pilottikohde valittu',
      due_on: '2025-03-31',
      state: 'done',
      completed_on: '2025-03-28',
      is_milestone: true,
    }),
    task({
      id: 't-2',
      project_id: 'p-kiertotalot',
      title: 'Loppuraportti',
      due_on: '2027-12-15',
    }),
    task({
      id: 't-3',
      project_id: 'p-arabia',
      title: 'Hakemus',
      due_on: '2025-09-30',
      state: 'in_progress',
      is_milestone: true,
    }),
  ];
  return { growthAreas, projects, tasks };
}

/** mulberry32: a tiny seeded PRNG so the benchmark's data are the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const STAGE_LIST: Stage[] = ['not_started', 'planning', 'implementation', 'completed'];
const STATUS_LIST: ScheduleStatus[] = [
  'on_schedule',
  'on_schedule',
  'on_schedule',
  'late',
  'not_pursued',
];
const STATE_LIST: TaskState[] = ['not_started', 'in_progress', 'done', 'done', 'cancelled'];
const AREA_NAMES = [
  'Terveys & hyvinvointi',
  'Luovat alat',
  'Rakentamisen kiertotalous',
  'Meriklusteri',
  'Ruoka',
];

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A generated portfolio over 2025–2029 (the benchmark's workload). */
export function generatePortfolio(
  sizes: { growthAreas: number; projects: number; tasks: number },
  seed = 2025,
): TimelineData {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const first = Date.UTC(2025, 0, 1) / 86_400_000;
  const last = Date.UTC(2029, 11, 31) / 86_400_000;
  const growthAreas: TimelineGrowthArea[] = Array.from({ length: sizes.growthAreas }, (_, i) => ({
    id: `ga-${i + 1}`,
    name: AREA_NAMES[i % AREA_NAMES.length] ?? `Kasvualue ${i + 1}`,
    color: null,
    sort_order: i + 1,
  }));
  const projects: TimelineProject[] = [];
  for (let i = 0; i < sizes.projects; i++) {
    const start = first + Math.floor(random() * (last - first - 60));
    const end = Math.min(last, start + 30 + Math.floor(random() * 900));
    projects.push({
      id: `p-${i + 1}`,
      slug: `hanke-${i + 1}`,
      name: `Hanke ${i + 1}`,
      growth_area_id: growthAreas[i % growthAreas.length]?.id ?? null,
      starts_on: iso(start),
      ends_on: iso(end),
      stage: pick(STAGE_LIST),
      schedule_status: pick(STATUS_LIST),
      schedule_reason: null,
      lead_ids: [`lead-${(i % 40) + 1}`],
      version: 1,
    });
  }
  const tasks: TimelineTask[] = [];
  for (let i = 0; i < sizes.tasks; i++) {
    const p = projects[i % projects.length];
    if (!p) break;
    const start = Date.parse(p.starts_on ?? '2025-01-01') / 86_400_000;
    const end = Date.parse(p.ends_on ?? '2029-12-31') / 86_400_000;
    const due = start + Math.floor(random() * (end - start + 1));
    const state = pick(STATE_LIST);
    tasks.push({
      id: `t-${i + 1}`,
      project_id: p.id,
      title: `Tehtävä ${i + 1}`,
      due_on: iso(due),
      state,
      completed_on: state === 'done' ? iso(due) : null,
      is_milestone: random() < 0.3,
      version: 1,
    });
  }
  return { growthAreas, projects, tasks };
}
