// Classical item statistics for authors: facility, discrimination, timing, option choices and the
// "needs checking" flags. Framework-free; lib/server/authoring.ts feeds it one aggregate row per
// question version from SQL, and the tests feed it hand-made responses.
//
// Definitions (all over responses in FINISHED attempts — submitted or expired — so an attempt in
// progress never moves an item's numbers):
// - answered: responses with an option chosen. Items left blank in a finished attempt are "omitted":
//   they count as wrong in the taker's score, but not in the item's facility or option choices
//   (a blank at the end of a timed exam says more about the clock than about the item).
// - facility: correct / answered (the classical p-value; high = easy).
// - discrimination: the corrected point-biserial correlation — Pearson's r between the item's
//   0/1 correctness and the taker's share correct on the REST of the same attempt
//   ((attempt correct − this item's correct) / (attempt items − 1)). Leaving the item out of the
//   total stops it correlating with itself; using a share, not a count, lets attempts of different
//   lengths (30-item quick practice, 150-item simulated exam) be pooled. Attempts with one item
//   have no rest and are left out of this figure only.
// - mean time: mean timeSpentMs over answered responses that recorded a time (> 0 ms).

import { OPTION_LETTERS } from "../exam/letters";

/** Below this many answers, facility, discrimination and distractor flags are not raised. */
export const MIN_RESPONSES = 30;
/** Facility below this: very hard (or a wrong key). */
export const FACILITY_LOW = 0.2;
/** Facility above this: very easy (tells nobody apart). */
export const FACILITY_HIGH = 0.95;

/** One taker's response to one item, with what the rest of the attempt tells about the taker. */
export type ItemResponse = {
  /** Authored option index chosen, or null when left blank. */
  selected: number | null;
  correct: boolean;
  timeMs: number;
  /** Share correct on the rest of the attempt (see restScore), or null for a one-item attempt. */
  rest: number | null;
};

/**
 * Sufficient statistics for one item version: what SQL sums up, and what `accumulate` builds from
 * raw responses. x = 1 when correct; y = the rest score. The pair sums cover answered responses
 * with a rest score.
 */
export type ItemAggregate = {
  answered: number;
  omitted: number;
  correct: number;
  timedCount: number;
  timeSumMs: number;
  pairs: number;
  sumX: number;
  sumY: number;
  sumYY: number;
  sumXY: number;
  /** Answers per authored option index; options nobody chose may be missing. */
  optionCounts: Record<number, number>;
};

export const FLAG_CODES = [
  "very-hard",
  "very-easy",
  "negative-discrimination",
  "unused-distractor",
  "open-reports",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export type Flag = { code: FlagCode; label: string; detail: string };

export const FLAG_LABELS: Record<FlagCode, string> = {
  "very-hard": "Very hard",
  "very-easy": "Very easy",
  "negative-discrimination": "Negative discrimination",
  "unused-distractor": "Unused distractor",
  "open-reports": "Open reports",
};

export type OptionShare = { option: number; count: number; share: number | null; isKey: boolean };

export type ItemStatistics = {
  answered: number;
  omitted: number;
  correct: number;
  /** correct / answered, or null with no answers. */
  facility: number | null;
  /** Corrected point-biserial, or null when undefined (fewer than 2 pairs, or no variation). */
  discrimination: number | null;
  meanTimeMs: number | null;
  options: OptionShare[];
  openReports: number;
  totalReports: number;
  flags: Flag[];
};

export const emptyAggregate = (): ItemAggregate => ({
  answered: 0,
  omitted: 0,
  correct: 0,
  timedCount: 0,
  timeSumMs: 0,
  pairs: 0,
  sumX: 0,
  sumY: 0,
  sumYY: 0,
  sumXY: 0,
  optionCounts: {},
});

/** The taker's share correct on the other items of the attempt, or null when there are none. */
export function restScore(attemptCorrect: number, attemptItems: number, itemCorrect: boolean): number | null {
  if (attemptItems < 2) return null;
  return (attemptCorrect - (itemCorrect ? 1 : 0)) / (attemptItems - 1);
}

/** Builds the sufficient statistics from raw responses (the SQL query computes the same sums). */
export function accumulate(responses: Iterable<ItemResponse>): ItemAggregate {
  const a = emptyAggregate();
  for (const r of responses) {
    if (r.selected === null) {
      a.omitted += 1;
      continue;
    }
    const x = r.correct ? 1 : 0;
    a.answered += 1;
    a.correct += x;
    a.optionCounts[r.selected] = (a.optionCounts[r.selected] ?? 0) + 1;
    if (r.timeMs > 0) {
      a.timedCount += 1;
      a.timeSumMs += r.timeMs;
    }
    if (r.rest !== null) {
      a.pairs += 1;
      a.sumX += x;
      a.sumY += r.rest;
      a.sumYY += r.rest * r.rest;
      a.sumXY += x * r.rest;
    }
  }
  return a;
}

/**
 * Pearson's r from sums, with x binary (so Σx² = Σx). Null when undefined: fewer than two pairs,
 * everyone right or everyone wrong, or every taker with the same rest score.
 */
export function pointBiserial(a: Pick<ItemAggregate, "pairs" | "sumX" | "sumY" | "sumYY" | "sumXY">) {
  const n = a.pairs;
  if (n < 2) return null;
  const covariance = n * a.sumXY - a.sumX * a.sumY;
  const varX = n * a.sumX - a.sumX * a.sumX;
  const varY = n * a.sumYY - a.sumY * a.sumY;
  // Float sums of identical rest scores can leave a tiny non-zero variance; treat it as zero.
  if (varX <= 0 || varY <= 1e-9 * n * n) return null;
  const r = covariance / Math.sqrt(varX * varY);
  return Math.max(-1, Math.min(1, r));
}

/** The statistics of one item version, with its flags. */
export function itemStatistics(
  a: ItemAggregate,
  item: { correctOption: number; optionCount: number; openReports?: number; totalReports?: number },
): ItemStatistics {
  const facility = a.answered ? a.correct / a.answered : null;
  const options: OptionShare[] = Array.from({ length: item.optionCount }, (_, option) => {
    const count = a.optionCounts[option] ?? 0;
    return {
      option,
      count,
      share: a.answered ? count / a.answered : null,
      isKey: option === item.correctOption,
    };
  });
  const stats: ItemStatistics = {
    answered: a.answered,
    omitted: a.omitted,
    correct: a.correct,
    facility,
    discrimination: pointBiserial(a),
    meanTimeMs: a.timedCount ? a.timeSumMs / a.timedCount : null,
    options,
    openReports: item.openReports ?? 0,
    totalReports: item.totalReports ?? 0,
    flags: [],
  };
  stats.flags = needsChecking(stats);
  return stats;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Why an item needs an author's eye. Data-driven flags wait for MIN_RESPONSES answers, so three
 * early takers cannot brand an item; open reports always count.
 */
export function needsChecking(
  s: Pick<ItemStatistics, "answered" | "facility" | "discrimination" | "options" | "openReports">,
  minResponses = MIN_RESPONSES,
): Flag[] {
  const flags: Flag[] = [];
  const flag = (code: FlagCode, detail: string) => flags.push({ code, label: FLAG_LABELS[code], detail });
  const enough = s.answered >= minResponses;
  if (enough && s.facility !== null && s.facility < FACILITY_LOW)
    flag("very-hard", `Only ${pct(s.facility)} answer correctly — check the key and the wording.`);
  if (enough && s.facility !== null && s.facility > FACILITY_HIGH)
    flag("very-easy", `${pct(s.facility)} answer correctly — it hardly separates anyone.`);
  if (enough && s.discrimination !== null && s.discrimination < 0)
    flag(
      "negative-discrimination",
      `Stronger takers do worse on it (r = ${s.discrimination.toFixed(2)}) — often a wrong key or a trap.`,
    );
  const unused = s.options
    .filter((o) => !o.isKey && o.count === 0)
    .map((o) => OPTION_LETTERS[o.option] ?? "?");
  if (enough && unused.length)
    flag(
      "unused-distractor",
      `Nobody picks option${unused.length > 1 ? "s" : ""} ${unused.join(", ")} — make it plausible or replace it.`,
    );
  if (s.openReports > 0)
    flag("open-reports", `${s.openReports} open report${s.openReports > 1 ? "s" : ""} from learners.`);
  return flags;
}

// ───────────── sorting and filtering the statistics table ─────────────

export const SORT_KEYS = [
  "item",
  "answered",
  "facility",
  "discrimination",
  "time",
  "reports",
  "flags",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

/** The direction a column sorts in when first chosen: problems first (hard, weak, slow, reported). */
export const DEFAULT_DIR: Record<SortKey, SortDir> = {
  item: "asc",
  answered: "desc",
  facility: "asc",
  discrimination: "asc",
  time: "desc",
  reports: "desc",
  flags: "desc",
};

export type SortableRow = { externalId: string; stats: ItemStatistics };

function sortValue(row: SortableRow, key: SortKey): number | string | null {
  const s = row.stats;
  switch (key) {
    case "item":
      return row.externalId;
    case "answered":
      return s.answered;
    case "facility":
      return s.facility;
    case "discrimination":
      return s.discrimination;
    case "time":
      return s.meanTimeMs;
    case "reports":
      return s.openReports;
    case "flags":
      return s.flags.length;
  }
}

/**
 * Sorts a copy of the rows. Missing values (no answers yet) go last in either direction, so
 * "lowest facility first" starts with real data; ties fall back to the item id.
 */
export function sortRows<T extends SortableRow>(rows: T[], key: SortKey, dir: SortDir): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb) {
      const c = typeof va === "string" ? va.localeCompare(String(vb)) : va - (vb as number);
      return sign * c;
    }
    return a.externalId.localeCompare(b.externalId);
  });
}

/** "any" keeps items with at least one flag; a flag code keeps items with that flag. */
export function matchesCheck(stats: ItemStatistics, check: FlagCode | "any" | undefined): boolean {
  if (!check) return true;
  if (check === "any") return stats.flags.length > 0;
  return stats.flags.some((f) => f.code === check);
}
