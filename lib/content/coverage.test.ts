import { describe, expect, it } from "vitest";
import type { Bank } from "./bank";
import { coverage, formShortfalls, formatCoverage } from "./coverage";
import { located, validItem } from "./fixtures";

function bankWith(counts: { topic: string; n: number }[]): Bank {
  const items = counts.flatMap(({ topic, n }) =>
    Array.from({ length: n }, () => located(validItem({ topic }))),
  );
  return {
    certifications: [],
    topics: [],
    roles: { sources: {}, roles: [] },
    blueprints: [
      {
        certification: "ciip",
        outline: "o",
        outlineSource: "https://example.test",
        domains: [
          { code: "A", slug: "a", name: "Alpha", topics: ["t1"] },
          { code: "B", slug: "b", name: "Beta", topics: ["t2", "t3"] },
        ],
        forms: [
          {
            slug: "full",
            kind: "full",
            name: "Full",
            items: 4,
            minutes: 4,
            counts: { A: 1, B: 3 },
            note: "n",
          },
        ],
      },
    ],
    items,
  };
}

describe("coverage", () => {
  it("counts active items per domain against the form and the outline share", () => {
    const rows = coverage(
      bankWith([
        { topic: "t1", n: 2 },
        { topic: "t2", n: 1 },
        { topic: "t3", n: 1 },
      ]),
    );
    expect(rows).toEqual([
      {
        certification: "ciip",
        code: "A",
        domain: "Alpha",
        active: 2,
        fullFormCount: 1,
        outlineShare: 0.25,
        bankShare: 0.5,
      },
      {
        certification: "ciip",
        code: "B",
        domain: "Beta",
        active: 2,
        fullFormCount: 3,
        outlineShare: 0.75,
        bankShare: 0.5,
      },
    ]);
    expect(formatCoverage(rows)).toMatch(/B Beta\s+2\s+3\s+75\.0%\s+50\.0%\s+← short/);
  });

  it("reports a form the bank cannot fill", () => {
    const problems = formShortfalls(
      bankWith([
        { topic: "t1", n: 2 },
        { topic: "t2", n: 1 },
      ]),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        rule: "coverage",
        message: "form full needs 3 items in domain B but the bank has 1 active",
      }),
    ]);
  });
});
