import { buildIcs } from './ics';

describe('buildIcs', () => {
  const ics = buildIcs(
    [
      {
        id: 't1',
        title: 'Circular Valley -hankkeen toteutuminen, vaihe 1; haku',
        details: 'Hanke on hakemusvaiheessa,\nei päätöstä rahoituksesta.',
        due_on: '2025-12-31',
        project: { name: 'Kiertotalot', slug: 'kiertotalot' },
      },
      { id: 't2', title: 'Ei määräaikaa', details: null, due_on: null, project: null },
    ],
    { calendarName: 'Salkku', origin: 'https://salkku.example', now: new Date(2025, 0, 1, 12) },
  );

  it('makes one all-day event per deadline and skips tasks without one', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20251231\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20260101\r\n');
    expect(ics).toContain('UID:task-t1@salkku');
    expect(ics).toContain('URL:https://salkku.example/projects/kiertotalot');
  });

  it('escapes text and uses CRLF line endings with folded long lines', () => {
    expect(ics).toContain('SUMMARY:Circular Valley -hankkeen toteutuminen\\, vaihe 1\\; haku');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('buildIcs in the reader’s language', () => {
  const tasks = [
    {
      id: 't1',
      title: 'Jatkohanke käynnistyy',
      title_sv: 'Fortsättningsprojektet startar',
      title_en: 'The follow-up starts',
      details: 'Ei päätöstä.',
      details_sv: 'Inget beslut.',
      details_en: null,
      due_on: '2025-12-31',
      project: {
        name: 'Kiertotalouslaakso',
        name_sv: 'Cirkulärekonomidalen',
        name_en: 'Circular Valley',
        slug: 'kiertotalot',
      },
    },
  ];
  const build = (lang: 'fi' | 'sv' | 'en') =>
    buildIcs(tasks, {
      calendarName: 'Salkku',
      origin: 'https://salkku.example',
      now: new Date(2025, 0, 1, 12),
      lang,
    });

  it('Finnish: Finnish texts and a plain link', () => {
    const ics = build('fi');
    expect(ics).toContain('SUMMARY:Jatkohanke käynnistyy\r\n');
    expect(ics).toContain('DESCRIPTION:Kiertotalouslaakso\\nEi päätöstä.\r\n');
    expect(ics).toContain('URL:https://salkku.example/projects/kiertotalot\r\n');
    expect(ics).toContain('PRODID:-//Salkku//My deadlines//FI');
  });

  it('Swedish: Swedish texts and a Swedish link', () => {
    const ics = build('sv');
    expect(ics).toContain('SUMMARY:Fortsättningsprojektet startar\r\n');
    expect(ics).toContain('DESCRIPTION:Cirkulärekonomidalen\\nInget beslut.\r\n');
    expect(ics).toContain('URL:https://salkku.example/projects/kiertotalot?lang=sv\r\n');
  });

  it('English: an untranslated note makes the description Finnish, marked LANGUAGE=fi', () => {
    const ics = build('en');
    expect(ics).toContain('SUMMARY:The follow-up starts\r\n');
    expect(ics).toContain('DESCRIPTION;LANGUAGE=fi:Circular Valley\\nEi päätöstä.\r\n');
    expect(ics).toContain('?lang=en');
  });

  it('labels the description by its notes: a Finnish project name alone does not make it Finnish', () => {
    const untranslatedProject = [
      {
        ...tasks[0]!,
        details_en: 'No decision.',
        project: { name: 'Kiertotalot', slug: 'kiertotalot' },
      },
    ];
    const ics = buildIcs(untranslatedProject, {
      calendarName: 'Salkku',
      origin: 'https://salkku.example',
      now: new Date(2025, 0, 1, 12),
      lang: 'en',
    });
    expect(ics).toContain('DESCRIPTION:Kiertotalot\\nNo decision.\r\n');
    expect(ics).not.toContain('LANGUAGE=fi');
  });

  it('without notes, the project name is the description and labels itself', () => {
    const noNotes = (name_sv: string | null) => [
      {
        ...tasks[0]!,
        details: null,
        details_sv: null,
        project: { name: 'Kiertotalot', name_sv, slug: 'kiertotalot' },
      },
    ];
    const options = {
      calendarName: 'Salkku',
      origin: 'https://salkku.example',
      now: new Date(2025, 0, 1, 12),
      lang: 'sv' as const,
    };
    expect(buildIcs(noNotes(null), options)).toContain('DESCRIPTION;LANGUAGE=fi:Kiertotalot\r\n');
    expect(buildIcs(noNotes('Cirkulärt'), options)).toContain('DESCRIPTION:Cirkulärt\r\n');
  });
});
