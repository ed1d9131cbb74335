import { monthIndex } from '../nlp/quantities.ts';

// A line that is only a publication date, with an optional label, weekday, time and a second date after a bar:
// "Published: 9 May 2025", "Last updated 14:05 BST, 2 July 2025", "12 March 2024",
// "Posted: 3 June 2024 | Updated: 4 June 2024", "Published 14 March 2024, 22:41 GMT", "March 3, 2024".
const LABEL = String.raw`(?:(?:first |last )?(?:published|posted|updated)(?: on)?|date)\s*:?\s*`;
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)`;
const TIME = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?`;
const DAY_MONTH_YEAR = String.raw`(\d{1,2})\s+(\p{L}+)\.?,?\s+((?:19|20)\d\d)`;
const MONTH_DAY_YEAR = String.raw`(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)`;
const DATE_LINE = new RegExp(String.raw`^(?:${LABEL})?${WEEKDAY}?(?:${TIME},?\s+)?(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})(?:,?\s+(?:at\s+)?${TIME})?(?:\s*\|.*)?$`, 'iu');

const pad = (value: number) => String(value).padStart(2, '0');

/** The date a dateline or timestamp line gives, as YYYY-MM-DD; undefined for any other line. */
export function dateOfLine(text: string): string | undefined {
  const match = DATE_LINE.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = match[1] !== undefined ? [match[1], match[2], match[3]] : [match[5], match[4], match[6]];
  const monthAt = monthIndex(month ?? '');
  const dayNumber = Number(day);
  if (monthAt === undefined || dayNumber < 1 || dayNumber > 31) return undefined;
  return `${year}-${pad(monthAt + 1)}-${pad(dayNumber)}`;
}
