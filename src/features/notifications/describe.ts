import type { TFunction } from '@/lib/translator';
import { formatDate } from '@/lib/dates';
import type { Language } from '@/lib/language';
import { localize, type Localized } from '@/lib/translated';
import type { AppNotification } from './queries';
import type { notificationsNamespace } from './texts';

type T = TFunction<typeof notificationsNamespace>;
type Stage = 'not_started' | 'planning' | 'implementation' | 'completed';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const isStage = (v: string): v is Stage =>
  v === 'not_started' || v === 'planning' || v === 'implementation' || v === 'completed';

/**
 * The title of the task a notification is about, in the reader's language (#14 §1): the task's
 * current title or its translation, the Finnish one standing in marked as a fallback; the title
 * the notification recorded (Finnish) when the task is gone. Null when it is about no task.
 */
export function notificationTask(n: AppNotification, lng: Language): Localized | null {
  if (n.task) return localize(n.task, 'title', lng);
  const recorded = text(n.payload.task_title);
  return recorded ? { text: recorded, lang: 'fi', fallback: lng !== 'fi' } : null;
}

/**
 * The name of the project a notification is about, in the reader's language (#14 §1): the
 * project's current name or its translation, the Finnish one standing in marked as a fallback;
 * the name the notification recorded (Finnish) when the project is gone or no longer readable.
 */
export function notificationProject(n: AppNotification, lng: Language): Localized | null {
  if (n.project) return localize(n.project, 'name', lng);
  const recorded = text(n.payload.project_name);
  return recorded ? { text: recorded, lang: 'fi', fallback: lng !== 'fi' } : null;
}

/**
 * One notification in the reader's language, from the rule that fired and the payload the
 * database recorded with it (public.record_notifications). The project's name is shown beside
 * it, so it is not repeated here. Unknown rules still say something. `taskTitle` names the task
 * (notificationTask's text, or a placeholder the caller replaces); the recorded title otherwise.
 */
export function describeNotification(
  n: AppNotification,
  t: T,
  stageName: (stage: Stage) => string,
  lng: string | undefined,
  taskTitle?: string,
): string {
  const p: AppNotification['payload'] = {
    ...n.payload,
    task_title: taskTitle ?? n.payload.task_title,
  };
  const date = (v: unknown) => (text(v) ? formatDate(text(v).slice(0, 10), lng) : '');
  const stage = (v: unknown) => (isStage(text(v)) ? stageName(text(v) as Stage) : text(v));
  switch (n.rule) {
    case 'task_due_soon':
      return count(p.days) === 0
        ? t('rules.task_due_today', { task: text(p.task_title), date: date(p.due_on) })
        : t('rules.task_due_soon', {
            task: text(p.task_title),
            date: date(p.due_on),
            count: count(p.days),
          });
    case 'task_late':
      return t('rules.task_late', {
        task: text(p.task_title),
        date: date(p.due_on),
        count: count(p.days),
      });
    case 'project_not_updated':
      return t('rules.project_not_updated', { count: count(p.days) });
    case 'status_update_due':
      return t('rules.status_update_due', { date: date(p.since) });
    case 'followed_stage_changed':
      return t('rules.followed_stage_changed', { from: stage(p.from), to: stage(p.to) });
    case 'followed_became_late':
      return t('rules.followed_became_late', { date: date(p.late_since) });
    case 'followed_milestone_completed':
      return t('rules.followed_milestone_completed', { task: text(p.task_title) });
    case 'followed_published':
      return t('rules.followed_published');
    case 'portfolio_late':
      return t('rules.portfolio_late', { date: date(p.late_since) });
    case 'portfolio_stale':
      return t('rules.portfolio_stale', { count: count(p.days) });
    case 'nudge': {
      const sender = text(p.sender_name);
      const said = sender ? t('rules.nudgeFrom', { sender }) : t('rules.nudge');
      const message = text(p.message);
      return message ? `${said} ${t('rules.nudgeMessage', { message })}` : said;
    }
    default:
      return t('rules.unknown');
  }
}

/** Where a notification leads: its task on the project page, the project, or nowhere. */
export function notificationHref(n: AppNotification): string | null {
  const slug = text(n.payload.project_slug);
  if (!slug) return null;
  const project = `/projects/${encodeURIComponent(slug)}`;
  return n.task_id ? `${project}#task-${n.task_id}` : project;
}

/** Task reminders offer "mark done" while their task is open. */
export function isOpenTaskReminder(n: AppNotification): boolean {
  return (
    (n.rule === 'task_due_soon' || n.rule === 'task_late') &&
    !!n.task &&
    (n.task.state === 'not_started' || n.task.state === 'in_progress')
  );
}
