/**
 * Publication and update lines of scraped pages ("Publié le 12 mars 2025 à 10h15", "Mis à jour le …",
 * "Published on March 12, 2025 at 10:15 am", "Updated 13 March 2025"): read as dates in the site's time zone.
 * Pure: the time zone is passed in.
 */
import { fold } from '../language/fold.ts';

/** What a date line says. */
export interface DateLine {
  kind: 'published' | 'updated';
  /** ISO 8601 with the time zone's offset ("2025-03-12T10:15:00+01:00"), or a bare date when no time is given. */
  iso: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// On folded text (lower case, no accents). The lead words name the kind; the rest is one date and an optional time.
const LEAD =
  /^(?:(publie|published|posted|paru|mis en ligne)|(mis a jour|mise a jour|updated|last updated|modifie|actualise))(?:\s+(?:le|on|at))?\s*:?\s*/;
const MONTH = '([a-z]+)\\.?';
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:er|st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})`);
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`);
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^[,\s]*(?:a|at|-)?\s*(\d{1,2})(?:\s*(h|:)\s*(\d{2})?)?\s*(am|pm|a\.m\.|p\.m\.)?/;
// What may follow the date and time: a time-zone name, a byline, nothing long.
const TAIL = /^[\s,.]*(?:\(?(?:heure de paris|cet|cest|utc|gmt|bst|[a-z]{2,5} time)\)?)?[\s.]*$/;

/** The calendar date of a line's date part, and the rest of the line. */
function readDate(text: string, dayFirstNumeric: boolean) {
  let match = DAY_FIRST.exec(text);
  if (match && MONTHS[match[2]!]) return { y: +match[3]!, m: MONTHS[match[2]!]!, d: +match[1]!, rest: match[0] };
  match = MONTH_FIRST.exec(text);
  if (match && MONTHS[match[1]!]) return { y: +match[3]!, m: MONTHS[match[1]!]!, d: +match[2]!, rest: match[0] };
  match = ISO.exec(text);
  if (match) return { y: +match[1]!, m: +match[2]!, d: +match[3]!, rest: match[0] };
  match = NUMERIC.exec(text);
  if (match) {
    const [a, b] = [+match[1]!, +match[2]!];
    return { y: +match[3]!, m: dayFirstNumeric ? b : a, d: dayFirstNumeric ? a : b, rest: match[0] };
  }
  return undefined;
}

/** The offset of a time zone at a given UTC instant, as "+01:00". */
export function offsetAt(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** Local wall-clock time in a time zone, as ISO 8601 with that zone's offset on that day. */
export function zonedIso(y: number, m: number, d: number, hour: number, minute: number, timeZone: string): string {
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // The offset at the wall time read as UTC is right except within hours of a DST change; one correction settles it.
  let offset = offsetAt(new Date(wall), timeZone);
  const toMs = (text: string) => (text[0] === '-' ? -1 : 1) * (+text.slice(1, 3) * 60 + +text.slice(4, 6)) * 60_000;
  offset = offsetAt(new Date(wall - toMs(offset)), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}T${pad(hour)}:${pad(minute)}:00${offset}`;
}

/**
 * Reads a publication or update line. Returns undefined for anything else, including prose that merely starts with
 * "Publié" or "Updated": the whole line must be the lead words, one date, an optional time and time-zone name.
 */
export function parseDateLine(line: string, timeZone: string): DateLine | undefined {
  if (line.length > 90) return undefined;
  const text = fold(line).trim();
  const lead = LEAD.exec(text);
  if (!lead) return undefined;
  const afterLead = text.slice(lead[0].length);
  const date = readDate(afterLead, !lead[0].startsWith('updated') && !lead[0].startsWith('published'));
  if (!date) return undefined;
  const check = new Date(Date.UTC(date.y, date.m - 1, date.d));
  if (check.getUTCMonth() !== date.m - 1 || check.getUTCDate() !== date.d) return undefined;
  let rest = afterLead.slice(date.rest.length);
  const time = TIME.exec(rest);
  let iso = `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
  // A number is a time only with its separator ("10h", "10:15") or a meridiem ("10 am").
  if (time && (time[2] !== undefined || time[4] !== undefined)) {
    let hour = +time[1]!;
    const minute = time[3] === undefined ? 0 : +time[3];
    const meridiem = time[4]?.replace(/\./g, '');
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return undefined;
    iso = zonedIso(date.y, date.m, date.d, hour, minute, timeZone);
    rest = rest.slice(time[0].length);
  }
  if (!TAIL.test(rest)) return undefined;
  return { kind: lead[1] ? 'published' : 'updated', iso };
}
