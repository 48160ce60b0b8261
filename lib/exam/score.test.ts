import { describe, expect, it } from "vitest";
import { PASS_PERCENT, estimateScaledScore, scoreAttempt } from "./score";

describe("scoreAttempt", () => {
  it("scores total and per domain, counting unanswered as wrong", () => {
    const s = scoreAttempt(
      [
        { domainCode: "A", isCorrect: true },
        { domainCode: "A", isCorrect: false },
        { domainCode: "B", isCorrect: true },
        { domainCode: "B", isCorrect: null },
      ],
      ["A", "B", "C"],
    );
    expect(s).toMatchObject({ correct: 2, total: 4, percent: 50, passed: false });
    expect(s.domains).toEqual([
      { code: "A", correct: 1, total: 2, percent: 50 },
      { code: "B", correct: 1, total: 2, percent: 50 },
    ]);
  });

  it("passes at the practice pass line", () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ domainCode: "A", isCorrect: i < 7 }));
    expect(scoreAttempt(items)).toMatchObject({ percent: 70, passed: true, scaled: 75 });
  });
});

describe("estimateScaledScore", () => {
  it("maps 0 → 1, the pass line → 75 and 100 → 99, monotonically", () => {
    expect(estimateScaledScore(0)).toBe(1);
    expect(estimateScaledScore(PASS_PERCENT)).toBe(75);
    expect(estimateScaledScore(100)).toBe(99);
    expect(estimateScaledScore(85)).toBe(87);
    const values = Array.from({ length: 101 }, (_, p) => estimateScaledScore(p));
    expect(values.every((v, i) => i === 0 || v >= values[i - 1]!)).toBe(true);
  });
});
