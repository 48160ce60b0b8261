import "server-only";
import { endOfLocalDay } from "@/lib/progress/days";
import { MAX_REVIEWS_PER_SESSION } from "@/lib/plan/study-plan";
import { createAttempt, newSeed, type Slot } from "./attempts";
import { db } from "./db";
import { invalid } from "./errors";

/** Review cards due by the end of the learner's day, for questions still in the bank. */
export async function countDueReviews(userId: string, timeZone: string, now = new Date()): Promise<number> {
  return db().reviewCard.count({
    where: { userId, due: { lt: endOfLocalDay(now, timeZone) }, question: { status: "ACTIVE" } },
  });
}

/**
 * A review session: today's due cards, earliest first, as a tutor-style attempt (feedback after
 * each answer). Each answer reschedules its card the moment it is given (lib/server/learning.ts).
 */
export async function startReviewSession(userId: string, now = new Date()): Promise<string> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, targetCertificationSlug: true },
  });
  const cards = await db().reviewCard.findMany({
    where: { userId, due: { lt: endOfLocalDay(now, user.timeZone) }, question: { status: "ACTIVE" } },
    orderBy: { due: "asc" },
    take: MAX_REVIEWS_PER_SESSION,
    select: {
      question: {
        select: {
          id: true,
          topicId: true,
          currentVersion: { select: { id: true, fixedOrder: true, optionTexts: true } },
          certifications: { select: { certification: { select: { id: true, slug: true } } } },
        },
      },
    },
  });
  const questions = cards.map((c) => c.question).filter((q) => q.currentVersion);
  if (!questions.length) throw invalid("Nothing is due for review right now — well done.");

  // The attempt is filed under the learner's target certification when the cards belong to it.
  const certs = questions.flatMap((q) => q.certifications.map((c) => c.certification));
  const cert = certs.find((c) => c.slug === user.targetCertificationSlug) ?? certs[0];
  if (!cert) throw invalid("These review questions are no longer part of any certification.");
  const domainOf = new Map(
    (
      await db().domainTopic.findMany({
        where: { domain: { certificationId: cert.id }, topicId: { in: questions.map((q) => q.topicId) } },
        select: { topicId: true, domainId: true },
      })
    ).map((d) => [d.topicId, d.domainId]),
  );
  const slots: Slot[] = questions.map((q) => ({
    questionId: q.id,
    versionId: q.currentVersion!.id,
    domainId: domainOf.get(q.topicId) ?? "",
    fixedOrder: q.currentVersion!.fixedOrder,
    optionCount: q.currentVersion!.optionTexts.length,
  }));
  const attempt = await createAttempt(
    userId,
    {
      mode: "REVIEW",
      immediateFeedback: true,
      certificationId: cert.id,
      title: `Review session · ${slots.length} question${slots.length === 1 ? "" : "s"}`,
      seed: newSeed(),
      config: { kind: "review" },
      timeLimitSeconds: null,
    },
    slots,
  );
  return attempt.id;
}
