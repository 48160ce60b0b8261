/** Whole days from `now` until an exam date (stored as a UTC calendar date); negative once it has passed. */
export function daysUntil(examDate: Date, now: Date): number {
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((examDate.getTime() - startOfToday) / 86_400_000);
}
