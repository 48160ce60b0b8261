import { describe, expect, it } from "vitest";
import { daysUntil } from "./dates";

describe("daysUntil", () => {
  const now = new Date("2026-11-25T19:30:00Z");
  it("counts whole calendar days to the exam", () => {
    expect(daysUntil(new Date("2027-01-06T00:00:00Z"), now)).toBe(42);
  });
  it("is zero on exam day, whatever the hour", () => {
    expect(daysUntil(new Date("2026-11-25T00:00:00Z"), now)).toBe(0);
  });
  it("is negative once the exam has passed", () => {
    expect(daysUntil(new Date("2026-11-20T00:00:00Z"), now)).toBe(-5);
  });
});
