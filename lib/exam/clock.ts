// Timing rules. The server owns the deadline; the browser only displays it.

/** Saves that arrive this long after the deadline are still accepted: they were sent in time. */
export const SAVE_GRACE_MS = 5_000;
/** Minutes-left warnings, announced once each. */
export const WARNING_MINUTES = [30, 15, 5] as const;
/** An untimed attempt left alone this long is abandoned. */
export const ABANDON_AFTER_MS = 14 * 24 * 60 * 60 * 1000;

export function remainingMs(deadline: Date | null, now: number): number | null {
  return deadline ? Math.max(0, deadline.getTime() - now) : null;
}

export function isPastDeadline(deadline: Date | null, now: number, graceMs = 0): boolean {
  return deadline !== null && now > deadline.getTime() + graceMs;
}

/** Which warnings fire when time left moves from `before` to `after` (ms), largest first. */
export function warningsCrossed(before: number, after: number): number[] {
  return WARNING_MINUTES.filter((m) => before > m * 60_000 && after <= m * 60_000);
}

/** The browser's estimate of the server's clock: the offset measured when the page loaded. */
export function clockOffset(serverNow: number, clientNow: number): number {
  return serverNow - clientNow;
}

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
