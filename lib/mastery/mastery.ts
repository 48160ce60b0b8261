import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";

/**
 * Mastery = how likely the learner is to answer an item on a topic correctly, estimated from
 * every answer they have given. Each answer is evidence with a weight that halves every
 * HALF_LIFE_DAYS (recent answers count more), and the estimate is the Beta posterior
 * Beta(1 + weighted correct, 1 + weighted wrong) — a uniform prior, so a topic with no answers
 * sits at 50% with a very wide band rather than pretending to know.
 *
 * Exponential decay makes the running totals exact to keep incrementally: a stored state only
 * needs re-decaying to a new reference time before more evidence is added (see `addEvidence`).
 */
export const HALF_LIFE_DAYS = 30;
const HALF_LIFE_MS = HALF_LIFE_DAYS * 86_400_000;
/** Below this much (recency-weighted) evidence a topic says "not enough answers yet". */
export const MIN_EVIDENCE = 5;
/** The band shown around every estimate: a central 90% credible interval. */
export const INTERVAL = 0.9;

/** Running totals at `referenceAt` (epoch ms): weights are as seen from that moment. */
export type EvidenceState = {
  weightedCorrect: number;
  weightedTotal: number;
  referenceAt: number;
};

export type Answer = { correct: boolean; at: number };

export const EMPTY_EVIDENCE: EvidenceState = { weightedCorrect: 0, weightedTotal: 0, referenceAt: 0 };

/** Multiplier for evidence recorded at `from` when seen from `to` (1 when `to` is not later). */
export function decayFactor(from: number, to: number): number {
  return to <= from ? 1 : Math.pow(0.5, (to - from) / HALF_LIFE_MS);
}

/** The state moved to a later reference time (older evidence weighs less). */
export function decayTo(state: EvidenceState, to: number): EvidenceState {
  if (to <= state.referenceAt) return state;
  const f = decayFactor(state.referenceAt, to);
  return {
    weightedCorrect: state.weightedCorrect * f,
    weightedTotal: state.weightedTotal * f,
    referenceAt: to,
  };
}

/** Adds answers in any order; the result is referenced at the latest time seen. */
export function addEvidence(state: EvidenceState, answers: readonly Answer[]): EvidenceState {
  if (!answers.length) return state;
  const reference = Math.max(state.referenceAt, ...answers.map((a) => a.at));
  const next = { ...decayTo(state, reference) };
  for (const a of answers) {
    const w = decayFactor(a.at, reference);
    next.weightedTotal += w;
    if (a.correct) next.weightedCorrect += w;
  }
  return next;
}

/** Several states (e.g. a domain's topics) as one. */
export function combine(states: readonly EvidenceState[]): EvidenceState {
  const reference = Math.max(0, ...states.map((s) => s.referenceAt));
  return states.reduce<EvidenceState>(
    (sum, s) => {
      const d = decayTo(s, reference);
      return {
        weightedCorrect: sum.weightedCorrect + d.weightedCorrect,
        weightedTotal: sum.weightedTotal + d.weightedTotal,
        referenceAt: reference,
      };
    },
    { ...EMPTY_EVIDENCE, referenceAt: reference },
  );
}

export type Estimate = {
  /** Posterior mean, 0–1. */
  mean: number;
  /** Central 90% credible interval, 0–1. */
  low: number;
  high: number;
  variance: number;
  /** Recency-weighted number of answers behind the estimate, as of `now`. */
  evidence: number;
  enough: boolean;
};

/** The Beta posterior of a state, seen from `now`. */
export function estimate(state: EvidenceState, now: number): Estimate {
  const s = decayTo(state, now);
  const a = 1 + s.weightedCorrect;
  const b = 1 + Math.max(0, s.weightedTotal - s.weightedCorrect);
  const tail = (1 - INTERVAL) / 2;
  return {
    mean: a / (a + b),
    low: betaQuantile(tail, a, b),
    high: betaQuantile(1 - tail, a, b),
    variance: (a * b) / ((a + b) ** 2 * (a + b + 1)),
    evidence: s.weightedTotal,
    enough: s.weightedTotal >= MIN_EVIDENCE,
  };
}
