import { describe, expect, it } from "vitest";
import { expectedItemsPerTopic, rankWeakTopics, type TopicStanding } from "./weak-topics";
import type { Estimate } from "./mastery";

const est = (mean: number): Estimate => ({
  mean,
  variance: 0.01,
  low: 0,
  high: 1,
  evidence: 10,
  enough: true,
});
const topic = (slug: string, mean: number, expectedItems: number): TopicStanding => ({
  slug,
  name: slug,
  domainCode: "A",
  domainName: "Domain",
  expectedItems,
  estimate: est(mean),
  answered: 10,
});

describe("weak topics", () => {
  it("orders by points at stake (gap × expected items), not by mastery alone", () => {
    const ranked = rankWeakTopics([
      topic("rare-and-weak", 0.2, 2), // 0.8 × 2 = 1.6
      topic("common-and-middling", 0.6, 10), // 0.4 × 10 = 4.0
      topic("common-and-strong", 0.9, 10), // 0.1 × 10 = 1.0
    ]);
    expect(ranked.map((t) => t.slug)).toEqual(["common-and-middling", "rare-and-weak", "common-and-strong"]);
    expect(ranked[0]!.pointsAtStake).toBeCloseTo(4, 12);
  });

  it("breaks ties on the lower mastery", () => {
    const ranked = rankWeakTopics([topic("b", 0.5, 4), topic("a", 0.0, 2)]); // both 2.0 points
    expect(ranked.map((t) => t.slug)).toEqual(["a", "b"]);
  });

  it("shares a domain's blueprint count evenly among its topics, summing across domains", () => {
    const m = expectedItemsPerTopic([
      { code: "A", itemCount: 30, topicSlugs: ["x", "y", "z"] },
      { code: "B", itemCount: 8, topicSlugs: ["z", "w"] },
      { code: "C", itemCount: 5, topicSlugs: [] },
    ]);
    expect(Object.fromEntries(m)).toEqual({ x: 10, y: 10, z: 14, w: 4 });
  });
});
