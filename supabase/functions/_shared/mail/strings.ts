// The words of Salkku's e-mails in Finnish, Swedish and English. Shared by the local stack
// (Node) and the mail-worker Edge Function (Deno), which cannot import the app's src/locales;
// so this module imports nothing and uses no runtime-specific API.

export type MailLocale = 'fi' | 'sv' | 'en';
export type MailKind = 'reminders' | 'follows' | 'portfolio' | 'nudges';

export const mailKinds: readonly MailKind[] = ['reminders', 'follows', 'portfolio', 'nudges'];

export interface MailStrings {
  product: string;
  greeting: (name: string | null) => string;
  subjectDigest: (count: number) => string;
  subjectNudge: (project: string) => string;
  intro: string;
  kindHeading: Record<MailKind, string>;
  stage: Record<string, string>;
  days: (n: number) => string;
  rules: {
    task_due_soon: (p: { task: string; date: string; days: number }) => string;
    task_late: (p: { task: string; date: string; days: number }) => string;
    project_not_updated: (p: { days: number }) => string;
    status_update_due: (p: { date: string }) => string;
    followed_stage_changed: (p: { from: string; to: string }) => string;
    followed_became_late: (p: { date: string }) => string;
    followed_milestone_completed: (p: { task: string }) => string;
    followed_published: () => string;
    portfolio_late: (p: { date: string }) => string;
    portfolio_stale: (p: { days: number }) => string;
    nudge: (p: { sender: string | null }) => string;
  };
  openProject: string;
  /** The quiet marker after Finnish text standing in for a missing translation (#14 §1). */
  notTranslated: string;
  openNotifications: string;
  settings: string;
  unsubscribe: (heading: string) => string;
  why: string;
  unsubscribePage: {
    title: string;
    confirm: string;
    button: string;
    done: string;
    invalid: string;
  };
}

const fi: MailStrings = {
  product: 'Salkku',
  greeting: (name) => (name ? `Hei ${name},` : 'Hei,'),
  subjectDigest: (n) => (n === 1 ? 'Salkku: 1 uusi ilmoitus' : `Salkku: ${n} uutta ilmoitusta`),
  subjectNudge: (project) => `Muistutus: ${project}`,
  intro: 'Salkussa on sinulle uutta:',
  kindHeading: {
    reminders: 'Muistutukset',
    follows: 'Seuraamasi muutokset',
    portfolio: 'Salkun katsaus: myöhässä ja vanhentuneet',
    nudges: 'Muistutus ohjelmajohdolta',
  },
  stage: {
    not_started: 'Ei aloitettu',
    planning: 'Suunnittelu',
    implementation: 'Toteutus',
    completed: 'Valmis',
  },
  days: (n) => (n === 1 ? '1 päivä' : `${n} päivää`),
  rules: {
    task_due_soon: ({ task, date, days }) =>
      days === 0
        ? `Tehtävän ”${task}” määräaika on tänään (${date}).`
        : `Tehtävän ”${task}” määräaika on ${date}, ${days === 1 ? '1 päivän' : `${days} päivän`} päästä.`,
    task_late: ({ task, date, days }) =>
      `Tehtävä ”${task}” on myöhässä: määräaika oli ${date} (${days === 1 ? '1 päivä' : `${days} päivää`} sitten).`,
    project_not_updated: ({ days }) => `Hankkeen tietoja ei ole päivitetty ${days} päivään.`,
    status_update_due: ({ date }) => `Uuden tilannekatsauksen aika (edellinen ${date}).`,
    followed_stage_changed: ({ from, to }) => `Eteneminen muuttui: ${from} → ${to}.`,
    followed_became_late: ({ date }) => `Hanke on myöhässä ${date} alkaen.`,
    followed_milestone_completed: ({ task }) => `Välitavoite saavutettu: ${task}.`,
    followed_published: () => 'Hanke on julkaistu.',
    portfolio_late: ({ date }) => `Myöhässä ${date} alkaen.`,
    portfolio_stale: ({ days }) => `Ei päivitetty ${days} päivään.`,
    nudge: ({ sender }) =>
      sender
        ? `${sender} pyytää sinua päivittämään hankkeen.`
        : 'Sinua pyydetään päivittämään hanke.',
  },
  openProject: 'Avaa hanke',
  notTranslated: 'ei käännetty',
  openNotifications: 'Kaikki ilmoitukset',
  settings: 'Ilmoitusasetukset',
  unsubscribe: (heading) => `Lopeta nämä sähköpostit (${heading})`,
  why: 'Saat tämän viestin, koska sinulla on tunnus Salkkuun.',
  unsubscribePage: {
    title: 'Sähköpostien tilauksen lopettaminen',
    confirm: 'Lopetetaanko nämä Salkun sähköpostit?',
    button: 'Lopeta tilaus',
    done: 'Valmis: et saa enää näitä sähköposteja. Voit muuttaa valintaa ilmoitusasetuksista.',
    invalid: 'Linkki ei kelpaa.',
  },
};

const sv: MailStrings = {
  product: 'Portfölj',
  greeting: (name) => (name ? `Hej ${name},` : 'Hej,'),
  subjectDigest: (n) => (n === 1 ? 'Portfölj: 1 ny avisering' : `Portfölj: ${n} nya aviseringar`),
  subjectNudge: (project) => `Påminnelse: ${project}`,
  intro: 'Det finns nytt för dig i Portfölj:',
  kindHeading: {
    reminders: 'Påminnelser',
    follows: 'Ändringar i det du följer',
    portfolio: 'Portföljöversikt: försenade och inaktuella',
    nudges: 'Påminnelse från programledningen',
  },
  stage: {
    not_started: 'Inte påbörjad',
    planning: 'Planering',
    implementation: 'Genomförande',
    completed: 'Klar',
  },
  days: (n) => (n === 1 ? '1 dag' : `${n} dagar`),
  rules: {
    task_due_soon: ({ task, date, days }) =>
      days === 0
        ? `Uppgiften ”${task}” ska vara klar i dag (${date}).`
        : `Uppgiften ”${task}” ska vara klar ${date}, om ${days === 1 ? '1 dag' : `${days} dagar`}.`,
    task_late: ({ task, date, days }) =>
      `Uppgiften ”${task}” är försenad: den skulle vara klar ${date} (för ${days === 1 ? '1 dag' : `${days} dagar`} sedan).`,
    project_not_updated: ({ days }) => `Projektet har inte uppdaterats på ${days} dagar.`,
    status_update_due: ({ date }) => `Dags för en ny lägesrapport (föregående ${date}).`,
    followed_stage_changed: ({ from, to }) => `Framsteget ändrades: ${from} → ${to}.`,
    followed_became_late: ({ date }) => `Projektet är försenat sedan ${date}.`,
    followed_milestone_completed: ({ task }) => `Delmål uppnått: ${task}.`,
    followed_published: () => 'Projektet har publicerats.',
    portfolio_late: ({ date }) => `Försenat sedan ${date}.`,
    portfolio_stale: ({ days }) => `Inte uppdaterat på ${days} dagar.`,
    nudge: ({ sender }) =>
      sender ? `${sender} ber dig uppdatera projektet.` : 'Du ombeds uppdatera projektet.',
  },
  openProject: 'Öppna projektet',
  notTranslated: 'inte översatt',
  openNotifications: 'Alla aviseringar',
  settings: 'Inställningar för aviseringar',
  unsubscribe: (heading) => `Avsluta dessa e-postmeddelanden (${heading})`,
  why: 'Du får detta meddelande eftersom du har ett konto i Portfölj.',
  unsubscribePage: {
    title: 'Avsluta e-postmeddelanden',
    confirm: 'Vill du avsluta dessa e-postmeddelanden från Portfölj?',
    button: 'Avsluta',
    done: 'Klart: du får inte längre dessa e-postmeddelanden. Du kan ändra det i inställningarna.',
    invalid: 'Länken är ogiltig.',
  },
};

const en: MailStrings = {
  product: 'Salkku',
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  subjectDigest: (n) => (n === 1 ? 'Salkku: 1 new notification' : `Salkku: ${n} new notifications`),
  subjectNudge: (project) => `Reminder: ${project}`,
  intro: 'There is something new for you in Salkku:',
  kindHeading: {
    reminders: 'Reminders',
    follows: 'Changes in what you follow',
    portfolio: 'Portfolio digest: late and stale',
    nudges: 'A reminder from the programme director',
  },
  stage: {
    not_started: 'Not started',
    planning: 'Planning',
    implementation: 'Implementation',
    completed: 'Completed',
  },
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  rules: {
    task_due_soon: ({ task, date, days }) =>
      days === 0
        ? `“${task}” is due today (${date}).`
        : `“${task}” is due on ${date}, in ${days === 1 ? '1 day' : `${days} days`}.`,
    task_late: ({ task, date, days }) =>
      `“${task}” is late: it was due on ${date} (${days === 1 ? '1 day' : `${days} days`} ago).`,
    project_not_updated: ({ days }) => `The project has not been updated for ${days} days.`,
    status_update_due: ({ date }) => `A new status update is due (last one ${date}).`,
    followed_stage_changed: ({ from, to }) => `Progress changed: ${from} → ${to}.`,
    followed_became_late: ({ date }) => `The project has been late since ${date}.`,
    followed_milestone_completed: ({ task }) => `Milestone completed: ${task}.`,
    followed_published: () => 'The project was published.',
    portfolio_late: ({ date }) => `Late since ${date}.`,
    portfolio_stale: ({ days }) => `Not updated for ${days} days.`,
    nudge: ({ sender }) =>
      sender ? `${sender} asks you to update the project.` : 'You are asked to update the project.',
  },
  openProject: 'Open the project',
  notTranslated: 'not translated',
  openNotifications: 'All notifications',
  settings: 'Notification settings',
  unsubscribe: (heading) => `Stop these e-mails (${heading})`,
  why: 'You receive this message because you have a Salkku account.',
  unsubscribePage: {
    title: 'Unsubscribe',
    confirm: 'Stop these e-mails from Salkku?',
    button: 'Unsubscribe',
    done: 'Done: you will no longer receive these e-mails. You can change this in your notification settings.',
    invalid: 'This link is not valid.',
  },
};

export const mailStrings: Record<MailLocale, MailStrings> = { fi, sv, en };

export function asMailLocale(value: unknown): MailLocale {
  return value === 'sv' || value === 'en' ? value : 'fi';
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MONTHS_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * An ISO date (yyyy-mm-dd) the way each language writes it in running text: 31.5.2026,
 * 31 maj 2026, 31 May 2026 (no locale data needed, so Node and Deno write the same).
 */
export function formatMailDate(iso: unknown, locale: MailLocale): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return '';
  const [, y, mo, d] = m;
  if (locale === 'sv') return `${Number(d)} ${MONTHS_SV[Number(mo) - 1] ?? mo} ${y}`;
  if (locale === 'en') return `${Number(d)} ${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}`;
  return `${Number(d)}.${Number(mo)}.${y}`;
}
