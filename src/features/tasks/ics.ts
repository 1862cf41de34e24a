import { addDays, format } from 'date-fns';
import { toDate } from '@/lib/dates';
import type { Language } from '@/lib/language';
import { localize, type Localized, type Translatable } from '@/lib/translated';

export type IcsTask = {
  id: string;
  title: string;
  details: string | null;
  due_on: string | null;
  project: ({ name: string; slug: string } & Translatable<'name'>) | null;
} & Translatable<'title' | 'details'>;

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

/**
 * A text property in the reader's language: `SUMMARY;LANGUAGE=fi:` where the Finnish text stands
 * in for a missing translation (RFC 5545 §3.2.10), so a calendar can tell the languages apart.
 */
function textProperty(name: string, value: Localized, lang: Language): string {
  const param = value.lang === lang ? '' : `;LANGUAGE=${value.lang}`;
  return `${name}${param}:${escapeText(value.text)}`;
}

/**
 * An iCalendar file with one all-day event per deadline, in the reader's language (`lang`,
 * Finnish by default): titles, notes and project names in it where translated, links to the
 * project page in it (`?lang=`).
 */
export function buildIcs(
  tasks: readonly IcsTask[],
  options: { calendarName: string; origin: string; now?: Date; lang?: Language },
): string {
  const lang = options.lang ?? 'fi';
  const stamp = format(options.now ?? new Date(), "yyyyMMdd'T'HHmmss");
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Salkku//My deadlines//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  for (const task of tasks) {
    if (!task.due_on) continue;
    const title = localize(task, 'title', lang) ?? {
      text: task.title,
      lang: 'fi',
      fallback: false,
    };
    const project = task.project ? localize(task.project, 'name', lang) : null;
    const details = localize(task, 'details', lang);
    const parts = [project, details].filter((p): p is Localized => p !== null);
    // RFC 5545 allows one DESCRIPTION per event (§3.6.1) and one LANGUAGE for its whole value
    // (§3.2.10; TEXT has no inline language markup), so a mixed value is labelled by its main
    // part: the task's notes, which the description is for. The project name heading it is a
    // name; its Finnish fallback alone does not make the notes Finnish. Without notes, the
    // project name is the whole text and labels itself.
    const main = details ?? project;
    const description: Localized | null = main
      ? { text: parts.map((p) => p.text).join('\n'), lang: main.lang, fallback: false }
      : null;
    const query = lang === 'fi' ? '' : `?lang=${lang}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:task-${task.id}@salkku`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(task.due_on)}`,
      `DTEND;VALUE=DATE:${format(addDays(toDate(task.due_on), 1), 'yyyyMMdd')}`,
      textProperty('SUMMARY', title, lang),
      ...(description ? [textProperty('DESCRIPTION', description, lang)] : []),
      ...(task.project ? [`URL:${options.origin}/projects/${task.project.slug}${query}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
