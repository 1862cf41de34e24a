import { describe, expect, it } from 'vitest';
import { reasonsText } from './schedule-reasons';

describe('schedule reasons in words', () => {
  it('reads "3 tehtävää myöhässä" and "päättymispäivä ohitettu 31.12.2025"', () => {
    expect(
      reasonsText(
        [
          { code: 'overdue_tasks', count: 3, oldest_due_on: '2026-06-15' },
          { code: 'end_date_passed', ends_on: '2025-12-31' },
        ],
        'fi',
      ),
    ).toBe('3 tehtävää myöhässä (vanhin määräaika 15.06.2026); päättymispäivä ohitettu 31.12.2025');
    expect(
      reasonsText([{ code: 'manual', status: 'late', note: 'Rahoitus viivästyy' }], 'fi'),
    ).toBe('Myöhässä (asetettu käsin): Rahoitus viivästyy');
    expect(
      reasonsText([{ code: 'overdue_tasks', count: 1, oldest_due_on: '2026-11-10' }], 'en'),
    ).toBe('1 task late (deadline 10 Nov 2026)');
  });
});
