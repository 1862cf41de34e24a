/**
 * Month names, ISO weeks and the date patterns of the timeline's locale strings
 * (`timeline.dateFormat`: d.M.yyyy, d MMM yyyy), written out rather than with date-fns's
 * format() and locales, which were a third of the timeline page's own JavaScript. The names are
 * date-fns's (fi, sv, en-GB), so labels read as before; days.test.ts and scale.test.ts compare.
 */
import type { TimelineLang } from './strings';

interface MonthNames {
  /** LLLL (standing alone): tammikuu, januari, January. */
  wide: readonly string[];
  /** MMMM (in a date), where it differs: 5. tammikuuta. */
  inDate?: readonly string[];
  /** LLL / MMM: tammi, jan., Jan. */
  short: readonly string[];
}

const MONTHS: Record<TimelineLang, MonthNames> = {
  fi: {
    wide: 'tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu'.split(
      ' ',
    ),
    inDate:
      'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta'.split(
        ' ',
      ),
    short: 'tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu'.split(' '),
  },
  sv: {
    wide: 'januari februari mars april maj juni juli augusti september oktober november december'.split(
      ' ',
    ),
    short: 'jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.'.split(' '),
  },
  en: {
    wide: 'January February March April May June July August September October November December'.split(
      ' ',
    ),
    short: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '),
  },
};

/** A calendar date: year, month (0-based), day of month. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

const TOKENS = /'[^']*'|d{1,2}|[ML]{1,4}|y{2,4}/g;

/**
 * A date in a date-fns-style pattern, with the tokens the timeline uses: d dd, M MM MMM MMMM
 * (L… the same but LLLL stands alone), yy yyyy, and 'quoted text'. Any other character is
 * copied as it is.
 */
export function formatCalendarDate(
  date: CalendarDate,
  pattern: string,
  lang: TimelineLang,
): string {
  const names = MONTHS[lang];
  const pad = (n: number) => String(n).padStart(2, '0');
  return pattern.replace(TOKENS, (token) => {
    switch (token[0]) {
      case "'":
        return token.length > 2 ? token.slice(1, -1) : "'";
      case 'd':
        return token.length === 1 ? String(date.d) : pad(date.d);
      case 'M':
      case 'L':
        if (token.length === 1) return String(date.m + 1);
        if (token.length === 2) return pad(date.m + 1);
        if (token.length === 3) return names.short[date.m]!;
        return (token[0] === 'M' ? (names.inDate ?? names.wide) : names.wide)[date.m]!;
      default:
        return token.length === 2 ? pad(date.y % 100) : String(date.y).padStart(4, '0');
    }
  });
}

/** The ISO 8601 week number of a day number (days since 1970-01-01, a Thursday). */
export function isoWeek(day: number): number {
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday 0 … Sunday 6
  const thursday = day - weekday + 3; // the week belongs to its Thursday's year
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const firstOfYear = Math.round(Date.UTC(year, 0, 1) / 86_400_000);
  return Math.floor((thursday - firstOfYear) / 7) + 1;
}
