import { describe, expect, it } from "vitest";
import { readiness } from "./readiness";
import type { Estimate } from "./mastery";

const est = (mean: number, variance: number): Estimate => ({
  mean,
  variance,
  low: 0,
  high: 1,
  evidence: 50,
  enough: true,
});

describe("readiness", () => {
  it("weights domains by their share of the exam and adds the luck of the draw", () => {
    // Shares 0.75 / 0.25, means 0.8 / 0.4 → 0.7. Variance: 0.75²·0.004 + 0.25²·0.008 + 0.7·0.3/100.
    const r = readiness(
      [
        { share: 0.75, estimate: est(0.8, 0.004) },
        { share: 0.25, estimate: est(0.4, 0.008) },
      ],
      100,
      70,
    );
    const sd = Math.sqrt(0.5625 * 0.004 + 0.0625 * 0.008 + 0.0021);
    expect(r.predicted).toBe(70);
    expect(r.low).toBeCloseTo(Math.round((0.7 - 1.6449 * sd) * 1000) / 10, 1);
    expect(r.high).toBeCloseTo(Math.round((0.7 + 1.6449 * sd) * 1000) / 10, 1);
    expect(r.passProbability).toBeCloseTo(0.5, 6); // exactly on the pass line
  });

  it("gives a high pass chance well above the line and a low one well below", () => {
    const strong = readiness([{ share: 1, estimate: est(0.85, 0.001) }], 150, 70);
    const weak = readiness([{ share: 1, estimate: est(0.55, 0.001) }], 150, 70);
    // z = 0.15 / sqrt(0.001 + 0.85·0.15/150) = 0.15 / 0.04301 ≈ 3.487 → Φ(z) ≈ 0.99976
    expect(strong.passProbability).toBeCloseTo(0.99976, 4);
    // z = −0.15 / sqrt(0.001 + 0.55·0.45/150) = −0.15 / 0.05148 ≈ −2.914 → Φ(z) ≈ 0.00178
    expect(weak.passProbability).toBeCloseTo(0.00178, 4);
  });

  it("normalizes shares that do not sum to one", () => {
    const a = readiness(
      [
        { share: 2, estimate: est(0.6, 0.01) },
        { share: 2, estimate: est(0.8, 0.01) },
      ],
      100,
      70,
    );
    expect(a.predicted).toBe(70);
  });
});
