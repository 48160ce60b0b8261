import { describe, expect, it } from "vitest";
import {
  FACILITY_HIGH,
  FACILITY_LOW,
  MIN_RESPONSES,
  accumulate,
  itemStatistics,
  matchesCheck,
  needsChecking,
  pointBiserial,
  restScore,
  sortRows,
  type ItemResponse,
  type ItemStatistics,
} from "./item-stats";

// A tiny hand-worked bank: four finished attempts of the same three items (keys: Q1 → A, Q2 → B,
// Q3 → C). ✓ correct, ✗ wrong, – left blank.
//
//   attempt  Q1        Q2        Q3        total
//   A        ✓ (A)     ✓ (B)     ✓ (C)     3/3
//   B        ✓ (A)     ✗ (A)     ✓ (C)     2/3
//   C        ✗ (B)     ✓ (B)     ✗ (A)     1/3
//   D        ✗ (C)     ✗ (D)     –         0/3
//
// Rest scores for Q1 (the attempt's share correct on the other two items):
//   A (3−1)/2 = 1,  B (2−1)/2 = 0.5,  C (1−0)/2 = 0.5,  D (0−0)/2 = 0
// Q1: x = 1,1,0,0; y = 1,.5,.5,0 → n=4, Σx=2, Σy=2, Σy²=1.5, Σxy=1.5
//   r = (4·1.5 − 2·2) / √((4·2 − 2²)(4·1.5 − 2²)) = 2 / √(4·2) = 1/√2 ≈ 0.7071
// Q3: answered by A, B, C only (D left it blank): x = 1,1,0; y = 1,.5,.5 → n=3, Σx=2, Σy=2,
//   Σy²=1.5, Σxy=1.5 → r = (4.5 − 4) / √((6 − 4)(4.5 − 4)) = 0.5 / 1 = 0.5
const attempts = [
  { items: [0, 1, 2], key: [0, 1, 2], time: [30_000, 40_000, 50_000] },
  { items: [0, 0, 2], key: [0, 1, 2], time: [20_000, 60_000, 0] },
  { items: [1, 1, 0], key: [0, 1, 2], time: [40_000, 20_000, 10_000] },
  { items: [2, 3, null], key: [0, 1, 2], time: [10_000, 30_000, 0] },
] as const;

function responsesFor(q: number): ItemResponse[] {
  return attempts.map((a) => {
    const correctCount = a.items.filter((sel, i) => sel === a.key[i]).length;
    const selected = a.items[q] ?? null;
    const correct = selected === a.key[q];
    return { selected, correct, timeMs: a.time[q]!, rest: restScore(correctCount, a.items.length, correct) };
  });
}

describe("restScore", () => {
  it("is the share correct on the other items, and undefined for a one-item attempt", () => {
    expect(restScore(3, 3, true)).toBe(1);
    expect(restScore(2, 3, false)).toBe(1);
    expect(restScore(1, 3, true)).toBe(0);
    expect(restScore(0, 1, false)).toBeNull();
  });
});

describe("item statistics on the hand-worked example", () => {
  it("Q1: facility, corrected point-biserial, mean time and option choices", () => {
    const agg = accumulate(responsesFor(0));
    expect(agg).toMatchObject({ answered: 4, omitted: 0, correct: 2, pairs: 4, sumX: 2, sumY: 2 });
    expect(agg.sumYY).toBeCloseTo(1.5, 12);
    expect(agg.sumXY).toBeCloseTo(1.5, 12);
    const s = itemStatistics(agg, { correctOption: 0, optionCount: 4 });
    expect(s.facility).toBe(0.5);
    expect(s.discrimination).toBeCloseTo(Math.SQRT1_2, 12);
    expect(s.meanTimeMs).toBe(25_000); // (30 + 20 + 40 + 10) / 4 seconds
    expect(s.options).toEqual([
      { option: 0, count: 2, share: 0.5, isKey: true },
      { option: 1, count: 1, share: 0.25, isKey: false },
      { option: 2, count: 1, share: 0.25, isKey: false },
      { option: 3, count: 0, share: 0, isKey: false },
    ]);
  });

  it("Q2: correctness unrelated to the rest of the attempt gives r = 0", () => {
    // x = 1,0,1,0; rest = (3−1)/2=1, (2−0)/2=1, (1−1)/2=0, 0 → Σx=2, Σy=2, Σy²=2, Σxy=1 → cov 4−4 = 0
    const s = itemStatistics(accumulate(responsesFor(1)), { correctOption: 1, optionCount: 4 });
    expect(s.facility).toBe(0.5);
    expect(s.discrimination).toBe(0);
  });

  it("Q3: a blank is omitted from facility, choices and discrimination; untimed answers from the mean", () => {
    const s = itemStatistics(accumulate(responsesFor(2)), { correctOption: 2, optionCount: 4 });
    expect(s).toMatchObject({ answered: 3, omitted: 1, correct: 2 });
    expect(s.facility).toBeCloseTo(2 / 3, 12);
    expect(s.discrimination).toBeCloseTo(0.5, 12);
    expect(s.meanTimeMs).toBe(30_000); // 50 s and 10 s; attempt B's 0 ms recorded no time
    expect(s.options.map((o) => o.count)).toEqual([1, 0, 2, 0]);
  });
});

describe("pointBiserial", () => {
  it("is negative when stronger takers get the item wrong", () => {
    // x = 0,0,1,1; y = 1,.8,.2,0 → Σx=2, Σy=2, Σy²=1.68, Σxy=0.2
    // r = (0.8 − 4) / √((8 − 4)(6.72 − 4)) = −3.2 / √10.88 ≈ −0.97014
    const agg = accumulate(
      [1, 0.8, 0.2, 0].map((rest, i) => ({ selected: i < 2 ? 1 : 0, correct: i >= 2, timeMs: 1, rest })),
    );
    expect(pointBiserial(agg)).toBeCloseTo(-3.2 / Math.sqrt(10.88), 12);
  });

  it("is undefined with no variation or fewer than two pairs", () => {
    const all = (correct: boolean, rests: number[]) =>
      accumulate(rests.map((rest) => ({ selected: 0, correct, timeMs: 1, rest })));
    expect(pointBiserial(all(true, [0.1, 0.5, 0.9]))).toBeNull(); // everyone right
    expect(pointBiserial(all(false, [0.1, 0.5, 0.9]))).toBeNull(); // everyone wrong
    expect(
      pointBiserial(
        accumulate([
          { selected: 0, correct: true, timeMs: 1, rest: 0.3 },
          { selected: 1, correct: false, timeMs: 1, rest: 0.3 },
          { selected: 1, correct: false, timeMs: 1, rest: 0.3 },
        ]),
      ),
    ).toBeNull(); // every taker equally strong: 0.3 three times in floating point
    expect(pointBiserial(accumulate([{ selected: 0, correct: true, timeMs: 1, rest: 0.5 }]))).toBeNull();
  });

  it("matches the textbook point-biserial formula (M1 − M0) / s · √(pq) on larger data", () => {
    // A deterministic pseudo-random sample, checked against a two-pass formula written independently.
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const responses: ItemResponse[] = Array.from({ length: 500 }, () => {
      const rest = Math.round(rand() * 29) / 29;
      const correct = rand() < 0.2 + 0.6 * rest;
      return { selected: correct ? 0 : 1 + Math.floor(rand() * 3), correct, timeMs: 1000, rest };
    });
    const ys = responses.map((r) => r.rest!);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const m = mean(ys);
    const sd = Math.sqrt(mean(ys.map((y) => (y - m) ** 2)));
    const m1 = mean(responses.filter((r) => r.correct).map((r) => r.rest!));
    const m0 = mean(responses.filter((r) => !r.correct).map((r) => r.rest!));
    const p = responses.filter((r) => r.correct).length / responses.length;
    const expected = ((m1 - m0) / sd) * Math.sqrt(p * (1 - p));
    expect(pointBiserial(accumulate(responses))).toBeCloseTo(expected, 10);
    expect(expected).toBeGreaterThan(0.2);
  });
});

function stats(overrides: Partial<ItemStatistics>): ItemStatistics {
  return {
    answered: MIN_RESPONSES,
    omitted: 0,
    correct: 0,
    facility: 0.6,
    discrimination: 0.3,
    meanTimeMs: 40_000,
    options: [0, 1, 2, 3].map((option) => ({ option, count: 5, share: 0.25, isKey: option === 0 })),
    openReports: 0,
    totalReports: 0,
    flags: [],
    ...overrides,
  };
}
const codes = (s: ItemStatistics) => needsChecking(s).map((f) => f.code);

describe("needsChecking", () => {
  it("raises nothing on a healthy item", () => {
    expect(codes(stats({}))).toEqual([]);
  });

  it("flags facility outside the thresholds only with enough answers", () => {
    expect(codes(stats({ facility: FACILITY_LOW - 0.01 }))).toEqual(["very-hard"]);
    expect(codes(stats({ facility: FACILITY_LOW }))).toEqual([]);
    expect(codes(stats({ facility: FACILITY_HIGH + 0.01 }))).toEqual(["very-easy"]);
    expect(codes(stats({ facility: FACILITY_HIGH }))).toEqual([]);
    expect(codes(stats({ facility: 0.05, answered: MIN_RESPONSES - 1 }))).toEqual([]);
  });

  it("flags negative discrimination, but not zero or undefined, and not on thin data", () => {
    expect(codes(stats({ discrimination: -0.01 }))).toEqual(["negative-discrimination"]);
    expect(needsChecking(stats({ discrimination: -0.25 }))[0]!.detail).toContain("r = -0.25");
    expect(codes(stats({ discrimination: 0 }))).toEqual([]);
    expect(codes(stats({ discrimination: null }))).toEqual([]);
    expect(codes(stats({ discrimination: -0.5, answered: 3 }))).toEqual([]);
  });

  it("flags distractors nobody picks (never the key), naming them by letter", () => {
    const options = [
      { option: 0, count: 0, share: 0, isKey: true },
      { option: 1, count: 30, share: 1, isKey: false },
      { option: 2, count: 0, share: 0, isKey: false },
      { option: 3, count: 0, share: 0, isKey: false },
    ];
    const flags = needsChecking(stats({ options, facility: 0.5 }));
    expect(flags.map((f) => f.code)).toEqual(["unused-distractor"]);
    expect(flags[0]!.detail).toBe("Nobody picks options C, D — make it plausible or replace it.");
    expect(codes(stats({ options, facility: 0.5, answered: 10 }))).toEqual([]);
  });

  it("flags open reports whatever the amount of data", () => {
    const flags = needsChecking(stats({ answered: 0, facility: null, discrimination: null, openReports: 2 }));
    expect(flags).toEqual([
      { code: "open-reports", label: "Open reports", detail: "2 open reports from learners." },
    ]);
  });

  it("itemStatistics attaches the flags, and a new item with no answers has none", () => {
    const agg = accumulate([]);
    const s = itemStatistics(agg, { correctOption: 1, optionCount: 4 });
    expect(s).toMatchObject({
      answered: 0,
      facility: null,
      discrimination: null,
      meanTimeMs: null,
      flags: [],
    });
    expect(s.options.every((o) => o.share === null)).toBe(true);
  });
});

describe("sorting and filtering", () => {
  const row = (externalId: string, o: Partial<ItemStatistics>) => ({ externalId, stats: stats(o) });
  const rows = [
    row("b", { facility: 0.9, flags: [] }),
    row("a", { facility: null, answered: 0 }),
    row("c", { facility: 0.1, flags: needsChecking(stats({ facility: 0.1 })) }),
    row("d", { facility: 0.9 }),
  ];

  it("sorts either way with missing values last and ties by item id", () => {
    expect(sortRows(rows, "facility", "asc").map((r) => r.externalId)).toEqual(["c", "b", "d", "a"]);
    expect(sortRows(rows, "facility", "desc").map((r) => r.externalId)).toEqual(["b", "d", "c", "a"]);
    expect(sortRows(rows, "item", "desc").map((r) => r.externalId)).toEqual(["d", "c", "b", "a"]);
    expect(sortRows(rows, "flags", "desc")[0]!.externalId).toBe("c");
    expect(rows[0]!.externalId).toBe("b"); // the input is left alone
  });

  it("keeps items with any flag, or with one particular flag", () => {
    expect(rows.filter((r) => matchesCheck(r.stats, "any")).map((r) => r.externalId)).toEqual(["c"]);
    expect(rows.filter((r) => matchesCheck(r.stats, "very-hard"))).toHaveLength(1);
    expect(rows.filter((r) => matchesCheck(r.stats, "very-easy"))).toHaveLength(0);
    expect(rows.filter((r) => matchesCheck(r.stats, undefined))).toHaveLength(4);
  });
});
