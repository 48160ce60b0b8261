import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import {
  finalizeAttempt,
  getAttemptResults,
  getRunnerAttempt,
  listAttempts,
  reportQuestion,
  saveAnswer,
  setPaused,
  startAttempt,
  startRetry,
  submitAttempt,
} from "@/lib/server/attempts";
import { ZStartExam } from "@/lib/schemas/attempt";
import { createUser } from "@/lib/server/users";
import { ensureBankImported, uniqueEmail } from "./helpers";

const newUser = (tag: string) =>
  createUser({ name: `${tag} user`, email: uniqueEmail(tag), password: "a long enough password" });
const start = async (userId: string, input: Record<string, unknown>) =>
  (await startAttempt(userId, ZStartExam.parse(input))).id;
const code = (e: unknown) => (e instanceof AppError ? `${e.status}` : String(e));

async function keyOf(attemptId: string, position: number) {
  const item = await db().attemptItem.findUniqueOrThrow({
    where: { attemptId_position: { attemptId, position } },
    select: { questionVersion: { select: { correctOption: true } } },
  });
  return item.questionVersion.correctOption;
}

beforeAll(async () => {
  await ensureBankImported();
}, 120_000);

describe("starting attempts", () => {
  it("refuses to start for an account that no longer exists, writing nothing (401)", async () => {
    const user = await newUser("gone");
    await db().user.delete({ where: { id: user.id } });
    const err = await start(user.id, { certification: "ciip", kind: "quick" }).catch((e: unknown) => e);
    expect(code(err)).toBe("401");
    expect(await db().attempt.count({ where: { userId: user.id } })).toBe(0);
  });

  it("assembles a quick CIIP form exactly to its blueprint, with a server-owned deadline", async () => {
    const user = await newUser("quick");
    const before = Date.now();
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    const attempt = await db().attempt.findUniqueOrThrow({
      where: { id },
      include: {
        items: { include: { domain: true } },
        blueprint: { include: { domains: { include: { domain: true } } } },
      },
    });
    expect(attempt.items).toHaveLength(30);
    const tally: Record<string, number> = {};
    for (const i of attempt.items) tally[i.domain!.code] = (tally[i.domain!.code] ?? 0) + 1;
    expect(tally).toEqual(
      Object.fromEntries(attempt.blueprint!.domains.map((d) => [d.domain.code, d.itemCount])),
    );
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(30 * 60_000);
    expect(attempt.startedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("prefers questions the learner has not seen", async () => {
    const user = await newUser("fresh");
    const first = await start(user.id, { certification: "ciip", kind: "quick" });
    await submitAttempt(user.id, first);
    const second = await start(user.id, { certification: "ciip", kind: "quick" });
    const q = async (id: string) =>
      new Set(
        (
          await db().attemptItem.findMany({
            where: { attemptId: id },
            select: { questionVersion: { select: { questionId: true } } },
          })
        ).map((i) => i.questionVersion.questionId),
      );
    const [a, b] = await Promise.all([q(first), q(second)]);
    expect([...b].filter((x) => a.has(x))).toEqual([]);
  });

  it("builds a custom quiz from chosen topics and refuses an empty pool with a clear 422", async () => {
    const user = await newUser("custom");
    const id = await start(user.id, {
      certification: "cpia",
      kind: "custom",
      topics: ["dicomweb"],
      count: 3,
      mode: "tutor",
      timing: "untimed",
    });
    const attempt = await db().attempt.findUniqueOrThrow({
      where: { id },
      include: {
        items: { include: { questionVersion: { include: { question: { include: { topic: true } } } } } },
      },
    });
    expect(attempt).toMatchObject({ mode: "TUTOR", immediateFeedback: true, itemCount: 3, deadlineAt: null });
    expect(attempt.items.every((i) => i.questionVersion.question.topic.slug === "dicomweb")).toBe(true);
    const err = await start(user.id, {
      certification: "cpia",
      kind: "custom",
      topics: ["dicomweb"],
      pool: "flagged",
    }).catch((e: unknown) => e);
    expect(code(err)).toBe("422");
  });
});

describe("autosave", () => {
  it("is idempotent under concurrent duplicate saves and ignores older sequence numbers", async () => {
    const user = await newUser("dup");
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    const save = { position: 3, seq: 5, selectedOption: 2, flagged: true, struck: [0], timeSpentMs: 4000 };
    const results = await Promise.all(Array.from({ length: 12 }, () => saveAnswer(user.id, id, save)));
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    // A late save from before (seq 4) arrives afterwards and must not overwrite.
    await saveAnswer(user.id, id, { position: 3, seq: 4, selectedOption: 1, flagged: false });
    const item = await db().attemptItem.findUniqueOrThrow({
      where: { attemptId_position: { attemptId: id, position: 3 } },
    });
    expect(item).toMatchObject({
      selectedOption: 2,
      flagged: true,
      struckOptions: [0],
      timeSpentMs: 4000,
      clientSeq: 5,
    });
    expect(await db().attemptItem.count({ where: { attemptId: id } })).toBe(30);
  });

  it("records correctness server-side without telling an exam-mode browser", async () => {
    const user = await newUser("exam");
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    const key = await keyOf(id, 0);
    const res = await saveAnswer(user.id, id, { position: 0, seq: 1, selectedOption: key });
    expect(res).toEqual({ applied: true });
    expect(
      (
        await db().attemptItem.findUniqueOrThrow({
          where: { attemptId_position: { attemptId: id, position: 0 } },
        })
      ).isCorrect,
    ).toBe(true);
    const runner = await getRunnerAttempt(user.id, id);
    expect(runner.items.every((i) => i.feedback === null)).toBe(true);
    expect(JSON.stringify(runner)).not.toMatch(
      /"(correctKey|correctOption|rationales|optionRationales|explanation|references)"/,
    );
  });

  it("shows tutor feedback once answered and locks the answer", async () => {
    const user = await newUser("tutor");
    const id = await start(user.id, { certification: "ciip", kind: "quick", mode: "tutor" });
    const key = await keyOf(id, 1);
    const wrong = (key + 1) % 4;
    const res = await saveAnswer(user.id, id, { position: 1, seq: 1, selectedOption: wrong });
    expect(res.feedback).toMatchObject({ correctKey: key, isCorrect: false });
    expect(res.feedback!.rationales).toHaveLength(4);
    expect(
      code(
        await saveAnswer(user.id, id, { position: 1, seq: 2, selectedOption: key }).catch((e: unknown) => e),
      ),
    ).toBe("409");
    const runner = await getRunnerAttempt(user.id, id);
    expect(runner.items[1]!.feedback?.correctKey).toBe(key);
    expect(runner.items[2]!.feedback).toBeNull();
  });

  it.each([
    ["a position not in the attempt", { position: 30, seq: 1, selectedOption: 0 }, "422"],
    ["an option that does not exist", { position: 0, seq: 1, selectedOption: 7 }, "422"],
    ["a struck option that does not exist", { position: 0, seq: 1, struck: [9] }, "422"],
  ])("refuses %s with a 4xx and writes nothing", async (_label, save, status) => {
    const user = await newUser("bad");
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    const before = await db().attemptItem.findMany({
      where: { attemptId: id },
      orderBy: { position: "asc" },
    });
    expect(code(await saveAnswer(user.id, id, save).catch((e: unknown) => e))).toBe(status);
    expect(
      await db().attemptItem.findMany({ where: { attemptId: id }, orderBy: { position: "asc" } }),
    ).toEqual(before);
  });

  it("treats another user's attempt as not found, for every operation", async () => {
    const owner = await newUser("owner");
    const other = await newUser("other");
    const id = await start(owner.id, { certification: "ciip", kind: "quick" });
    for (const op of [
      () => saveAnswer(other.id, id, { position: 0, seq: 1, selectedOption: 0 }),
      () => getRunnerAttempt(other.id, id),
      () => submitAttempt(other.id, id),
      () => getAttemptResults(other.id, id),
      () => startRetry(other.id, id),
      () => reportQuestion(other.id, id, { position: 0, reason: "TYPO", text: "" }),
    ]) {
      expect(code(await op().catch((e: unknown) => e))).toBe("404");
    }
    expect(await db().attemptItem.count({ where: { attemptId: id, selectedOption: { not: null } } })).toBe(0);
  });
});

describe("the server-owned clock", () => {
  it("keeps the server's deadline on a host whose time zone is not UTC (raw SQL paths)", async () => {
    const tz = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const user = await newUser("tz");
      const started = await startAttempt(user.id, ZStartExam.parse({ certification: "ciip", kind: "quick" }));
      const stored = (await db().attempt.findUniqueOrThrow({ where: { id: started.id } })).deadlineAt!;
      expect(started.deadlineAt!.getTime()).toBe(stored.getTime());
      const err = await saveAnswer(
        user.id,
        started.id,
        { position: 0, seq: 1, selectedOption: 0 },
        new Date(stored.getTime() + 10_000),
      ).catch((e: unknown) => e);
      expect(code(err)).toBe("410");
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("refuses answers after the deadline with 410 and finalizes the attempt itself", async () => {
    const user = await newUser("late");
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    const key = await keyOf(id, 0);
    await saveAnswer(user.id, id, { position: 0, seq: 1, selectedOption: key });
    const deadline = (await db().attempt.findUniqueOrThrow({ where: { id } })).deadlineAt!;
    // Within the grace window a save that was in flight at zero is still accepted…
    await expect(
      saveAnswer(
        user.id,
        id,
        { position: 1, seq: 1, selectedOption: 0 },
        new Date(deadline.getTime() + 2000),
      ),
    ).resolves.toBeDefined();
    // …after it, the server says time is up and closes the attempt.
    const err = await saveAnswer(
      user.id,
      id,
      { position: 2, seq: 1, selectedOption: 0 },
      new Date(deadline.getTime() + 10_000),
    ).catch((e: unknown) => e);
    expect(code(err)).toBe("410");
    const closed = await db().attempt.findUniqueOrThrow({ where: { id } });
    expect(closed).toMatchObject({ status: "EXPIRED", itemCount: 30 });
    expect(closed.submittedAt!.getTime()).toBe(deadline.getTime());
    expect(closed.correctCount).toBeGreaterThanOrEqual(1);
    expect(
      await db().attemptItem.findUniqueOrThrow({
        where: { attemptId_position: { attemptId: id, position: 2 } },
      }),
    ).toMatchObject({ selectedOption: null });
  });

  it("scores an abandoned timed attempt on the next read, so a closed browser still gets a result", async () => {
    const user = await newUser("closed");
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    await db().attempt.update({ where: { id }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
    const list = await listAttempts(user.id);
    expect(list.find((a) => a.id === id)).toMatchObject({ status: "EXPIRED", scorePercent: 0 });
    const results = await getAttemptResults(user.id, id);
    expect(results.items).toHaveLength(30);
    expect(results.items.every((i) => !i.isCorrect)).toBe(true);
  });

  it("pauses tutor sessions only, and moves the deadline by the pause", async () => {
    const user = await newUser("pause");
    const exam = await start(user.id, { certification: "ciip", kind: "quick" });
    expect(code(await setPaused(user.id, exam, true).catch((e: unknown) => e))).toBe("409");
    const tutor = await start(user.id, { certification: "ciip", kind: "quick", mode: "tutor" });
    const t0 = new Date();
    const before = (await db().attempt.findUniqueOrThrow({ where: { id: tutor } })).deadlineAt!;
    await setPaused(user.id, tutor, true, t0);
    expect(
      code(
        await saveAnswer(user.id, tutor, { position: 0, seq: 1, selectedOption: 0 }).catch((e: unknown) => e),
      ),
    ).toBe("409");
    await setPaused(user.id, tutor, false, new Date(t0.getTime() + 120_000));
    const after = (await db().attempt.findUniqueOrThrow({ where: { id: tutor } })).deadlineAt!;
    expect(after.getTime() - before.getTime()).toBe(120_000);
  });
});

describe("submitting and reviewing", () => {
  it("scores per domain, refuses later writes, and retries exactly the missed items", async () => {
    const user = await newUser("submit");
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    for (let p = 0; p < 10; p += 1)
      await saveAnswer(user.id, id, { position: p, seq: 1, selectedOption: await keyOf(id, p) });
    await saveAnswer(user.id, id, { position: 10, seq: 1, selectedOption: ((await keyOf(id, 10)) + 1) % 4 });
    expect(await submitAttempt(user.id, id)).toBe("SUBMITTED");
    expect(await submitAttempt(user.id, id)).toBe("SUBMITTED"); // idempotent
    const results = await getAttemptResults(user.id, id);
    expect(results).toMatchObject({ status: "SUBMITTED", correctCount: 10, itemCount: 30 });
    expect(results.scorePercent).toBeCloseTo(33.3, 1);
    expect(results.domains.reduce((n, d) => n + d.total, 0)).toBe(30);
    expect(results.items[0]!.options.every((o) => o.rationale.length > 0)).toBe(true);

    expect(
      code(
        await saveAnswer(user.id, id, { position: 20, seq: 1, selectedOption: 0 }).catch((e: unknown) => e),
      ),
    ).toBe("409");

    const retry = await startRetry(user.id, id);
    const retryItems = await db().attemptItem.findMany({
      where: { attemptId: retry },
      select: { questionVersionId: true },
    });
    const missed = results.items
      .filter((i) => !i.isCorrect)
      .map((i) => i.questionVersionId)
      .sort();
    expect(retryItems.map((i) => i.questionVersionId).sort()).toEqual(missed);

    await reportQuestion(user.id, id, {
      position: 10,
      reason: "AMBIGUOUS",
      text: "Options B and C both look right.",
    });
    const report = await db().questionReport.findFirstOrThrow({ where: { userId: user.id } });
    expect(report).toMatchObject({
      reason: "AMBIGUOUS",
      status: "OPEN",
      questionVersionId: results.items[10]!.questionVersionId,
    });
  });

  it("never lets a save land after the score was taken: a save racing the submit is counted or refused", async () => {
    const user = await newUser("race");
    for (let round = 0; round < 6; round += 1) {
      const id = await start(user.id, { certification: "ciip", kind: "quick" });
      const keys = await Promise.all([25, 26, 27, 28, 29].map((p) => keyOf(id, p)));
      // Five correct answers arrive while the learner presses Submit.
      const [submitted, ...saves] = await Promise.allSettled([
        submitAttempt(user.id, id),
        ...keys.map((key, i) => saveAnswer(user.id, id, { position: 25 + i, seq: 1, selectedOption: key })),
      ]);
      expect(submitted.status).toBe("fulfilled");
      for (const s of saves) if (s.status === "rejected") expect(code(s.reason)).toBe("409"); // refused: already submitted
      const landed = saves.filter((s) => s.status === "fulfilled" && s.value.applied).length;
      const attempt = await db().attempt.findUniqueOrThrow({ where: { id }, select: { correctCount: true } });
      const correct = await db().attemptItem.count({ where: { attemptId: id, isCorrect: true } });
      const counted = await db().attemptItem.count({ where: { attemptId: id, recordedAt: { not: null } } });
      // What the database holds is exactly what was scored and counted into mastery.
      expect([attempt.correctCount, counted]).toEqual([correct, correct]);
      expect(correct).toBe(landed);
    }
  });

  it("keeps results closed while the attempt is running, and finalizes only once", async () => {
    const user = await newUser("running");
    const id = await start(user.id, { certification: "ciip", kind: "quick" });
    expect(code(await getAttemptResults(user.id, id).catch((e: unknown) => e))).toBe("409");
    await Promise.all([
      finalizeAttempt(id, "SUBMITTED"),
      finalizeAttempt(id, "SUBMITTED"),
      submitAttempt(user.id, id),
    ]);
    expect((await db().attempt.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});
