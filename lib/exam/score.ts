// Scoring: raw, per domain, and an estimated scaled score. Neither ABII nor PARCA publishes a cut
// score or scale, so the scaled score is an estimate and is always labelled as one.

export type ScoredItem = { domainCode: string; isCorrect: boolean | null };
export type DomainScore = { code: string; correct: number; total: number; percent: number };
export type AttemptScore = {
  correct: number;
  total: number;
  percent: number;
  domains: DomainScore[];
  scaled: number;
  passed: boolean;
};

/** The practice pass line, as a share of items correct (an assumption; see SCALE_NOTE). */
export const PASS_PERCENT = 70;

/**
 * Maps percent correct onto a 1–99 scale where the practice pass line sits at 75, the convention of
 * ARRT-style scaled scores that ABII's exam development was modelled on. Piecewise linear:
 * 0% → 1, 70% → 75, 100% → 99.
 */
export function estimateScaledScore(percent: number): number {
  const p = Math.min(100, Math.max(0, percent));
  const scaled =
    p <= PASS_PERCENT ? 1 + (p / PASS_PERCENT) * 74 : 75 + ((p - PASS_PERCENT) / (100 - PASS_PERCENT)) * 24;
  return Math.round(scaled);
}

export const SCALE_NOTE =
  "Estimate only: neither ABII nor PARCA publishes a cut score or score scale. We assume a pass line of 70% correct and map percent correct linearly onto a 1–99 scale with that line at 75.";

const pct = (correct: number, total: number) => (total ? Math.round((correct / total) * 1000) / 10 : 0);

/** Unanswered items count as wrong, as on the real exam. */
export function scoreAttempt(items: ScoredItem[], domainOrder: string[] = []): AttemptScore {
  const byDomain = new Map<string, { correct: number; total: number }>();
  for (const code of domainOrder) byDomain.set(code, { correct: 0, total: 0 });
  let correct = 0;
  for (const item of items) {
    const d = byDomain.get(item.domainCode) ?? { correct: 0, total: 0 };
    d.total += 1;
    if (item.isCorrect === true) {
      d.correct += 1;
      correct += 1;
    }
    byDomain.set(item.domainCode, d);
  }
  const percent = pct(correct, items.length);
  return {
    correct,
    total: items.length,
    percent,
    domains: [...byDomain.entries()]
      .filter(([, d]) => d.total > 0)
      .map(([code, d]) => ({ code, ...d, percent: pct(d.correct, d.total) })),
    scaled: estimateScaledScore(percent),
    passed: percent >= PASS_PERCENT,
  };
}
