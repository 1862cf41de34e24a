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
