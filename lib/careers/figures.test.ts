import { describe, expect, it } from "vitest";
import {
  chartRows,
  figureDate,
  figureValue,
  headlineFigure,
  ordinal,
  type SalaryFigureLike,
} from "./figures";

const base: SalaryFigureLike = {
  kind: "AVERAGE",
  label: "x",
  amount: null,
  low: null,
  high: null,
  percentile: null,
  premiumAmount: null,
  premiumPercent: null,
  baseline: null,
  location: null,
  year: null,
};

describe("salary figures", () => {
  it("formats each kind the way the source states it", () => {
    expect(figureValue({ ...base, kind: "RANGE", low: 73334, high: 183259 })).toBe("$73,334 – $183,259");
    expect(figureValue({ ...base, amount: 85504 })).toBe("$85,504");
    expect(figureValue({ ...base, kind: "PERCENTILE", amount: 122000, percentile: 90 })).toBe(
      "$122,000 (90th percentile)",
    );
    expect(figureValue({ ...base, kind: "BONUS", amount: 1096, premiumPercent: 1 })).toBe(
      "$1,096 a year (about 1% of pay)",
    );
    expect(figureValue({ ...base, kind: "LOCATION_PREMIUM", premiumAmount: 17381, baseline: 85173 })).toBe(
      "+$17,381 vs $85,173 national",
    );
    expect(figureValue({ ...base, kind: "LOCATION_PREMIUM", amount: 119416, premiumPercent: 51 })).toBe(
      "$119,416 · +51% vs US average",
    );
  });

  it("never invents a year", () => {
    expect(figureDate({ year: null })).toBe("undated");
    expect(figureDate({ year: 2021 })).toBe("2021");
  });

  it("picks a range as the headline when there is one", () => {
    const avg = { ...base, amount: 1 };
    const range = { ...base, kind: "RANGE" as const, low: 1, high: 2 };
    expect(headlineFigure([avg, range])).toBe(range);
    expect(headlineFigure([avg])).toBe(avg);
  });

  it("charts ranges as floating bars and amounts from zero, skipping premiums", () => {
    expect(
      chartRows([
        { ...base, kind: "RANGE", label: "r", low: 10, high: 30 },
        { ...base, label: "a", amount: 20 },
        { ...base, kind: "LOCATION_PREMIUM", label: "p", premiumAmount: 5 },
      ]),
    ).toEqual([
      { label: "r", start: 10, span: 20, kind: "range" },
      { label: "a", start: 0, span: 20, kind: "amount" },
    ]);
  });

  it("writes English ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 90].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "90th",
    ]);
  });
});
