// The mail renderer in the reader's language (#14): dates as each language writes them, the
// project name and task title in the mail's language (added by private.translate_mail_payload
// as the mail is queued), and the Finnish text marked lang="fi" where no translation exists.
import { describe, expect, it } from 'vitest';
import { renderMail, type OutboxMail } from '../../functions/_shared/mail/render.ts';
import { formatMailDate } from '../../functions/_shared/mail/strings.ts';

const links = { appUrl: 'https://salkku.test', functionsUrl: 'https://api.test/functions/v1' };

function mail(locale: string, payload: Record<string, unknown>): OutboxMail {
  return {
    id: 'm1',
    to_address: 'a@b.test',
    locale,
    template: 'digest',
    message_id: '<m1@x>',
    payload,
  };
}

const lateTask = {
  rule: 'task_late',
  kind: 'reminders',
  task_id: 't1',
  payload: {
    project_slug: 'kiertotalouslaakso',
    project_name: 'Uudenmaan kiertotalouslaakso',
    project_name_sv: 'Nylands cirkulärekonomidal',
    project_name_en: 'Uusimaa Circular Valley',
    task_title: 'Jatkohanke käynnistyy',
    task_title_sv: 'Fortsättningsprojektet startar',
    due_on: '2025-12-31',
    days: 3,
  },
};
const untranslated = {
  rule: 'followed_published',
  kind: 'following',
  payload: { project_slug: 'pilotti', project_name: 'Pilottihanke' },
};

describe('formatMailDate', () => {
  it('writes a date as each language does', () => {
    expect(formatMailDate('2025-12-31', 'fi')).toBe('31.12.2025');
    expect(formatMailDate('2025-12-31', 'sv')).toBe('31 december 2025');
    expect(formatMailDate('2025-12-31', 'en')).toBe('31 December 2025');
    expect(formatMailDate('2026-05-01T08:00:00Z', 'sv')).toBe('1 maj 2026');
    expect(formatMailDate('2026-05-01', 'fi')).toBe('1.5.2026');
  });

  it('writes nothing for what is not a date', () => {
    expect(formatMailDate(null, 'fi')).toBe('');
    expect(formatMailDate('tomorrow', 'en')).toBe('');
  });
});

describe('renderMail in the reader’s language', () => {
  const payload = { recipient_name: 'Anna', items: [lateTask, untranslated] };

  it('Finnish: the Finnish names and a Finnish date', () => {
    const m = renderMail(mail('fi', payload), links);
    expect(m.text).toContain('Uudenmaan kiertotalouslaakso');
    expect(m.text).toContain('Jatkohanke käynnistyy');
    expect(m.text).toContain('31.12.2025');
    expect(m.html).toContain('<html lang="fi">');
    expect(m.html).not.toContain('lang="fi">Pilottihanke');
  });

  it('Swedish: the Swedish names and date; an untranslated name is Finnish, marked lang="fi"', () => {
    const m = renderMail(mail('sv', payload), links);
    expect(m.text).toContain('Nylands cirkulärekonomidal');
    expect(m.text).toContain('Fortsättningsprojektet startar');
    expect(m.text).toContain('31 december 2025');
    expect(m.text).not.toContain('2025-12-31');
    expect(m.text).toContain('Pilottihanke');
    expect(m.html).toContain('<html lang="sv">');
    expect(m.html).toMatch(/lang="fi">Pilottihanke<\/a>/);
    expect(m.html).not.toMatch(/lang="fi">Nylands/);
  });

  it('English: the English project name, the Finnish task title where none is English', () => {
    const m = renderMail(mail('en', payload), links);
    expect(m.text).toContain('Uusimaa Circular Valley');
    expect(m.text).toContain('Jatkohanke käynnistyy');
    expect(m.text).toContain('31 December 2025');
    expect(m.html).toContain('<html lang="en">');
    expect(m.html).toMatch(/lang="fi">Pilottihanke<\/a>/);
  });

  it('marks a Finnish task title inside a Swedish or English sentence lang="fi", with the marker', () => {
    const en = renderMail(mail('en', payload), links);
    // The title is its own element in the sentence; the marker follows the closing quote.
    expect(en.html).toContain(
      '“<span lang="fi">Jatkohanke käynnistyy</span>” <span style="color: #595959; font-size: 0.9em;">(not translated)</span> is late',
    );
    expect(en.text).toContain('“Jatkohanke käynnistyy” (not translated) is late: it was due on');
    // The untranslated project link is marked as well, outside the link.
    expect(en.html).toMatch(/lang="fi">Pilottihanke<\/a> <span[^>]*>\(not translated\)<\/span>:/);
    expect(en.text).toContain('* Pilottihanke (not translated): The project was published.');
    // A translated title and project name carry neither.
    const sv = renderMail(mail('sv', payload), links);
    expect(sv.html).toContain('Uppgiften ”Fortsättningsprojektet startar” är försenad');
    expect(sv.html).not.toMatch(/Nylands cirkulärekonomidal<\/a> <span/);
    expect(sv.html.match(/inte översatt/g)).toHaveLength(1);
    // Finnish mails have no fallbacks.
    expect(renderMail(mail('fi', payload), links).html).not.toContain('ei käännetty');
  });

  it('marks a Finnish milestone title in a followed-project mail', () => {
    const milestone = {
      rule: 'followed_milestone_completed',
      kind: 'follows',
      task_id: 't2',
      payload: {
        project_slug: 'kiertotalouslaakso',
        project_name: 'Uudenmaan kiertotalouslaakso',
        project_name_sv: 'Nylands cirkulärekonomidal',
        task_title: 'Selvitys valmis',
      },
    };
    const m = renderMail(mail('sv', { items: [milestone] }), links);
    expect(m.html).toContain(
      'Delmål uppnått: <span lang="fi">Selvitys valmis</span> <span style="color: #595959; font-size: 0.9em;">(inte översatt)</span>.',
    );
    expect(m.text).toContain('Delmål uppnått: Selvitys valmis (inte översatt).');
  });
});
