// One mail renderer for the local stack (Node) and the mail-worker Edge Function (Deno): an
// outbox row (public.mail_outbox) in, a complete message out — subject, plain text, HTML with
// lang set (real text, no images), links into the app, one-click unsubscribe links signed per
// kind by the database, and the List-Unsubscribe / List-Unsubscribe-Post headers (RFC 8058).
// Pure functions; imports nothing runtime-specific.
import {
  asMailLocale,
  formatMailDate,
  mailKinds,
  mailStrings,
  type MailKind,
  type MailLocale,
  type MailStrings,
} from './strings.ts';

/** The columns of public.mail_outbox the renderer and the worker need. */
export interface OutboxMail {
  id: string;
  to_address: string;
  locale: string;
  template: string;
  message_id: string;
  payload: unknown;
}

export interface MailLinks {
  /** The app's origin, e.g. https://salkku.example.fi (links into the app). */
  appUrl: string;
  /** Where /mail-worker/unsubscribe is served: SUPABASE_URL + /functions/v1. */
  functionsUrl: string;
}

export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  locale: MailLocale;
  headers: Record<string, string>;
}

interface Item {
  rule: string;
  kind: MailKind;
  projectSlug: string | null;
  /** The project's name in the mail's language, else in Finnish (`projectLang` says which). */
  projectName: string;
  projectLang: MailLocale;
  taskId: string | null;
  p: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);

/**
 * A payload text in the mail's language: `<key>_sv` / `<key>_en` are added to the items of a
 * Swedish or English mail as it is queued (private.translate_mail_payload); the Finnish text
 * stands in where there is no translation.
 */
function translated(
  p: Record<string, unknown>,
  key: string,
  locale: MailLocale,
): { text: string; lang: MailLocale } {
  const local = locale === 'fi' ? '' : str(p[`${key}_${locale}`]).trim();
  return local ? { text: local, lang: locale } : { text: str(p[key]), lang: 'fi' };
}

function parseItems(payload: Record<string, unknown>, locale: MailLocale): Item[] {
  const raw = Array.isArray(payload.items) ? payload.items : [];
  return raw.filter(isRecord).map((i) => {
    const p = isRecord(i.payload) ? i.payload : {};
    const kind = mailKinds.includes(i.kind as MailKind) ? (i.kind as MailKind) : 'reminders';
    const project = translated(p, 'project_name', locale);
    return {
      rule: str(i.rule),
      kind,
      projectSlug: str(p.project_slug) || null,
      projectName: project.text,
      projectLang: project.lang,
      taskId: str(i.task_id) || null,
      p,
    };
  });
}

/**
 * One notification in words (plain text; HTML escapes it). `task` replaces the task title, so
 * the HTML part can put the title in its own element (see describeHtml).
 */
export function describe(
  item: Item,
  t: MailStrings,
  locale: MailLocale,
  task = translated(item.p, 'task_title', locale).text,
): string {
  const r = t.rules;
  const date = (v: unknown) => formatMailDate(v, locale);
  switch (item.rule) {
    case 'task_due_soon':
      return r.task_due_soon({
        task,
        date: date(item.p.due_on),
        days: num(item.p.days),
      });
    case 'task_late':
      return r.task_late({
        task,
        date: date(item.p.due_on),
        days: num(item.p.days),
      });
    case 'project_not_updated':
      return r.project_not_updated({ days: num(item.p.days) });
    case 'status_update_due':
      return r.status_update_due({ date: date(item.p.since) });
    case 'followed_stage_changed':
      return r.followed_stage_changed({
        from: t.stage[str(item.p.from)] ?? str(item.p.from),
        to: t.stage[str(item.p.to)] ?? str(item.p.to),
      });
    case 'followed_became_late':
      return r.followed_became_late({ date: date(item.p.late_since) });
    case 'followed_milestone_completed':
      return r.followed_milestone_completed({ task });
    case 'followed_published':
      return r.followed_published();
    case 'portfolio_late':
      return r.portfolio_late({ date: date(item.p.late_since) });
    case 'portfolio_stale':
      return r.portfolio_stale({ days: num(item.p.days) });
    default:
      return r.nudge({ sender: str(item.p.sender_name) || null });
  }
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ` lang="fi"` on a Finnish fallback inside a Swedish or English mail (WCAG 3.1.2). */
const langAttr = (lang: MailLocale, locale: MailLocale) =>
  lang === locale ? '' : ` lang="${lang}"`;

/** The quiet, visible marker after a fallback, as the app shows it (grey, small; 7:1 contrast). */
const markerHtml = (t: MailStrings) =>
  ` <span style="color: #595959; font-size: 0.9em;">(${escapeHtml(t.notTranslated)})</span>`;

/** Where the task title goes in a line before escaping (a private-use character, not in text). */
const TASK_SLOT = '\uE000';
/** The slot and the closing quote after it, if the sentence quotes the title. */
const TASK_SLOT_QUOTED = /\uE000([”“"]?)/g;

/**
 * The notification's line as HTML: a Finnish task title standing in for a translation is its
 * own `<span lang="fi">`, followed (after the closing quote, if the sentence quotes it) by the
 * marker.
 */
function describeHtml(item: Item, t: MailStrings, locale: MailLocale): string {
  const task = translated(item.p, 'task_title', locale);
  const line = escapeHtml(describe(item, t, locale, TASK_SLOT));
  if (task.lang === locale) return line.split(TASK_SLOT).join(escapeHtml(task.text));
  return line.replace(
    TASK_SLOT_QUOTED,
    (_, quote: string) =>
      `<span lang="${task.lang}">${escapeHtml(task.text)}</span>${quote}${markerHtml(t)}`,
  );
}

/** The plain-text line: the marker after the Finnish task title (after its closing quote). */
function describeText(item: Item, t: MailStrings, locale: MailLocale): string {
  const task = translated(item.p, 'task_title', locale);
  const line = describe(item, t, locale, TASK_SLOT);
  if (task.lang === locale) return line.split(TASK_SLOT).join(task.text);
  return line.replace(
    TASK_SLOT_QUOTED,
    (_, quote: string) => `${task.text}${quote} (${t.notTranslated})`,
  );
}

const trimSlash = (u: string) => u.replace(/\/+$/, '');

export function unsubscribeUrl(links: MailLinks, token: string, locale: MailLocale): string {
  return `${trimSlash(links.functionsUrl)}/mail-worker/unsubscribe?token=${encodeURIComponent(token)}&lang=${locale}`;
}

function itemUrl(links: MailLinks, item: Item): string {
  const app = trimSlash(links.appUrl);
  if (!item.projectSlug) return `${app}/notifications`;
  const project = `${app}/projects/${encodeURIComponent(item.projectSlug)}`;
  return item.taskId ? `${project}#task-${item.taskId}` : project;
}

export function renderMail(mail: OutboxMail, links: MailLinks): RenderedMail {
  const locale = asMailLocale(mail.locale);
  const t = mailStrings[locale];
  const payload = isRecord(mail.payload) ? mail.payload : {};
  const items = parseItems(payload, locale);
  const name = str(payload.recipient_name) || null;
  const tokens = isRecord(payload.unsubscribe) ? payload.unsubscribe : {};
  const allToken = str(payload.unsubscribe_all);
  const app = trimSlash(links.appUrl);
  const message = items.find((i) => i.rule === 'nudge' && str(i.p.message))?.p.message;

  const subject =
    mail.template === 'nudge'
      ? t.subjectNudge(items[0]?.projectName || t.product)
      : t.subjectDigest(items.length);

  const groups = mailKinds
    .map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }))
    .filter((g) => g.items.length > 0);

  const text: string[] = [t.greeting(name), '', t.intro, ''];
  const html: string[] = [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<p>${escapeHtml(t.greeting(name))}</p>`,
    `<p>${escapeHtml(t.intro)}</p>`,
  ];
  for (const g of groups) {
    const heading = t.kindHeading[g.kind];
    text.push(heading, '-'.repeat(heading.length));
    html.push(`<h2 style="font-size: 1.2em;">${escapeHtml(heading)}</h2>`, '<ul>');
    for (const item of g.items) {
      const url = itemUrl(links, item);
      const fallback = item.projectLang !== locale;
      text.push(
        `* ${item.projectName}${fallback ? ` (${t.notTranslated})` : ''}: ${describeText(item, t, locale)}`,
        `  ${url}`,
      );
      html.push(
        `<li><a href="${escapeHtml(url)}" style="color: #0050a0;"${langAttr(item.projectLang, locale)}>${escapeHtml(item.projectName)}</a>${fallback ? markerHtml(t) : ''}: ${describeHtml(item, t, locale)}</li>`,
      );
    }
    text.push('');
    html.push('</ul>');
  }
  if (typeof message === 'string') {
    text.push(`> ${message.replace(/\n/g, '\n> ')}`, '');
    html.push(
      `<blockquote style="border-left: 4px solid #767676; margin: 0; padding-left: 1em;">${escapeHtml(message).replace(/\n/g, '<br>')}</blockquote>`,
    );
  }
  text.push(
    `${t.openNotifications}: ${app}/notifications`,
    `${t.settings}: ${app}/notifications/settings`,
    '',
    '-- ',
    t.why,
  );
  html.push(
    `<p><a href="${escapeHtml(`${app}/notifications`)}" style="color: #0050a0;">${escapeHtml(t.openNotifications)}</a> · `,
    `<a href="${escapeHtml(`${app}/notifications/settings`)}" style="color: #0050a0;">${escapeHtml(t.settings)}</a></p>`,
    '<hr>',
    `<p style="font-size: 0.9em;">${escapeHtml(t.why)}</p>`,
    '<ul style="font-size: 0.9em;">',
  );
  for (const g of groups) {
    const token = str(tokens[g.kind]);
    if (!token) continue;
    const url = unsubscribeUrl(links, token, locale);
    const label = t.unsubscribe(t.kindHeading[g.kind]);
    text.push(`${label}: ${url}`);
    html.push(
      `<li><a href="${escapeHtml(url)}" style="color: #0050a0;">${escapeHtml(label)}</a></li>`,
    );
  }
  html.push('</ul>', '</body>', '</html>');

  const headers: Record<string, string> = {};
  if (allToken) {
    headers['List-Unsubscribe'] = `<${unsubscribeUrl(links, allToken, locale)}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    to: mail.to_address,
    subject,
    text: `${text.join('\n')}\n`,
    html: `${html.join('\n')}\n`,
    messageId: mail.message_id,
    locale,
    headers,
  };
}

/**
 * The unsubscribe page (GET shows a button, POST unsubscribes), in the link's language. Once
 * done, it links to the app's notification settings (`appUrl`), where the choice can be undone.
 */
export function unsubscribePage(
  locale: MailLocale,
  state: 'confirm' | 'done' | 'invalid',
  action = '',
  appUrl = '',
): string {
  const strings = mailStrings[locale];
  const t = strings.unsubscribePage;
  const settings = appUrl
    ? `<p><a href="${escapeHtml(`${trimSlash(appUrl)}/notifications/settings`)}">${escapeHtml(strings.settings)}</a></p>`
    : '';
  const body =
    state === 'confirm'
      ? `<p>${escapeHtml(t.confirm)}</p><form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(t.button)}</button></form>`
      : state === 'done'
        ? `<p>${escapeHtml(t.done)}</p>${settings}`
        : `<p>${escapeHtml(t.invalid)}</p>`;
  return `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t.title)}</title></head><body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em;"><main><h1>${escapeHtml(t.title)}</h1>${body}</main></body></html>\n`;
}
