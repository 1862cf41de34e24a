// The timeline's own month names, patterns and ISO weeks against date-fns's, which wrote its
// labels before (src/features/timeline/calendar-text.ts).
import { format, getISOWeek } from 'date-fns';
import { enGB, fi, sv } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, isoWeek } from './calendar-text';
import { dayOf, dayToLocalDate, ymd } from './days';

const locales = { fi, sv, en: enGB } as const;
const patterns = ['d.M.yyyy', 'd MMM yyyy', 'LLLL yyyy', 'LLL', 'dd.MM.yy', "MMMM 'vk'"];

describe('calendar text', () => {
  it('writes every pattern the way date-fns did, in every language', () => {
    for (let day = dayOf(2024, 0, 1); day <= dayOf(2028, 11, 31); day += 3) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        for (const pattern of patterns) {
          expect(formatCalendarDate(ymd(day), pattern, lang)).toBe(
            format(dayToLocalDate(day), pattern, { locale: locales[lang] }),
          );
        }
      }
    }
  });

  it('numbers ISO weeks as date-fns does, across year ends', () => {
    for (let day = dayOf(1995, 0, 1); day <= dayOf(2045, 11, 31); day += 1) {
      if (isoWeek(day) !== getISOWeek(dayToLocalDate(day))) {
        expect({ day, week: isoWeek(day) }).toEqual({ day, week: getISOWeek(dayToLocalDate(day)) });
      }
    }
    expect(isoWeek(dayOf(2026, 11, 31))).toBe(53);
    expect(isoWeek(dayOf(2027, 0, 4))).toBe(1);
  });
});
