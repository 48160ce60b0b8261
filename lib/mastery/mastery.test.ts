import { describe, expect, it } from "vitest";
import {
  addEvidence,
  combine,
  decayFactor,
  EMPTY_EVIDENCE,
  estimate,
  HALF_LIFE_DAYS,
  MIN_EVIDENCE,
} from "./mastery";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

describe("recency-weighted evidence", () => {
  it("halves an answer's weight every half-life", () => {
    expect(decayFactor(T0, T0)).toBe(1);
    expect(decayFactor(T0, T0 + HALF_LIFE_DAYS * DAY)).toBeCloseTo(0.5, 12);
    expect(decayFactor(T0, T0 + 2 * HALF_LIFE_DAYS * DAY)).toBeCloseTo(0.25, 12);
    expect(decayFactor(T0 + DAY, T0)).toBe(1); // never inflates
  });

  it("adds answers incrementally to the same totals as all at once, in any order", () => {
    const answers = [
      { correct: true, at: T0 },
      { correct: false, at: T0 + 10 * DAY },
      { correct: true, at: T0 + 30 * DAY },
    ];
    const once = addEvidence(EMPTY_EVIDENCE, answers);
    const stepwise = answers.reduce((s, a) => addEvidence(s, [a]), EMPTY_EVIDENCE);
    const reversed = addEvidence(addEvidence(EMPTY_EVIDENCE, [answers[2]!]), [answers[1]!, answers[0]!]);
    // By hand, at T0+30d: correct = 0.5 (30 days old) + 1 = 1.5; total = 1.5 + 2^(-20/30).
    const total = 1.5 + Math.pow(0.5, 20 / 30);
    for (const s of [once, stepwise, reversed]) {
      expect(s.referenceAt).toBe(T0 + 30 * DAY);
      expect(s.weightedCorrect).toBeCloseTo(1.5, 10);
      expect(s.weightedTotal).toBeCloseTo(total, 10);
    }
  });

  it("combines states referenced at different times", () => {
    const a = addEvidence(EMPTY_EVIDENCE, [{ correct: true, at: T0 }]);
    const b = addEvidence(EMPTY_EVIDENCE, [{ correct: false, at: T0 + 30 * DAY }]);
    const c = combine([a, b]);
    expect(c.referenceAt).toBe(T0 + 30 * DAY);
    expect(c.weightedCorrect).toBeCloseTo(0.5, 12);
    expect(c.weightedTotal).toBeCloseTo(1.5, 12);
  });
});

describe("the Beta posterior", () => {
  it("is 50% with a wide band and 'not enough' for a topic with no answers", () => {
    const e = estimate(EMPTY_EVIDENCE, T0);
    expect(e.mean).toBe(0.5);
    expect(e.low).toBeCloseTo(0.05, 10); // Beta(1,1) is uniform: the 5th and 95th percentiles
    expect(e.high).toBeCloseTo(0.95, 10);
    expect(e.enough).toBe(false);
  });

  it("matches a hand-computed Beta(9, 3) for 8 of 10 correct answered just now", () => {
    const answers = Array.from({ length: 10 }, (_, i) => ({ correct: i < 8, at: T0 }));
    const e = estimate(addEvidence(EMPTY_EVIDENCE, answers), T0);
    expect(e.mean).toBeCloseTo(9 / 12, 12);
    expect(e.variance).toBeCloseTo((9 * 3) / (12 * 12 * 13), 12);
    // Beta(9,3) 5th / 95th percentiles, by numerical integration of its density.
    expect(e.low).toBeCloseTo(0.5299, 3);
    expect(e.high).toBeCloseTo(0.9212, 3);
    expect(e.enough).toBe(true);
  });

  it("lets old evidence fade until it is no longer enough", () => {
    const answers = Array.from({ length: MIN_EVIDENCE }, () => ({ correct: true, at: T0 }));
    const state = addEvidence(EMPTY_EVIDENCE, answers);
    expect(estimate(state, T0).enough).toBe(true);
    const later = estimate(state, T0 + HALF_LIFE_DAYS * DAY);
    expect(later.evidence).toBeCloseTo(MIN_EVIDENCE / 2, 10);
    expect(later.enough).toBe(false);
    expect(later.mean).toBeLessThan(estimate(state, T0).mean); // pulled back towards 50%
  });
});
