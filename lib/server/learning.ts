import "server-only";
import type postgres from "postgres";
import { addEvidence, type Answer, type EvidenceState } from "@/lib/mastery/mastery";
import { localDay } from "@/lib/progress/days";
import { review, type CardState, type ReviewEntry } from "@/lib/review/schedule";
import { newId } from "./ids";
import { sql } from "./sql";

/**
 * Turns given answers into learning state — topic mastery, daily activity, the per-question
 * history and FSRS review cards — exactly once per answer.
 *
 * An answer counts when it becomes final: at once in tutor and review sessions (the key has been
 * shown, so it can no longer change) and when the attempt is finished otherwise. The claim
 * (`recordedAt` set where it was null) and every update share one transaction, so a retry or a
 * second tab can never count an answer twice, and a failure counts it not at all.
 */

type Tx = postgres.TransactionSql;

type Claimed = {
  userId: string;
  questionId: string;
  topicId: string;
  isCorrect: boolean;
  confidence: "SURE" | "UNSURE" | null;
  timeSpentMs: number;
  answeredAt: Date;
};

/** Records the answers of an attempt (or one position of it) that are not counted yet. */
export async function recordAnswers(attemptId: string, position?: number, now = new Date()) {
  await sql().begin((tx) => recordAnswersIn(tx, attemptId, position, now));
}

export async function recordAnswersIn(tx: Tx, attemptId: string, position: number | undefined, now: Date) {
  const claimed = await tx<Claimed[]>`
    UPDATE "AttemptItem" ai SET "recordedAt" = ${now}
    FROM "Attempt" a, "QuestionVersion" qv, "Question" q
    WHERE ai."attemptId" = ${attemptId} AND a.id = ai."attemptId"
      AND qv.id = ai."questionVersionId" AND q.id = qv."questionId"
      AND ai."recordedAt" IS NULL AND ai."isCorrect" IS NOT NULL
      ${position === undefined ? tx`` : tx`AND ai.position = ${position}`}
    RETURNING a."userId", q.id AS "questionId", q."topicId", ai."isCorrect", ai.confidence,
              ai."timeSpentMs", coalesce(ai."answeredAt", ${now}) AS "answeredAt"`;
  if (!claimed.length) return;
  const userId = claimed[0]!.userId;
  // One writer per user at a time for the running totals below (two tabs finishing together).
  await tx`SELECT pg_advisory_xact_lock(hashtext(${userId}))`;
  const [user] = await tx<{ timeZone: string; targetRetention: number }[]>`
    SELECT "timeZone", "targetRetention" FROM "User" WHERE id = ${userId}`;
  if (!user) return;

  await updateMastery(tx, userId, claimed);
  await updateActivity(tx, userId, claimed, user.timeZone);
  await updateHistory(tx, userId, claimed);
  await updateReviewCards(tx, userId, claimed, user.targetRetention);
}

async function updateMastery(tx: Tx, userId: string, claimed: Claimed[]) {
  const byTopic = groupBy(claimed, (c) => c.topicId);
  const stored = await tx<(EvidenceState & { topicId: string; referenceAt: Date })[]>`
    SELECT "topicId", "weightedCorrect", "weightedTotal", "referenceAt"
    FROM "TopicMastery" WHERE "userId" = ${userId} AND "topicId" = ANY(${tx.array([...byTopic.keys()])}::text[])`;
  const prior = new Map(stored.map((s) => [s.topicId, { ...s, referenceAt: s.referenceAt.getTime() }]));
  const rows = [...byTopic].map(([topicId, answers]) => {
    const evidence: Answer[] = answers.map((a) => ({ correct: a.isCorrect, at: a.answeredAt.getTime() }));
    const next = addEvidence(
      prior.get(topicId) ?? { weightedCorrect: 0, weightedTotal: 0, referenceAt: 0 },
      evidence,
    );
    return {
      topicId,
      next,
      answered: answers.length,
      correct: answers.filter((a) => a.isCorrect).length,
      last: new Date(Math.max(...evidence.map((e) => e.at))),
    };
  });
  await tx`
    INSERT INTO "TopicMastery" ("userId", "topicId", "weightedCorrect", "weightedTotal", "referenceAt", answered, correct, "lastAnsweredAt")
    SELECT ${userId}, * FROM unnest(
      ${tx.array(rows.map((r) => r.topicId))}::text[], ${tx.array(rows.map((r) => r.next.weightedCorrect))}::float8[],
      ${tx.array(rows.map((r) => r.next.weightedTotal))}::float8[], ${tx.array(rows.map((r) => iso(r.next.referenceAt)))}::timestamp[],
      ${tx.array(rows.map((r) => r.answered))}::int[], ${tx.array(rows.map((r) => r.correct))}::int[], ${tx.array(rows.map((r) => iso(r.last)))}::timestamp[])
    ON CONFLICT ("userId", "topicId") DO UPDATE SET
      "weightedCorrect" = EXCLUDED."weightedCorrect", "weightedTotal" = EXCLUDED."weightedTotal",
      "referenceAt" = EXCLUDED."referenceAt",
      answered = "TopicMastery".answered + EXCLUDED.answered, correct = "TopicMastery".correct + EXCLUDED.correct,
      "lastAnsweredAt" = greatest("TopicMastery"."lastAnsweredAt", EXCLUDED."lastAnsweredAt")`;
}

async function updateActivity(tx: Tx, userId: string, claimed: Claimed[], timeZone: string) {
  const cells = groupBy(claimed, (c) => `${localDay(c.answeredAt, timeZone)}|${c.topicId}`);
  const keys = [...cells.keys()].map((k) => k.split("|") as [string, string]);
  const counts = [...cells.values()];
  await tx`
    INSERT INTO "ActivityDay" ("userId", day, "topicId", answered, correct)
    SELECT ${userId}, * FROM unnest(${tx.array(keys.map((k) => k[0]))}::date[], ${tx.array(keys.map((k) => k[1]))}::text[],
      ${tx.array(counts.map((c) => c.length))}::int[], ${tx.array(counts.map((c) => c.filter((x) => x.isCorrect).length))}::int[])
    ON CONFLICT ("userId", day, "topicId") DO UPDATE SET
      answered = "ActivityDay".answered + EXCLUDED.answered, correct = "ActivityDay".correct + EXCLUDED.correct`;
}

async function updateHistory(tx: Tx, userId: string, claimed: Claimed[]) {
  // One attempt holds a question at most once, so each row here is a different question.
  await tx`
    INSERT INTO "UserQuestion" ("userId", "questionId", answered, correct, "lastCorrect", "lastAnsweredAt")
    SELECT ${userId}, q, 1, CASE WHEN c THEN 1 ELSE 0 END, c, t
    FROM unnest(${tx.array(claimed.map((c) => c.questionId))}::text[], ${tx.array(claimed.map((c) => c.isCorrect))}::bool[],
                ${tx.array(claimed.map((c) => iso(c.answeredAt)))}::timestamp[]) AS x(q, c, t)
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      answered = "UserQuestion".answered + 1, correct = "UserQuestion".correct + EXCLUDED.correct,
      "lastCorrect" = CASE WHEN EXCLUDED."lastAnsweredAt" >= "UserQuestion"."lastAnsweredAt" THEN EXCLUDED."lastCorrect" ELSE "UserQuestion"."lastCorrect" END,
      "lastAnsweredAt" = greatest("UserQuestion"."lastAnsweredAt", EXCLUDED."lastAnsweredAt")`;
}

type StoredCard = CardState & { id: string; questionId: string };

async function updateReviewCards(tx: Tx, userId: string, claimed: Claimed[], retention: number) {
  const existing = await tx<StoredCard[]>`
    SELECT id, "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps",
           reps, lapses, state, "lastReview"
    FROM "ReviewCard" WHERE "userId" = ${userId} AND "questionId" = ANY(${tx.array(claimed.map((c) => c.questionId))}::text[])`;
  const cards = new Map(existing.map((c) => [c.questionId, c]));
  const changed = new Set<string>();
  const logs: (ReviewEntry & { cardId: string })[] = [];
  // Oldest first, so a card reviewed twice in one batch is scheduled in order.
  for (const answer of [...claimed].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime())) {
    const card = cards.get(answer.questionId) ?? null;
    const next = review(card, answer, answer.answeredAt, retention);
    if (!next) continue;
    // New cards get their id here: the per-user lock above means no other insert can race it.
    const id = card?.id ?? newId();
    cards.set(answer.questionId, { ...next.card, id, questionId: answer.questionId });
    changed.add(answer.questionId);
    logs.push({ ...next.log, cardId: id });
  }
  if (!changed.size) return;

  // One statement for all cards and one for all logs: a finished exam can touch a hundred cards.
  const rows = [...changed].map((q) => cards.get(q)!);
  await tx`
    INSERT INTO "ReviewCard" (id, "userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays",
                              "learningSteps", reps, lapses, state, "lastReview", "updatedAt")
    SELECT id, ${userId}, q, due, stability, difficulty, elapsed, scheduled, steps, reps, lapses, state, last, now()
    FROM unnest(${tx.array(rows.map((c) => c.id))}::text[], ${tx.array(rows.map((c) => c.questionId))}::text[],
                ${tx.array(rows.map((c) => iso(c.due)))}::timestamp[], ${tx.array(rows.map((c) => c.stability))}::float8[],
                ${tx.array(rows.map((c) => c.difficulty))}::float8[], ${tx.array(rows.map((c) => c.elapsedDays))}::int[],
                ${tx.array(rows.map((c) => c.scheduledDays))}::int[], ${tx.array(rows.map((c) => c.learningSteps))}::int[],
                ${tx.array(rows.map((c) => c.reps))}::int[], ${tx.array(rows.map((c) => c.lapses))}::int[],
                ${tx.array(rows.map((c) => c.state))}::int[],
                ${tx.array(rows.map((c) => (c.lastReview ? iso(c.lastReview) : null)))}::timestamp[])
      AS x(id, q, due, stability, difficulty, elapsed, scheduled, steps, reps, lapses, state, last)
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      due = EXCLUDED.due, stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty,
      "elapsedDays" = EXCLUDED."elapsedDays", "scheduledDays" = EXCLUDED."scheduledDays",
      "learningSteps" = EXCLUDED."learningSteps", reps = EXCLUDED.reps, lapses = EXCLUDED.lapses,
      state = EXCLUDED.state, "lastReview" = EXCLUDED."lastReview", "updatedAt" = now()`;
  await tx`
    INSERT INTO "ReviewLog" (id, "cardId", rating, state, due, stability, difficulty, "elapsedDays", "scheduledDays", "reviewedAt")
    SELECT * FROM unnest(${tx.array(logs.map(() => newId()))}::text[], ${tx.array(logs.map((l) => l.cardId))}::text[],
                         ${tx.array(logs.map((l) => l.rating))}::int[], ${tx.array(logs.map((l) => l.state))}::int[],
                         ${tx.array(logs.map((l) => iso(l.due)))}::timestamp[], ${tx.array(logs.map((l) => l.stability))}::float8[],
                         ${tx.array(logs.map((l) => l.difficulty))}::float8[], ${tx.array(logs.map((l) => l.elapsedDays))}::int[],
                         ${tx.array(logs.map((l) => l.scheduledDays))}::int[], ${tx.array(logs.map((l) => iso(l.reviewedAt)))}::timestamp[])`;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = m.get(k);
    if (list) list.push(item);
    else m.set(k, [item]);
  }
  return m;
}

/** TIMESTAMP(3) columns hold UTC wall time (Prisma's convention). */
const iso = (d: Date | number) => new Date(d).toISOString();
