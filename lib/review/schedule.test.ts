import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { FAST_ANSWER_MS, ratingFor, review, SLOW_ANSWER_MS, startsCard } from "./schedule";

const at = new Date("2026-11-25T10:00:00Z");
const MIN = 60_000;

describe("rating an answer", () => {
  it("maps correctness, confidence and time to FSRS grades", () => {
    expect(ratingFor({ isCorrect: false, confidence: "SURE", timeSpentMs: 5_000 })).toBe(Rating.Again);
    expect(ratingFor({ isCorrect: true, confidence: "UNSURE", timeSpentMs: 5_000 })).toBe(Rating.Hard);
    expect(ratingFor({ isCorrect: true, confidence: null, timeSpentMs: SLOW_ANSWER_MS + 1 })).toBe(
      Rating.Hard,
    );
    expect(ratingFor({ isCorrect: true, confidence: "SURE", timeSpentMs: FAST_ANSWER_MS - 1 })).toBe(
      Rating.Easy,
    );
    expect(ratingFor({ isCorrect: true, confidence: null, timeSpentMs: FAST_ANSWER_MS - 1 })).toBe(
      Rating.Good,
    );
    expect(ratingFor({ isCorrect: true, confidence: "SURE", timeSpentMs: 0 })).toBe(Rating.Good); // time unknown
  });

  it("starts cards for missed and unsure answers only", () => {
    expect(startsCard({ isCorrect: false, confidence: null, timeSpentMs: 0 })).toBe(true);
    expect(startsCard({ isCorrect: true, confidence: "UNSURE", timeSpentMs: 0 })).toBe(true);
    expect(startsCard({ isCorrect: true, confidence: "SURE", timeSpentMs: 0 })).toBe(false);
    expect(review(null, { isCorrect: true, confidence: null, timeSpentMs: 30_000 }, at, 0.9)).toBeNull();
  });
});

describe("scheduling", () => {
  it("brings a missed item back ten minutes later, then spaces it in days once recalled", () => {
    const missed = review(null, { isCorrect: false, confidence: null, timeSpentMs: 40_000 }, at, 0.9)!;
    expect(missed.card.due.getTime() - at.getTime()).toBe(10 * MIN);
    expect(missed.card.reps).toBe(1);
    expect(missed.log.rating).toBe(Rating.Again);

    const later = new Date(missed.card.due.getTime() + MIN);
    const recalled = review(
      missed.card,
      { isCorrect: true, confidence: "SURE", timeSpentMs: 30_000 },
      later,
      0.9,
    )!;
    expect(recalled.card.reps).toBe(2);
    expect(recalled.card.due.getTime() - later.getTime()).toBeGreaterThanOrEqual(86_400_000);
  });

  it("schedules further out for a lower target retention", () => {
    const first = review(null, { isCorrect: false, confidence: null, timeSpentMs: 40_000 }, at, 0.9)!.card;
    const again = new Date(first.due.getTime() + MIN);
    const second = review(
      first,
      { isCorrect: true, confidence: null, timeSpentMs: 30_000 },
      again,
      0.9,
    )!.card;
    const next = (retention: number) =>
      review(second, { isCorrect: true, confidence: null, timeSpentMs: 30_000 }, second.due, retention)!.card
        .scheduledDays;
    expect(next(0.75)).toBeGreaterThan(next(0.95));
  });
});
