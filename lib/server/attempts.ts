import "server-only";
import { randomBytes } from "node:crypto";
import { AssemblyError, assembleForm, optionOrder, pickItems, type PoolItem } from "@/lib/exam/assemble";
import { ABANDON_AFTER_MS, SAVE_GRACE_MS, isPastDeadline } from "@/lib/exam/clock";
import { scoreAttempt, type DomainScore } from "@/lib/exam/score";
import type { TAnswerSave, TStartExam } from "@/lib/schemas/attempt";
import { db } from "./db";
import { examContent } from "./exam-content";
import { sql } from "./sql";
import { conflict, expired, invalid, notFound, unauthorized } from "./errors";
import { newId } from "./ids";
import { recordAnswers, recordAnswersIn } from "./learning";

// Every query here filters by the user in its own `where`: another user's attempt is simply not found.

export type AttemptConfig = {
  kind: "simulated" | "quick" | "custom" | "retry" | "review";
  pool?: TStartExam["pool"];
  domains?: string[];
  topics?: string[];
  secondsPerItem?: number | null;
  fromAttemptId?: string;
};

export const newSeed = () => randomBytes(8).toString("hex");

/** When each of the user's questions was last seen, so assembly can prefer fresh ones. */
async function lastSeen(userId: string): Promise<Map<string, number>> {
  const rows = await sql()<{ questionId: string; seen: Date }[]>`
    SELECT qv."questionId", max(a."startedAt") AS seen
    FROM "AttemptItem" ai
    JOIN "Attempt" a ON a.id = ai."attemptId"
    JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
    WHERE a."userId" = ${userId}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.questionId, r.seen.getTime()]));
}

export type Slot = {
  questionId: string;
  versionId: string;
  domainId: string;
  fixedOrder: boolean;
  optionCount: number;
};

/**
 * Inserts the attempt and its items in one statement (atomic without a transaction round trip), and
 * only for a user who still exists: a start carrying a deleted account's token inserts nothing and
 * is refused. Raw SQL because exam start is a burst path (docs/decisions/0007).
 */
export async function createAttempt(
  userId: string,
  data: {
    mode: "EXAM" | "TUTOR" | "CUSTOM" | "REVIEW";
    immediateFeedback: boolean;
    certificationId: string;
    blueprintId?: string;
    title: string;
    seed: string;
    config: AttemptConfig;
    timeLimitSeconds: number | null;
  },
  slots: Slot[],
): Promise<StartedAttempt> {
  const now = new Date();
  const id = newId();
  const deadlineAt = data.timeLimitSeconds ? new Date(now.getTime() + data.timeLimitSeconds * 1000) : null;
  const orders = slots.map((s, position) => optionOrder(data.seed, position, s.optionCount, s.fixedOrder));
  const [row] = await sql()<{ id: string }[]>`
    WITH attempt AS (
      INSERT INTO "Attempt" (id, "userId", mode, "immediateFeedback", "certificationId", "blueprintId", title, seed,
                             config, "itemCount", "timeLimitSeconds", "startedAt", "lastActivityAt", "deadlineAt", "updatedAt")
      SELECT ${id}, u.id, ${data.mode}::"AttemptMode", ${data.immediateFeedback}, ${data.certificationId},
             ${data.blueprintId ?? null}, ${data.title}, ${data.seed}, ${sql().json(data.config)}, ${slots.length},
             ${data.timeLimitSeconds}, ${now}, ${now}, ${deadlineAt}, ${now}
      FROM "User" u WHERE u.id = ${userId}
      RETURNING id
    ), items AS (
      INSERT INTO "AttemptItem" (id, "attemptId", position, "questionVersionId", "domainId", "optionOrder", "updatedAt")
      SELECT i.id, attempt.id, i.position, i.version, nullif(i.domain, ''), i.options::int[], ${now}
      FROM attempt, unnest(${slots.map(() => newId())}::text[], ${slots.map((_, p) => p)}::int[],
                           ${slots.map((s) => s.versionId)}::text[], ${slots.map((s) => s.domainId)}::text[],
                           ${orders.map((o) => `{${o.join(",")}}`)}::text[]) AS i(id, position, version, domain, options)
    )
    SELECT id FROM attempt`;
  if (!row) throw unauthorized();
  return { id: row.id, itemCount: slots.length, deadlineAt };
}

export type StartedAttempt = { id: string; itemCount: number; deadlineAt: Date | null };

/** Starts a simulated exam, quick practice or custom quiz for the user. */
export async function startAttempt(
  userId: string,
  input: TStartExam,
  seed = newSeed(),
): Promise<StartedAttempt> {
  // One after the other: on embedded PGlite all connections share one backend session.
  const content = await examContent(input.certification);
  const seen = await lastSeen(userId);
  if (!content)
    throw invalid("That certification is not available yet.", {
      certification: ["Choose one of the listed certifications."],
    });
  const { certification: cert, pool } = content;

  if (input.kind === "simulated" || input.kind === "quick") {
    const blueprint = content.blueprints[input.kind === "simulated" ? "FULL" : "QUICK"];
    if (!blueprint) throw invalid(`There is no ${input.kind} form for ${cert.code} yet.`);
    // A learner who has seen nothing yet (most starts in a burst) needs no per-item copy of the pool.
    const candidates: PoolItem[] = seen.size
      ? pool.map((p) => ({
          questionId: p.questionId,
          domainCode: p.domainCode,
          lastSeenAt: seen.get(p.questionId),
        }))
      : pool;
    let form;
    try {
      form = assembleForm(blueprint.counts, candidates, seed);
    } catch (e) {
      if (e instanceof AssemblyError) throw invalid(e.message);
      throw e;
    }
    const tutor = input.kind === "quick" && input.mode === "tutor";
    return createAttempt(
      userId,
      {
        mode: tutor ? "TUTOR" : "EXAM",
        immediateFeedback: tutor,
        certificationId: cert.id,
        blueprintId: blueprint.id,
        title: blueprint.name,
        seed,
        config: { kind: input.kind },
        timeLimitSeconds: blueprint.timeLimitMinutes * 60,
      },
      form.map((slot) => content.byQuestion.get(slot.questionId)!),
    );
  }

  // Custom quiz: filter the certification's pool.
  let candidates = pool.filter(
    (p) =>
      (!input.domains.length || input.domains.includes(p.domainCode)) &&
      (!input.topics.length || input.topics.includes(p.topicSlug)),
  );
  if (input.pool !== "all") {
    const ids = await poolFilter(userId, input.pool, seen);
    candidates = candidates.filter((c) =>
      input.pool === "unused" ? !ids.has(c.questionId) : ids.has(c.questionId),
    );
  }
  if (!candidates.length) {
    throw invalid(
      "No questions match those choices yet. Widen the domains or topics, or choose “All questions”.",
      { pool: ["No questions match."] },
    );
  }
  const picked = pickItems(
    candidates.map((c) => ({ ...c, lastSeenAt: seen.get(c.questionId) })),
    Math.min(input.count, candidates.length),
    seed,
  );
  const tutor = input.mode === "tutor";
  return createAttempt(
    userId,
    {
      mode: tutor ? "TUTOR" : "CUSTOM",
      immediateFeedback: tutor,
      certificationId: cert.id,
      title: `${cert.code} custom ${tutor ? "tutor session" : "quiz"}`,
      seed,
      config: {
        kind: "custom",
        pool: input.pool,
        domains: input.domains,
        topics: input.topics,
        secondsPerItem: input.timing === "timed" ? input.secondsPerItem : null,
      },
      timeLimitSeconds: input.timing === "timed" ? picked.length * input.secondsPerItem : null,
    },
    picked,
  );
}

async function poolFilter(
  userId: string,
  pool: "unused" | "incorrect" | "flagged",
  seen: Map<string, number>,
): Promise<Set<string>> {
  if (pool === "unused") return new Set(seen.keys());
  // "incorrect": the latest answer to the question was wrong (or left blank in a finished attempt).
  const rows =
    pool === "incorrect"
      ? await db().$queryRaw<{ questionId: string }[]>`
          SELECT DISTINCT ON (qv."questionId") qv."questionId", ai."isCorrect"
          FROM "AttemptItem" ai JOIN "Attempt" a ON a.id = ai."attemptId" JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
          WHERE a."userId" = ${userId} AND (ai."selectedOption" IS NOT NULL OR a.status IN ('SUBMITTED', 'EXPIRED'))
          ORDER BY qv."questionId", coalesce(ai."answeredAt", a."submittedAt") DESC NULLS LAST`.then((r) =>
          (r as { questionId: string; isCorrect: boolean | null }[]).filter((x) => x.isCorrect !== true),
        )
      : await db().$queryRaw<{ questionId: string }[]>`
          SELECT DISTINCT qv."questionId" FROM "AttemptItem" ai JOIN "Attempt" a ON a.id = ai."attemptId"
          JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
          WHERE a."userId" = ${userId} AND ai.flagged`;
  return new Set(rows.map((r) => r.questionId));
}

/** "Retry the items I missed": a tutor quiz of exactly the wrong and unanswered items of a finished attempt. */
export async function startRetry(userId: string, attemptId: string): Promise<string> {
  const source = await db().attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      status: true,
      certificationId: true,
      title: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          isCorrect: true,
          questionVersionId: true,
          domainId: true,
          questionVersion: { select: { questionId: true, fixedOrder: true, optionTexts: true } },
        },
      },
    },
  });
  if (!source) throw notFound("That attempt");
  if (source.status === "IN_PROGRESS")
    throw conflict("Finish this attempt before retrying its missed questions.");
  const missed = source.items.filter((i) => i.isCorrect !== true);
  if (!missed.length) throw invalid("You answered every question correctly — nothing to retry.");
  const seed = newSeed();
  const attempt = await createAttempt(
    userId,
    {
      mode: "TUTOR",
      immediateFeedback: true,
      certificationId: source.certificationId,
      title: `Retry: ${source.title}`,
      seed,
      config: { kind: "retry", fromAttemptId: attemptId },
      timeLimitSeconds: null,
    },
    missed.map((i) => ({
      questionId: i.questionVersion.questionId,
      versionId: i.questionVersionId,
      domainId: i.domainId ?? "",
      fixedOrder: i.questionVersion.fixedOrder,
      optionCount: i.questionVersion.optionTexts.length,
    })),
  );
  return attempt.id;
}

// ───────────── finishing ─────────────

/**
 * Scores and closes an attempt. Idempotent: a second call (another tab, the sweep) changes nothing.
 * Raw SQL: every taker submits, and through Prisma this cost about 20 ms of CPU per submit, enough
 * to hold up the autosaves around it (docs/decisions/0007).
 */
export async function finalizeAttempt(attemptId: string, status: "SUBMITTED" | "EXPIRED", now = new Date()) {
  // One transaction from the first read: the attempt row is locked before the answers are scored,
  // so a save in flight (which share-locks it) lands before the score or is refused after it; and
  // closing, scoring and counting the answers into mastery and review happen all or not at all.
  await sql().begin(async (tx) => {
    const [attempt] = await tx<{ status: string; deadlineAt: Date | null; domainCodes: string[] }[]>`
      SELECT a.status, a."deadlineAt",
             ARRAY(SELECT d.code FROM "Domain" d WHERE d."certificationId" = a."certificationId" ORDER BY d."sortOrder") AS "domainCodes"
      FROM "Attempt" a WHERE a.id = ${attemptId}
      FOR UPDATE`;
    if (!attempt || attempt.status !== "IN_PROGRESS") return;
    const items = await tx<{ isCorrect: boolean | null; domainCode: string | null }[]>`
      SELECT ai."isCorrect", d.code AS "domainCode"
      FROM "AttemptItem" ai LEFT JOIN "Domain" d ON d.id = ai."domainId"
      WHERE ai."attemptId" = ${attemptId}
      ORDER BY ai.position`;
    const score = scoreAttempt(
      items.map((i) => ({ domainCode: i.domainCode ?? "—", isCorrect: i.isCorrect })),
      attempt.domainCodes,
    );
    // An expired attempt ends at its deadline, not when someone next looked at it.
    const submittedAt = status === "EXPIRED" && attempt.deadlineAt ? attempt.deadlineAt : now;
    await tx`
      UPDATE "Attempt" SET status = ${status}::"AttemptStatus", "submittedAt" = ${submittedAt},
        "correctCount" = ${score.correct}, "scorePercent" = ${score.percent}, "scaledScore" = ${score.scaled},
        "domainScores" = ${tx.json(score.domains)}, "updatedAt" = ${now}
      WHERE id = ${attemptId}`;
    await recordAnswersIn(tx, attemptId, undefined, now);
  });
}

/** Closes the user's attempts whose time ran out, and abandons untimed ones left for weeks. */
export async function sweepUserAttempts(userId: string, now = new Date()) {
  const open = await db().attempt.findMany({
    where: { userId, status: "IN_PROGRESS" },
    select: { id: true, deadlineAt: true, pausedAt: true, lastActivityAt: true },
  });
  for (const a of open) {
    if (!a.pausedAt && isPastDeadline(a.deadlineAt, now.getTime(), SAVE_GRACE_MS))
      await finalizeAttempt(a.id, "EXPIRED", now);
    else if (!a.deadlineAt && now.getTime() - a.lastActivityAt.getTime() > ABANDON_AFTER_MS) {
      await db().attempt.updateMany({
        where: { id: a.id, status: "IN_PROGRESS" },
        data: { status: "ABANDONED" },
      });
    }
  }
}

type OwnedAttempt = {
  id: string;
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED" | "ABANDONED";
  deadlineAt: Date | null;
  pausedAt: Date | null;
  immediateFeedback: boolean;
  itemCount: number;
  mode: "EXAM" | "TUTOR" | "CUSTOM" | "REVIEW";
};

/** The attempt if it is the user's (raw SQL: it opens every submit and page read of an attempt). */
async function ownedAttempt(userId: string, attemptId: string): Promise<OwnedAttempt> {
  const [attempt] = await sql()<OwnedAttempt[]>`
    SELECT id, status, "deadlineAt", "pausedAt", "immediateFeedback", "itemCount", mode
    FROM "Attempt" WHERE id = ${attemptId} AND "userId" = ${userId}`;
  if (!attempt) throw notFound("That attempt");
  return attempt;
}

/** Refuses writes to a closed attempt; expires one whose time is up (beyond the grace for saves in flight). */
type OpenCheck = { id: string; status: string; deadlineAt: Date | null; pausedAt: Date | null };

async function assertOpen(attempt: OpenCheck, now: Date) {
  if (attempt.status === "EXPIRED") throw expired("Time is up: this attempt has ended and was scored.");
  if (attempt.status !== "IN_PROGRESS")
    throw conflict("This attempt was already submitted; answers can no longer change.");
  if (!attempt.pausedAt && isPastDeadline(attempt.deadlineAt, now.getTime(), SAVE_GRACE_MS)) {
    await finalizeAttempt(attempt.id, "EXPIRED", now);
    throw expired("Time is up: this attempt has ended and was scored.");
  }
  if (attempt.pausedAt) throw conflict("This attempt is paused. Resume it to keep answering.");
}

export type Feedback = {
  correctKey: number;
  isCorrect: boolean;
  rationales: string[];
  explanation: string;
  references: string[];
};

type SaveRow = {
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED" | "ABANDONED";
  deadlineAt: Date | null;
  pausedAt: Date | null;
  immediateFeedback: boolean;
  selectedOption: number | null;
  clientSeq: number | null;
  optionCount: number | null;
  correctOption: number | null;
  optionRationales: string[] | null;
  explanation: string | null;
  references: string[] | null;
  applied: number;
};

/**
 * Applies one autosave. Returns tutor feedback when the attempt reveals answers as you go.
 *
 * The hot path of the exam, so one statement (docs/decisions/0005, 0008): it reads the attempt
 * (owner in the WHERE) with the item, and writes the change only if every rule below holds and the
 * browser's sequence number is newer. The rules are then checked again on what was read, to say
 * which one refused: 404 for another user's attempt, 409/410 for closed ones, 422 for positions or
 * options that do not exist. The attempt row is share-locked, so a save and a submit never
 * interleave: the save lands before the score is taken, or it is refused.
 */
export async function saveAnswer(
  userId: string,
  attemptId: string,
  save: TAnswerSave,
  now = new Date(),
): Promise<{ applied: boolean; feedback?: Feedback }> {
  const answer = save.selectedOption !== undefined;
  const chosen = save.selectedOption ?? null;
  const struck = save.struck ? [...new Set(save.struck)].sort((x, y) => x - y) : null;
  const highestOption = Math.max(chosen ?? -1, ...(struck ?? []));
  // Rationales and explanation only for tutor attempts: an exam save needs neither (nor their bytes).
  const [row] = await sql()<SaveRow[]>`
    WITH cur AS (
      SELECT a.status, a."deadlineAt", a."pausedAt", a."immediateFeedback",
             ai."selectedOption", ai."clientSeq", cardinality(qv."optionTexts") AS "optionCount", qv."correctOption",
             CASE WHEN a."immediateFeedback" THEN qv."optionRationales" END AS "optionRationales",
             CASE WHEN a."immediateFeedback" THEN qv.explanation END AS explanation,
             CASE WHEN a."immediateFeedback" THEN qv."references" END AS "references"
      FROM "Attempt" a
      LEFT JOIN "AttemptItem" ai ON ai."attemptId" = a.id AND ai.position = ${save.position}
      LEFT JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
      WHERE a.id = ${attemptId} AND a."userId" = ${userId}
      FOR SHARE OF a
    ), item AS (
      UPDATE "AttemptItem" t SET
        "clientSeq" = ${save.seq},
        "selectedOption" = CASE WHEN ${answer} THEN ${chosen}::int ELSE t."selectedOption" END,
        "isCorrect" = CASE WHEN ${answer} THEN (CASE WHEN ${chosen}::int IS NULL THEN NULL ELSE ${chosen}::int = cur."correctOption" END) ELSE t."isCorrect" END,
        "answeredAt" = CASE WHEN ${answer} THEN (CASE WHEN ${chosen}::int IS NULL THEN NULL ELSE ${now} END) ELSE t."answeredAt" END,
        flagged = coalesce(${save.flagged ?? null}::boolean, t.flagged),
        "struckOptions" = coalesce(${struck}::int[], t."struckOptions"),
        "timeSpentMs" = coalesce(${save.timeSpentMs ?? null}::int, t."timeSpentMs"),
        confidence = CASE WHEN ${save.confidence !== undefined} THEN ${save.confidence ?? null}::"Confidence" ELSE t.confidence END,
        "updatedAt" = ${now}
      FROM cur
      WHERE t."attemptId" = ${attemptId} AND t.position = ${save.position} AND t."clientSeq" < ${save.seq}
        -- The same rules as assertSaveAllowed() below, which names the one that refused.
        AND cur.status = 'IN_PROGRESS' AND cur."pausedAt" IS NULL
        AND (cur."deadlineAt" IS NULL OR cur."deadlineAt" >= ${new Date(now.getTime() - SAVE_GRACE_MS)})
        AND ${highestOption}::int < cur."optionCount"
        AND NOT (cur."immediateFeedback" AND cur."selectedOption" IS NOT NULL AND ${answer}
                 AND ${chosen}::int IS DISTINCT FROM cur."selectedOption")
      RETURNING 1
    ), touch AS (
      -- The attempt's activity time, for the abandonment rule (at most every 30 s).
      UPDATE "Attempt" SET "lastActivityAt" = ${now}
      WHERE id = ${attemptId} AND "lastActivityAt" < ${new Date(now.getTime() - 30_000)} AND EXISTS (SELECT 1 FROM item)
    )
    SELECT cur.*, (SELECT count(*) FROM item)::int AS applied FROM cur`;
  if (!row) throw notFound("That attempt");
  const applied = row.applied > 0;
  if (!applied) {
    await assertSaveAllowed(attemptId, row, save, now);
    // Nothing refused it, so the browser already sent this or a newer change.
    if (row.clientSeq !== null && row.clientSeq < save.seq)
      throw new Error(`autosave rules disagree for attempt ${attemptId}, position ${save.position}`);
  }

  const answered = answer ? chosen : row.selectedOption;
  // Tutor and review answers are final once the key is shown: count them now.
  if (row.immediateFeedback && answer && chosen !== null) await recordAnswers(attemptId, save.position, now);
  if (row.immediateFeedback && answered != null && row.correctOption !== null) {
    return {
      applied,
      feedback: {
        correctKey: row.correctOption,
        isCorrect: answered === row.correctOption,
        rationales: row.optionRationales ?? [],
        explanation: row.explanation ?? "",
        references: row.references ?? [],
      },
    };
  }
  return { applied };
}

/** Why a save was refused, as a 409/410/422 (expiring the attempt when its time ran out). */
async function assertSaveAllowed(attemptId: string, row: SaveRow, save: TAnswerSave, now: Date) {
  await assertOpen(
    { id: attemptId, status: row.status, deadlineAt: row.deadlineAt, pausedAt: row.pausedAt },
    now,
  );
  if (row.optionCount === null || row.correctOption === null) {
    throw invalid(`Question ${save.position + 1} is not part of this attempt.`, {
      position: ["No such question."],
    });
  }
  const n = row.optionCount;
  if (save.selectedOption != null && save.selectedOption >= n)
    throw invalid(`Option ${save.selectedOption + 1} does not exist on this question.`, {
      selectedOption: ["No such option."],
    });
  if (save.struck?.some((x) => x >= n))
    throw invalid("A struck-out option does not exist on this question.", { struck: ["No such option."] });
  if (
    row.immediateFeedback &&
    row.selectedOption !== null &&
    save.selectedOption !== undefined &&
    save.selectedOption !== row.selectedOption
  ) {
    throw conflict("This question was already answered and its explanation shown; the answer cannot change.");
  }
}

export async function submitAttempt(userId: string, attemptId: string, now = new Date()) {
  const attempt = await ownedAttempt(userId, attemptId);
  if (attempt.status === "SUBMITTED" || attempt.status === "EXPIRED") return attempt.status;
  if (attempt.status !== "IN_PROGRESS") throw conflict("This attempt can no longer be submitted.");
  // Submitting at (or just after) zero is the normal end of a timed exam, so no deadline check here.
  const late = isPastDeadline(attempt.deadlineAt, now.getTime(), SAVE_GRACE_MS) && !attempt.pausedAt;
  await finalizeAttempt(attemptId, late ? "EXPIRED" : "SUBMITTED", now);
  return late ? "EXPIRED" : "SUBMITTED";
}

/** Pauses (tutor mode only): the clock stops until resume. Returns the (possibly moved) deadline. */
export async function setPaused(
  userId: string,
  attemptId: string,
  paused: boolean,
  now = new Date(),
): Promise<Date | null> {
  const attempt = await ownedAttempt(userId, attemptId);
  if (attempt.mode !== "TUTOR")
    throw conflict("Only tutor sessions can be paused; exams run like the real thing.");
  if (attempt.status !== "IN_PROGRESS") throw conflict("This attempt has ended.");
  if (paused && !attempt.pausedAt) {
    if (isPastDeadline(attempt.deadlineAt, now.getTime(), SAVE_GRACE_MS)) await assertOpen(attempt, now);
    await db().attempt.updateMany({
      where: { id: attemptId, userId, pausedAt: null },
      data: { pausedAt: now },
    });
  } else if (!paused && attempt.pausedAt) {
    const pausedFor = now.getTime() - attempt.pausedAt.getTime();
    await db().attempt.updateMany({
      where: { id: attemptId, userId, pausedAt: { not: null } },
      data: {
        pausedAt: null,
        deadlineAt: attempt.deadlineAt ? new Date(attempt.deadlineAt.getTime() + pausedFor) : null,
      },
    });
  }
  return (await ownedAttempt(userId, attemptId)).deadlineAt;
}

// ───────────── reading ─────────────

export type RunnerOption = { key: number; text: string };
export type RunnerItem = {
  position: number;
  domain: string | null;
  stem: string;
  exhibitCaption: string | null;
  exhibitBody: string | null;
  options: RunnerOption[];
  selected: number | null;
  flagged: boolean;
  struck: number[];
  confidence: "SURE" | "UNSURE" | null;
  timeSpentMs: number;
  seq: number;
  feedback: Feedback | null;
};

export type RunnerAttempt = {
  id: string;
  title: string;
  mode: "EXAM" | "TUTOR" | "CUSTOM" | "REVIEW";
  immediateFeedback: boolean;
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED" | "ABANDONED";
  deadlineAt: string | null;
  pausedAt: string | null;
  serverNow: string;
  certificationCode: string;
  items: RunnerItem[];
};

/**
 * What the exam runner needs — and only that. Answer keys, rationales and explanations leave the
 * server only for items already answered in an immediate-feedback (tutor) attempt.
 */
export async function getRunnerAttempt(
  userId: string,
  attemptId: string,
  now = new Date(),
): Promise<RunnerAttempt> {
  let attempt = await ownedAttempt(userId, attemptId);
  if (
    attempt.status === "IN_PROGRESS" &&
    !attempt.pausedAt &&
    isPastDeadline(attempt.deadlineAt, now.getTime(), SAVE_GRACE_MS)
  ) {
    await finalizeAttempt(attemptId, "EXPIRED", now);
    attempt = await ownedAttempt(userId, attemptId);
  }
  const full = await db().attempt.findFirstOrThrow({
    where: { id: attemptId, userId },
    select: {
      title: true,
      certification: { select: { code: true } },
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          optionOrder: true,
          selectedOption: true,
          flagged: true,
          struckOptions: true,
          confidence: true,
          timeSpentMs: true,
          clientSeq: true,
          domain: { select: { name: true } },
          // Default omit keeps correctOption, optionRationales and explanation out of this query.
          questionVersion: {
            select: { id: true, stem: true, exhibitCaption: true, exhibitBody: true, optionTexts: true },
          },
        },
      },
    },
  });

  const revealIds = attempt.immediateFeedback
    ? full.items.filter((i) => i.selectedOption !== null).map((i) => i.questionVersion.id)
    : [];
  const keys = revealIds.length
    ? await db().questionVersion.findMany({
        where: { id: { in: revealIds } },
        // An explicit select opts these answer fields in, past the client's default omit.
        select: {
          id: true,
          correctOption: true,
          optionRationales: true,
          explanation: true,
          references: true,
        },
      })
    : [];
  const keyById = new Map(keys.map((k) => [k.id, k]));

  return {
    id: attemptId,
    title: full.title,
    mode: attempt.mode,
    immediateFeedback: attempt.immediateFeedback,
    status: attempt.status,
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    pausedAt: attempt.pausedAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    certificationCode: full.certification.code,
    items: full.items.map((i) => {
      const k = keyById.get(i.questionVersion.id);
      return {
        position: i.position,
        domain: i.domain?.name ?? null,
        stem: i.questionVersion.stem,
        exhibitCaption: i.questionVersion.exhibitCaption,
        exhibitBody: i.questionVersion.exhibitBody,
        options: i.optionOrder.map((key) => ({ key, text: i.questionVersion.optionTexts[key] ?? "" })),
        selected: i.selectedOption,
        flagged: i.flagged,
        struck: i.struckOptions,
        confidence: i.confidence,
        timeSpentMs: i.timeSpentMs,
        seq: i.clientSeq,
        feedback:
          k && i.selectedOption !== null
            ? {
                correctKey: k.correctOption,
                isCorrect: i.selectedOption === k.correctOption,
                rationales: k.optionRationales,
                explanation: k.explanation,
                references: k.references,
              }
            : null,
      };
    }),
  };
}

export type ResultItem = {
  position: number;
  domainCode: string | null;
  domainName: string | null;
  questionVersionId: string;
  externalId: string;
  stem: string;
  exhibitCaption: string | null;
  exhibitBody: string | null;
  options: { key: number; text: string; rationale: string }[];
  correctKey: number;
  selected: number | null;
  isCorrect: boolean;
  flagged: boolean;
  timeSpentMs: number;
  explanation: string;
  references: string[];
};

/** The full review of a finished attempt (keys included). In-progress attempts are refused. */
export async function getAttemptResults(userId: string, attemptId: string, now = new Date()) {
  const attempt = await ownedAttempt(userId, attemptId);
  if (attempt.status === "IN_PROGRESS") {
    if (!attempt.pausedAt && isPastDeadline(attempt.deadlineAt, now.getTime(), SAVE_GRACE_MS))
      await finalizeAttempt(attemptId, "EXPIRED", now);
    else throw conflict("This attempt is still in progress.");
  }
  const full = await db().attempt.findFirstOrThrow({
    where: { id: attemptId, userId },
    select: {
      id: true,
      title: true,
      mode: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      timeLimitSeconds: true,
      correctCount: true,
      itemCount: true,
      scorePercent: true,
      scaledScore: true,
      domainScores: true,
      blueprint: {
        select: {
          kind: true,
          itemCount: true,
          domains: { select: { itemCount: true, domain: { select: { code: true } } } },
        },
      },
      certification: {
        select: {
          code: true,
          slug: true,
          domains: { orderBy: { sortOrder: "asc" }, select: { code: true, name: true } },
        },
      },
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          optionOrder: true,
          selectedOption: true,
          isCorrect: true,
          flagged: true,
          timeSpentMs: true,
          domain: { select: { code: true, name: true } },
          questionVersion: {
            select: {
              id: true,
              stem: true,
              exhibitCaption: true,
              exhibitBody: true,
              optionTexts: true,
              correctOption: true,
              optionRationales: true,
              explanation: true,
              references: true,
              question: { select: { externalId: true } },
            },
          },
        },
      },
    },
  });
  const weights = new Map(
    full.blueprint?.domains.map((d) => [d.domain.code, d.itemCount / (full.blueprint?.itemCount || 1)]) ?? [],
  );
  const scores = (full.domainScores ?? []) as DomainScore[];
  const items: ResultItem[] = full.items.map((i) => {
    const v = i.questionVersion;
    return {
      position: i.position,
      domainCode: i.domain?.code ?? null,
      domainName: i.domain?.name ?? null,
      questionVersionId: v.id,
      externalId: v.question.externalId,
      stem: v.stem,
      exhibitCaption: v.exhibitCaption,
      exhibitBody: v.exhibitBody,
      options: i.optionOrder.map((key) => ({
        key,
        text: v.optionTexts[key] ?? "",
        rationale: v.optionRationales[key] ?? "",
      })),
      correctKey: v.correctOption,
      selected: i.selectedOption,
      isCorrect: i.isCorrect === true,
      flagged: i.flagged,
      timeSpentMs: i.timeSpentMs,
      explanation: v.explanation,
      references: v.references,
    };
  });
  return {
    ...full,
    items,
    domains: full.certification.domains
      .map((d) => {
        const s = scores.find((x) => x.code === d.code);
        return s ? { ...s, name: d.name, weight: weights.get(d.code) ?? null } : null;
      })
      .filter((d): d is NonNullable<typeof d> => d !== null),
    timeUsedMs: (full.submittedAt ?? now).getTime() - full.startedAt.getTime(),
  };
}

export async function listAttempts(userId: string) {
  await sweepUserAttempts(userId);
  return db().attempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: 100,
    select: {
      id: true,
      title: true,
      mode: true,
      status: true,
      itemCount: true,
      scorePercent: true,
      scaledScore: true,
      startedAt: true,
      submittedAt: true,
      deadlineAt: true,
      certification: { select: { code: true } },
      _count: { select: { items: { where: { selectedOption: { not: null } } } } },
    },
  });
}

export async function reportQuestion(
  userId: string,
  attemptId: string,
  input: {
    position: number;
    reason: "WRONG_KEY" | "AMBIGUOUS" | "OUTDATED" | "TYPO" | "OTHER";
    text: string;
  },
) {
  const attempt = await ownedAttempt(userId, attemptId);
  const item = await db().attemptItem.findUnique({
    where: { attemptId_position: { attemptId, position: input.position } },
    select: { questionVersionId: true, selectedOption: true },
  });
  if (!item) throw invalid(`Question ${input.position + 1} is not part of this attempt.`);
  // In an exam, reporting waits for the review screen, so a report cannot be a back door to the key.
  if (!attempt.immediateFeedback && attempt.status === "IN_PROGRESS")
    throw conflict("Report problems from the review after you submit.");
  if (input.reason === "OTHER" && !input.text)
    throw invalid("Tell us what is wrong.", { text: ["Describe the problem."] });
  await db().questionReport.create({
    data: { userId, questionVersionId: item.questionVersionId, reason: input.reason, text: input.text },
  });
}
