import { beforeAll, describe, expect, it } from "vitest";
import { ZStartExam } from "@/lib/schemas/attempt";
import { finalizeAttempt, saveAnswer, startAttempt, submitAttempt } from "@/lib/server/attempts";
import { db } from "@/lib/server/db";
import { localDay, weekStart } from "@/lib/progress/days";
import { getDashboard, getTopicStanding } from "@/lib/server/progress";
import { countDueReviews, startReviewSession } from "@/lib/server/review";
import { sql } from "@/lib/server/sql";
import { createUser } from "@/lib/server/users";
import { ensureBankImported, uniqueEmail } from "./helpers";

const newUser = (tag: string) =>
  createUser({ name: `${tag} user`, email: uniqueEmail(tag), password: "a long enough password" });
const start = (userId: string, input: Record<string, unknown>) =>
  startAttempt(userId, ZStartExam.parse(input)).then((a) => a.id);

async function items(attemptId: string) {
  return db().attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: {
      position: true,
      recordedAt: true,
      questionVersion: {
        select: {
          questionId: true,
          correctOption: true,
          optionTexts: true,
          question: { select: { topicId: true } },
        },
      },
    },
  });
}
const wrongOf = (key: number, n: number) => (key + 1) % n;

beforeAll(async () => {
  await ensureBankImported();
}, 120_000);

describe("recording answers into learning state", () => {
  it("counts a finished exam's answers exactly once and makes review cards for missed and unsure ones", async () => {
    const user = await newUser("record");
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    const list = await items(id);
    // Answer the first 12: positions 0–3 wrong, 4–5 right but unsure, 6–11 right and sure; leave the rest.
    let seq = 1;
    for (const it of list.slice(0, 12)) {
      const key = it.questionVersion.correctOption;
      const chosen = it.position < 4 ? wrongOf(key, it.questionVersion.optionTexts.length) : key;
      const confidence = it.position < 6 && it.position >= 4 ? "UNSURE" : "SURE";
      await saveAnswer(user.id, id, {
        position: it.position,
        seq: seq++,
        selectedOption: chosen,
        confidence,
        timeSpentMs: 45_000,
      });
    }
    // Nothing counts while the exam runs (answers may still change).
    expect(await db().topicMastery.count({ where: { userId: user.id } })).toBe(0);

    await submitAttempt(user.id, id);
    await finalizeAttempt(id, "SUBMITTED"); // a second close (another tab, the sweep) changes nothing

    const mastery = await db().topicMastery.findMany({ where: { userId: user.id } });
    expect(mastery.reduce((n, m) => n + m.answered, 0)).toBe(12);
    expect(mastery.reduce((n, m) => n + m.correct, 0)).toBe(8);
    const activity = await db().activityDay.findMany({ where: { userId: user.id } });
    expect(activity.reduce((n, a) => n + a.answered, 0)).toBe(12);
    expect(await db().userQuestion.count({ where: { userId: user.id } })).toBe(12);

    const cards = await db().reviewCard.findMany({ where: { userId: user.id }, include: { logs: true } });
    const expected = new Set(list.slice(0, 6).map((i) => i.questionVersion.questionId));
    expect(new Set(cards.map((c) => c.questionId))).toEqual(expected);
    expect(cards.every((c) => c.logs.length === 1)).toBe(true);
    const after = await items(id);
    expect(after.filter((i) => i.recordedAt).map((i) => i.position)).toEqual([...Array(12).keys()]);
    expect(await countDueReviews(user.id, "UTC")).toBe(6);
  });

  it("counts a tutor answer the moment it is revealed, once, however often it is re-sent", async () => {
    const user = await newUser("tutor-record");
    const id = await start(user.id, {
      certification: "cpia",
      kind: "custom",
      mode: "tutor",
      count: 3,
      timing: "untimed",
    });
    const [first] = await items(id);
    const wrong = wrongOf(first!.questionVersion.correctOption, first!.questionVersion.optionTexts.length);
    await Promise.all([
      saveAnswer(user.id, id, { position: 0, seq: 1, selectedOption: wrong }),
      saveAnswer(user.id, id, { position: 0, seq: 1, selectedOption: wrong }),
      saveAnswer(user.id, id, { position: 0, seq: 2, selectedOption: wrong, flagged: true }),
    ]);
    const m = await db().topicMastery.findMany({ where: { userId: user.id } });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ answered: 1, correct: 0, topicId: first!.questionVersion.question.topicId });
    const card = await db().reviewCard.findFirstOrThrow({
      where: { userId: user.id },
      include: { logs: true },
    });
    expect(card.logs).toHaveLength(1);
  });

  it("reviews due cards in a review session and reschedules each as it is answered", async () => {
    const user = await newUser("review");
    const id = await start(user.id, {
      certification: "cpsa",
      kind: "custom",
      mode: "tutor",
      count: 2,
      timing: "untimed",
    });
    for (const it of await items(id)) {
      const wrong = wrongOf(it.questionVersion.correctOption, it.questionVersion.optionTexts.length);
      await saveAnswer(user.id, id, { position: it.position, seq: 1, selectedOption: wrong });
    }
    expect(await countDueReviews(user.id, "UTC")).toBe(2);

    const reviewId = await startReviewSession(user.id);
    const session = await db().attempt.findUniqueOrThrow({
      where: { id: reviewId },
      select: { mode: true, immediateFeedback: true, itemCount: true },
    });
    expect(session).toEqual({ mode: "REVIEW", immediateFeedback: true, itemCount: 2 });

    const before = await db().reviewCard.findMany({ where: { userId: user.id } });
    const [firstItem] = await items(reviewId);
    const res = await saveAnswer(user.id, reviewId, {
      position: 0,
      seq: 1,
      selectedOption: firstItem!.questionVersion.correctOption,
      timeSpentMs: 30_000,
    });
    expect(res.feedback?.isCorrect).toBe(true);
    const card = await db().reviewCard.findUniqueOrThrow({
      where: { userId_questionId: { userId: user.id, questionId: firstItem!.questionVersion.questionId } },
      include: { logs: true },
    });
    const old = before.find((c) => c.questionId === card.questionId)!;
    expect(card.reps).toBe(old.reps + 1);
    expect(card.logs).toHaveLength(2);
    expect(card.due.getTime() - Date.now()).toBeGreaterThan(20 * 3600_000); // graduated: a day or more away
    expect(await countDueReviews(user.id, "UTC")).toBe(1);
  });

  it("refuses an empty review session with a clear message", async () => {
    const user = await newUser("review-empty");
    await expect(startReviewSession(user.id)).rejects.toMatchObject({ status: 422 });
  });
});

describe("the dashboard on thousands of answers", () => {
  it("agrees with mastery recomputed from the raw answers, ranks the weakest topic first and counts the week", async () => {
    const user = await newUser("dash");
    await db().user.update({
      where: { id: user.id },
      data: { targetCertificationSlug: "ciip", examDate: new Date(Date.now() + 30 * 86_400_000) },
    });
    const now = Date.now();
    // 16 full simulated forms (over 2,000 answers) over the last 60 days. One topic is
    // always answered wrong; the rest right 3 times in 4 (by position).
    const ids: string[] = [];
    for (let f = 0; f < 16; f += 1)
      ids.push(await start(user.id, { certification: "ciip", kind: "simulated" }));
    const first = await items(ids[0]!);
    const weakTopicId = first[0]!.questionVersion.question.topicId;
    for (const [f, id] of ids.entries()) {
      const answeredAt = new Date(now - (60 - f * 4) * 86_400_000);
      await sql()`
        UPDATE "AttemptItem" ai SET
          "selectedOption" = CASE WHEN q."topicId" <> ${weakTopicId} AND ai.position % 4 <> 3 THEN qv."correctOption"
                                  ELSE (qv."correctOption" + 1) % cardinality(qv."optionTexts") END,
          "isCorrect" = (q."topicId" <> ${weakTopicId} AND ai.position % 4 <> 3),
          "answeredAt" = ${answeredAt}, "timeSpentMs" = 50000
        FROM "QuestionVersion" qv, "Question" q
        WHERE ai."attemptId" = ${id} AND qv.id = ai."questionVersionId" AND q.id = qv."questionId"`;
      await finalizeAttempt(id, "SUBMITTED", answeredAt);
    }

    const dash = await getDashboard(user.id, new Date(now));
    const perForm = first.length;
    expect(perForm).toBeGreaterThan(100);
    expect(dash.totalAnswered).toBe(16 * perForm);
    expect(dash.target).not.toBeNull();

    // Recompute each topic's posterior mean from the raw answers in one SQL pass.
    const raw = await sql()<{ slug: string; wc: number; wt: number }[]>`
      SELECT t.slug, sum(CASE WHEN ai."isCorrect" THEN w ELSE 0 END)::float8 AS wc, sum(w)::float8 AS wt
      FROM "AttemptItem" ai
      JOIN "Attempt" a ON a.id = ai."attemptId"
      JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
      JOIN "Question" q ON q.id = qv."questionId"
      JOIN "Topic" t ON t.id = q."topicId",
      LATERAL (SELECT power(0.5, extract(epoch FROM (${new Date(now)}::timestamptz AT TIME ZONE 'UTC') - ai."answeredAt") / (30 * 86400)) AS w) x
      WHERE a."userId" = ${user.id}
      GROUP BY t.slug`;
    expect(raw.length).toBeGreaterThan(20);
    for (const r of raw) {
      const shown = dash.target!.topics.find((t) => t.slug === r.slug);
      if (!shown) continue; // a topic outside the CIIP outline
      expect(shown.estimate.mean).toBeCloseTo((1 + r.wc) / (2 + r.wt), 6);
    }

    const weak = await db().topic.findUniqueOrThrow({ where: { id: weakTopicId }, select: { slug: true } });
    expect(dash.target!.topics[0]!.slug).toBe(weak.slug);
    expect(dash.target!.topics[0]!.estimate.enough).toBe(true);
    // Per-domain answered counts match the raw answers grouped by the attempt item's domain.
    const byDomain = await sql()<{ code: string; n: number }[]>`
      SELECT d.code, count(*)::int AS n FROM "AttemptItem" ai JOIN "Attempt" a ON a.id = ai."attemptId"
      JOIN "Domain" d ON d.id = ai."domainId" WHERE a."userId" = ${user.id} GROUP BY d.code`;
    const total = dash.target!.domains.reduce((n, d) => n + d.answered, 0);
    expect(total).toBe(byDomain.reduce((n, d) => n + d.n, 0));

    const monday = weekStart(localDay(now, "UTC"));
    const [week] = await sql()<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "AttemptItem" ai JOIN "Attempt" a ON a.id = ai."attemptId"
      WHERE a."userId" = ${user.id} AND ai."answeredAt" >= ${new Date(`${monday}T00:00:00Z`)}`;
    expect(dash.week.answered).toBe(week!.n);
    expect(dash.today.answered).toBe(perForm);
    expect(dash.streak).toBe(1);

    expect(dash.target!.readiness.predicted).toBeGreaterThan(40);
    expect(dash.target!.readiness.low).toBeLessThan(dash.target!.readiness.predicted);
    expect(dash.target!.readiness.high).toBeGreaterThan(dash.target!.readiness.predicted);
    expect(dash.scoreHistory).toHaveLength(16);
    expect(dash.due).toBeGreaterThan(0);
    expect(dash.plan.tasks[0]).toMatchObject({ kind: "review" });

    const standing = await getTopicStanding(user.id, weak.slug, new Date(now));
    expect(standing.correct).toBe(0);
    expect(standing.answered).toBeGreaterThan(0);
  }, 120_000);
});
