import type { Estimate } from "./mastery";

export type TopicStanding = {
  slug: string;
  name: string;
  domainCode: string;
  domainName: string;
  /** Items this topic is expected to contribute to one full exam form. */
  expectedItems: number;
  estimate: Estimate;
  answered: number;
};

export type RankedTopic = TopicStanding & {
  /** Exam points expected to be lost on this topic at today's mastery: (1 − mastery) × expected items. */
  pointsAtStake: number;
};

/**
 * Weakest first, by how many exam points improving the topic is worth: the mastery gap times the
 * topic's share of the blueprint. Ties go to the lower mastery, then the name.
 */
export function rankWeakTopics(topics: readonly TopicStanding[]): RankedTopic[] {
  return topics
    .map((t) => ({ ...t, pointsAtStake: (1 - t.estimate.mean) * t.expectedItems }))
    .sort(
      (a, b) =>
        b.pointsAtStake - a.pointsAtStake ||
        a.estimate.mean - b.estimate.mean ||
        a.name.localeCompare(b.name),
    );
}

/**
 * Expected items per topic on a full form: each domain's blueprint count shared evenly among the
 * domain's topics (the outline gives domain weights, not topic weights).
 */
export function expectedItemsPerTopic(
  domains: readonly { code: string; itemCount: number; topicSlugs: readonly string[] }[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of domains) {
    if (!d.topicSlugs.length) continue;
    const each = d.itemCount / d.topicSlugs.length;
    for (const slug of d.topicSlugs) out.set(slug, (out.get(slug) ?? 0) + each);
  }
  return out;
}
