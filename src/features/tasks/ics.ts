import { addDays, format } from 'date-fns';
import { toDate } from '@/lib/dates';

export interface IcsTask {
  id: string;
  title: string;
  details: string | null;
  due_on: string | null;
  project: { name: string; slug: string } | null;
}

/** RFC 5545 text escaping: backslash, semicolon, comma and newlines. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds content lines longer than 75 octets, as RFC 5545 §3.1 requires. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = new TextEncoder().encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (iso: string) => format(toDate(iso), 'yyyyMMdd');

/** An iCalendar file with one all-day event per deadline. */
export function buildIcs(
  tasks: readonly IcsTask[],
  options: { calendarName: string; origin: string; now?: Date },
): string {
  const stamp = format(options.now ?? new Date(), "yyyyMMdd'T'HHmmss");
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Salkku//My deadlines//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  for (const task of tasks) {
    if (!task.due_on) continue;
    const description = [task.project?.name, task.details].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:task-${task.id}@salkku`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(task.due_on)}`,
      `DTEND;VALUE=DATE:${format(addDays(toDate(task.due_on), 1), 'yyyyMMdd')}`,
      `SUMMARY:${escapeText(task.title)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      ...(task.project ? [`URL:${options.origin}/projects/${task.project.slug}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
