import { describe, expect, it } from "vitest";
import {
  SAVE_GRACE_MS,
  clockOffset,
  formatClock,
  isPastDeadline,
  remainingMs,
  warningsCrossed,
} from "./clock";

describe("clock rules", () => {
  const deadline = new Date("2026-11-25T12:00:00Z");
  const t = deadline.getTime();

  it("counts down to the deadline and never below zero", () => {
    expect(remainingMs(deadline, t - 90_000)).toBe(90_000);
    expect(remainingMs(deadline, t + 5_000)).toBe(0);
    expect(remainingMs(null, t)).toBeNull();
  });

  it("expires after the deadline, with a grace period for saves already in flight", () => {
    expect(isPastDeadline(deadline, t)).toBe(false);
    expect(isPastDeadline(deadline, t + 1)).toBe(true);
    expect(isPastDeadline(deadline, t + SAVE_GRACE_MS, SAVE_GRACE_MS)).toBe(false);
    expect(isPastDeadline(deadline, t + SAVE_GRACE_MS + 1, SAVE_GRACE_MS)).toBe(true);
    expect(isPastDeadline(null, t + 1e9)).toBe(false);
  });

  it("fires each warning once, when its threshold is crossed", () => {
    expect(warningsCrossed(31 * 60_000, 29 * 60_000)).toEqual([30]);
    expect(warningsCrossed(29 * 60_000, 28 * 60_000)).toEqual([]);
    // A tab that slept through two thresholds announces both.
    expect(warningsCrossed(20 * 60_000, 4 * 60_000)).toEqual([15, 5]);
  });

  it("corrects for a browser clock that is off", () => {
    expect(clockOffset(1_000_000, 940_000)).toBe(60_000);
  });

  it("formats remaining time like a test-centre clock", () => {
    expect(formatClock(2 * 3600_000 + 5 * 60_000 + 9_000)).toBe("2:05:09");
    expect(formatClock(59_500)).toBe("01:00");
    expect(formatClock(0)).toBe("00:00");
  });
});
