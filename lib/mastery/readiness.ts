import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { INTERVAL, type Estimate } from "./mastery";

export type DomainReadinessInput = {
  /** Share of the real exam's items in this domain (0–1; the shares sum to 1). */
  share: number;
  estimate: Estimate;
};

export type Readiness = {
  /** Predicted percent correct on the real exam, 0–100. */
  predicted: number;
  low: number;
  high: number;
  /** Chance the percent correct reaches the pass line, 0–1. */
  passProbability: number;
  passPercent: number;
};

const Z = 1.6448536269514722; // two-sided 90%, matching INTERVAL
if (INTERVAL !== 0.9) throw new Error("readiness assumes a 90% interval");

/**
 * Predicted exam score: each domain's mastery weighted by its share of the exam. The spread adds
 * what we do not know about each domain (its posterior variance) to the luck of drawing
 * `itemCount` questions on the day (binomial variance), treated as normal.
 */
export function readiness(
  domains: readonly DomainReadinessInput[],
  itemCount: number,
  passPercent: number,
): Readiness {
  const totalShare = domains.reduce((s, d) => s + d.share, 0) || 1;
  let mean = 0;
  let variance = 0;
  for (const d of domains) {
    const w = d.share / totalShare;
    mean += w * d.estimate.mean;
    variance += w * w * d.estimate.variance;
  }
  variance += (mean * (1 - mean)) / Math.max(1, itemCount);
  const sd = Math.sqrt(variance);
  const pass = passPercent / 100;
  const pct = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 10;
  return {
    predicted: pct(mean),
    low: pct(mean - Z * sd),
    high: pct(mean + Z * sd),
    passProbability: sd === 0 ? (mean >= pass ? 1 : 0) : 1 - normalCdf(pass, mean, sd),
    passPercent,
  };
}
