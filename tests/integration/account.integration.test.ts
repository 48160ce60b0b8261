import { beforeAll, describe, expect, it } from "vitest";
import { deleteAccount, EXPORTED_USER_TABLES, exportUserData } from "@/lib/server/account";
import { reportQuestion, saveAnswer, startAttempt, submitAttempt } from "@/lib/server/attempts";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { sql } from "@/lib/server/sql";
import { createUser } from "@/lib/server/users";
import { ZStartExam } from "@/lib/schemas/attempt";
import { ensureBankImported, uniqueEmail } from "./helpers";

const PASSWORD = "a long enough password";
const LETTERS = "ABCDEFGHIJ";

const newUser = (tag: string) =>
  createUser({ name: `${tag} user`, email: uniqueEmail(tag), password: PASSWORD });
const start = (userId: string, input: Record<string, unknown>) =>
  startAttempt(userId, ZStartExam.parse(input)).then((a) => a.id);

async function item(attemptId: string, position: number) {
  return db().attemptItem.findUniqueOrThrow({
    where: { attemptId_position: { attemptId, position } },
    select: { optionOrder: true, questionVersion: { select: { correctOption: true, questionId: true } } },
  });
}

/** The letter the learner saw for an authored option key. */
const shownLetter = (optionOrder: number[], key: number) => LETTERS[optionOrder.indexOf(key)];

/**
 * A user with one of everything: a submitted exam (an answer, a flag), an exam still in progress,
 * a review card with a log, and a report.
 */
async function userWithData(tag: string) {
  const user = await newUser(tag);
  const done = await start(user.id, { certification: "ciip", kind: "custom", count: 3 });
  const first = await item(done, 0);
  const key = first.questionVersion.correctOption;
  await saveAnswer(user.id, done, {
    position: 0,
    seq: 1,
    selectedOption: key,
    flagged: true,
    confidence: "SURE",
    timeSpentMs: 4321,
  });
  await submitAttempt(user.id, done);
  const open = await start(user.id, { certification: "ciip", kind: "custom", count: 2 });
  const card = await db().reviewCard.create({
    data: {
      userId: user.id,
      questionId: first.questionVersion.questionId,
      due: new Date("2027-01-10T00:00:00Z"),
      stability: 3.2,
      difficulty: 5.1,
      elapsedDays: 0,
      scheduledDays: 3,
      reps: 1,
      lapses: 0,
      state: 2,
      lastReview: new Date("2027-01-07T00:00:00Z"),
      logs: {
        create: {
          rating: 3,
          state: 0,
          due: new Date("2027-01-07T00:00:00Z"),
          stability: 0,
          difficulty: 0,
          elapsedDays: 0,
          scheduledDays: 0,
          reviewedAt: new Date("2027-01-07T00:00:00Z"),
        },
      },
    },
  });
  const reportText = `report by ${tag} ${user.id}`;
  await reportQuestion(user.id, done, { position: 0, reason: "TYPO", text: reportText });
  return { user, done, open, first, key, card, reportText };
}

/** Every foreign key to `table`: the referencing (table, column) and the referenced column. */
async function referencing(table: string) {
  return sql()<{ table: string; column: string; refColumn: string }[]>`
    SELECT cl.relname AS "table", a.attname AS "column", ra.attname AS "refColumn"
    FROM pg_constraint c
    JOIN pg_class cl ON cl.oid = c.conrelid
    JOIN pg_class ref ON ref.oid = c.confrelid
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND ref.relname = ${table}
    ORDER BY 1, 2`;
}

/**
 * Row counts, read from the schema itself, of every table holding the user's data: tables with a
 * foreign key to "User" (by that column), and their child tables (through the parent keys owned
 * by the user when `parentKeys` was taken). A per-user table added later is covered unchanged.
 */
async function footprint(userId: string, parentKeys = new Map<string, string[]>()) {
  const counts: Record<string, number> = {};
  const q = sql();
  for (const { table, column } of await referencing("User")) {
    const [own] = await q<{ n: number }[]>`
      SELECT count(*)::int AS n FROM ${q(table)} WHERE ${q(column)} = ${userId}`;
    counts[`${table}.${column}`] = own!.n;
    for (const child of await referencing(table)) {
      const parent = `${table}.${child.refColumn} where ${column}`;
      if (!parentKeys.has(parent)) {
        const [keys] = await q<{ keys: string[] }[]>`
          SELECT coalesce(array_agg(${q(child.refColumn)}::text), '{}') AS keys
          FROM ${q(table)} WHERE ${q(column)} = ${userId}`;
        parentKeys.set(parent, keys!.keys);
      }
      const keys = parentKeys.get(parent) ?? [];
      const [rows] = await q<{ n: number }[]>`
        SELECT count(*)::int AS n FROM ${q(child.table)} WHERE ${q(child.column)}::text = ANY (${keys}::text[])`;
      counts[`${child.table}.${child.column} → ${parent}`] = rows!.n;
    }
  }
  return { counts, parentKeys };
}

beforeAll(async () => {
  await ensureBankImported();
}, 120_000);

describe("export", () => {
  it("contains the user's profile, attempts with answers, review cards and reports — and nothing of anyone else", async () => {
    const alice = await userWithData("export-alice");
    const bob = await userWithData("export-bob");

    const data = await exportUserData(alice.user.id);
    expect(data).toMatchObject({ format: "readroom-export", version: 1 });
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.profile).toMatchObject({ id: alice.user.id, email: alice.user.email, role: "LEARNER" });
    expect(data.profile).not.toHaveProperty("passwordHash");

    expect(data.attempts.map((a) => a.id)).toEqual([alice.done, alice.open]);
    const done = data.attempts[0]!;
    expect(done).toMatchObject({
      status: "SUBMITTED",
      mode: "CUSTOM",
      immediateFeedback: false,
      answerKeys: "all",
      itemCount: 3,
    });
    expect(done.items).toHaveLength(3);
    const answered = done.items[0]!;
    const versions = await db().attemptItem.findMany({
      where: { attemptId: alice.done },
      orderBy: { position: "asc" },
      select: {
        optionOrder: true,
        questionVersion: {
          select: {
            version: true,
            stem: true,
            optionTexts: true,
            question: { select: { externalId: true } },
          },
        },
      },
    });
    const v0 = versions[0]!;
    const letter = shownLetter(alice.first.optionOrder, alice.key);
    expect(answered).toMatchObject({
      position: 1,
      question: { externalId: v0.questionVersion.question.externalId, version: v0.questionVersion.version },
      stem: v0.questionVersion.stem,
      selected: letter,
      correct: letter,
      isCorrect: true,
      flagged: true,
      confidence: "SURE",
      timeSpentMs: 4321,
    });
    expect(answered.answeredAt).toBeInstanceOf(Date);
    // Options in the order this learner saw them, labelled as on screen.
    expect(answered.options).toEqual(
      v0.optionOrder.map((k, i) => ({ label: LETTERS[i], text: v0.questionVersion.optionTexts[k] })),
    );
    // Unanswered items of a finished attempt still show the key; the answer is simply missing.
    expect(done.items[1]).toMatchObject({ selected: null, isCorrect: null, flagged: false });
    expect(done.items[1]!.correct).toMatch(/^[A-J]$/);

    expect(data.reviewCards).toHaveLength(1);
    expect(data.reviewCards[0]).toMatchObject({
      question: v0.questionVersion.question.externalId,
      stability: 3.2,
      difficulty: 5.1,
      reps: 1,
      lapses: 0,
      state: 2,
      logs: [{ rating: 3, state: 0 }],
    });
    expect(data.reports).toEqual([
      expect.objectContaining({
        reason: "TYPO",
        text: alice.reportText,
        status: "OPEN",
        question: { externalId: v0.questionVersion.question.externalId, version: v0.questionVersion.version },
      }),
    ]);

    const json = JSON.stringify(data);
    for (const foreign of [bob.user.id, bob.user.email, bob.done, bob.open, bob.reportText, bob.card.id])
      expect(json).not.toContain(foreign);
    expect(json).not.toMatch(/argon2|passwordHash/);
  });

  it("never reveals the key of an exam still in progress, even for an answered item", async () => {
    const user = await newUser("export-inprogress");
    const exam = await start(user.id, { certification: "ciip", kind: "quick" });
    const tutor = await start(user.id, {
      certification: "ciip",
      kind: "custom",
      count: 3,
      mode: "tutor",
      timing: "untimed",
    });
    const examItem = await item(exam, 0);
    await saveAnswer(user.id, exam, {
      position: 0,
      seq: 1,
      selectedOption: examItem.questionVersion.correctOption,
    });
    const tutorItem = await item(tutor, 0);
    await saveAnswer(user.id, tutor, {
      position: 0,
      seq: 1,
      selectedOption: tutorItem.questionVersion.correctOption,
    });

    const data = await exportUserData(user.id);
    const examExport = data.attempts.find((a) => a.id === exam)!;
    expect(examExport).toMatchObject({ mode: "EXAM", status: "IN_PROGRESS", answerKeys: "none" });
    // The answer itself is the learner's and is exported; whether it is right is not.
    expect(examExport.items[0]!.selected).toBe(
      shownLetter(examItem.optionOrder, examItem.questionVersion.correctOption),
    );
    for (const i of examExport.items) expect(i).toMatchObject({ correct: null, isCorrect: null });

    // A tutor session already showed the key of answered items, and only of those.
    const tutorExport = data.attempts.find((a) => a.id === tutor)!;
    expect(tutorExport).toMatchObject({ status: "IN_PROGRESS", answerKeys: "answered" });
    expect(tutorExport.items[0]).toMatchObject({
      correct: shownLetter(tutorItem.optionOrder, tutorItem.questionVersion.correctOption),
      isCorrect: true,
    });
    expect(tutorExport.items[1]).toMatchObject({ correct: null, isCorrect: null });

    await submitAttempt(user.id, exam);
    const after = await exportUserData(user.id);
    const submitted = after.attempts.find((a) => a.id === exam)!;
    expect(submitted).toMatchObject({ status: "SUBMITTED", answerKeys: "all" });
    expect(submitted.items.every((i) => /^[A-J]$/.test(i.correct ?? ""))).toBe(true);
  });

  it("covers every table that references a user (a new per-user table must be added to the export)", async () => {
    const tables = [...new Set((await referencing("User")).map((r) => r.table))];
    expect(tables.length).toBeGreaterThanOrEqual(3);
    expect(tables.filter((t) => !EXPORTED_USER_TABLES.includes(t))).toEqual([]);
  });
});

describe("delete account", () => {
  it("refuses a wrong password with a field message and deletes nothing", async () => {
    const { user } = await userWithData("delete-wrong");
    const { counts: before } = await footprint(user.id);
    expect(before["Attempt.userId"]).toBe(2);

    const error = await deleteAccount(user.id, "not my password").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID", status: 422 });
    expect((error as AppError).fieldErrors?.password?.[0]).toMatch(/not right/);

    expect(await db().user.count({ where: { id: user.id } })).toBe(1);
    expect((await footprint(user.id)).counts).toEqual(before);
  });

  it("stops accepting passwords after repeated wrong ones, even the right one, and deletes nothing", async () => {
    const { user } = await userWithData("delete-throttle");
    for (let i = 0; i < 5; i += 1)
      await expect(deleteAccount(user.id, `wrong password ${i}`)).rejects.toMatchObject({ code: "INVALID" });
    await expect(deleteAccount(user.id, PASSWORD)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
      message: expect.stringMatching(/Too many password attempts/) as unknown,
    });
    expect(await db().user.count({ where: { id: user.id } })).toBe(1);
  });

  it("removes every row that references the user, and leaves other users' rows alone", async () => {
    const alice = await userWithData("delete-alice");
    const bob = await userWithData("delete-bob");
    // Alice, as an author, resolved Bob's report: the report is Bob's and must survive.
    const bobReport = await db().questionReport.findFirstOrThrow({ where: { userId: bob.user.id } });
    await db().questionReport.update({
      where: { id: bobReport.id },
      data: { status: "RESOLVED", resolvedById: alice.user.id, resolvedAt: new Date() },
    });

    const { counts: aliceBefore, parentKeys } = await footprint(alice.user.id);
    const { counts: bobBefore } = await footprint(bob.user.id);
    // Every per-user table and every child table has rows for Alice, so "0 after" means something.
    for (const [where, n] of Object.entries(aliceBefore)) expect(n, where).toBeGreaterThan(0);

    await deleteAccount(alice.user.id, PASSWORD);

    expect(await db().user.count({ where: { id: alice.user.id } })).toBe(0);
    // Child tables are checked against the parent keys Alice owned before the deletion.
    const { counts: aliceAfter } = await footprint(alice.user.id, parentKeys);
    expect(Object.keys(aliceAfter)).toEqual(Object.keys(aliceBefore));
    for (const [where, n] of Object.entries(aliceAfter)) expect(n, where).toBe(0);
    // The same, spelled out for today's child tables.
    expect(await db().attemptItem.count({ where: { attemptId: { in: [alice.done, alice.open] } } })).toBe(0);
    expect(await db().reviewLog.count({ where: { cardId: alice.card.id } })).toBe(0);

    expect((await footprint(bob.user.id)).counts).toEqual(bobBefore);
    expect(await db().questionReport.findUniqueOrThrow({ where: { id: bobReport.id } })).toMatchObject({
      userId: bob.user.id,
      status: "RESOLVED",
      resolvedById: null,
      text: bob.reportText,
    });
    expect(await db().rateLimit.count({ where: { key: `signin_account:${alice.user.email}` } })).toBe(0);
  });
});
