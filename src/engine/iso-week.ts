const DAY_MS = 86_400_000;

/**
 * The ISO-8601 week (UTC) containing `time`, e.g. "2025-W01". Weeks start on Monday and week 1 is the
 * one holding the year's first Thursday, so 29 December 2025 already belongs to "2026-W01".
 */
export function isoWeekId(time: number): string {
  const date = new Date(Math.floor(time / DAY_MS) * DAY_MS);
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  // The Thursday of this week decides the year the week belongs to.
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
