import { describe, expect, it } from "vitest";
import { addDays, currentStreak, endOfLocalDay, localDay, safeTimeZone, weekStart } from "./days";

describe("local days", () => {
  it("puts the same instant on different days in different zones", () => {
    const t = new Date("2026-11-26T03:30:00Z");
    expect(localDay(t, "UTC")).toBe("2026-11-26");
    expect(localDay(t, "America/Chicago")).toBe("2026-11-25"); // 21:30 the evening before
  });

  it("falls back to UTC for an unknown zone", () => {
    expect(safeTimeZone("Mars/Olympus")).toBe("UTC");
    expect(safeTimeZone(null)).toBe("UTC");
  });

  it("finds the end of the learner's day", () => {
    const t = new Date("2026-11-26T03:30:00Z"); // 21:30 in Chicago (UTC−6)
    expect(endOfLocalDay(t, "America/Chicago").toISOString()).toBe("2026-11-26T06:00:00.000Z");
    expect(endOfLocalDay(t, "UTC").toISOString()).toBe("2026-11-27T00:00:00.000Z");
  });

  it("does calendar arithmetic across months and finds Mondays", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekStart("2026-11-25")).toBe("2026-11-23"); // a Wednesday
    expect(weekStart("2026-11-29")).toBe("2026-11-23"); // Sunday belongs to the week before
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
  });
});

describe("streaks", () => {
  const days = new Set(["2026-11-20", "2026-11-22", "2026-11-23", "2026-11-24"]);
  it("counts consecutive days ending today or yesterday", () => {
    expect(currentStreak(days, "2026-11-24")).toBe(3);
    expect(currentStreak(days, "2026-11-25")).toBe(3); // today not studied yet: not lost
    expect(currentStreak(days, "2026-11-26")).toBe(0);
    expect(currentStreak(new Set(), "2026-11-26")).toBe(0);
  });
});
