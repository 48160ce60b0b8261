import "server-only";
import { verify } from "@node-rs/argon2";
import { OPTION_LETTERS } from "@/lib/exam/letters";
import { sweepUserAttempts } from "./attempts";
import { db, type Db } from "./db";
import { conflict, invalid, rateLimited, unauthorized } from "./errors";
import { consumeSignInAttempt, resetAccountAttempts } from "./rate-limit";

// "Export my data" and "delete my account". Every query filters by the user in its own `where`.

export const EXPORT_FORMAT = "readroom-export";
export const EXPORT_VERSION = 1;

type Tx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (tx: never) => unknown>>[0];

type TableExport = {
  /** The PostgreSQL table, so a test can check every table referencing "User" is exported. */
  table: string;
  rows: (tx: Tx, userId: string) => Promise<unknown[]>;
};

/**
 * Further per-user tables, exported under their key as stored (minus the owner column). A new
 * per-user table is one line here; the account integration test fails while a table with a
 * foreign key to "User" is missing.
 */
const MORE_TABLES: Record<string, TableExport> = {
  topicMastery: {
    table: "TopicMastery",
    rows: (tx, userId) =>
      tx.topicMastery.findMany({
        where: { userId },
        omit: { userId: true },
        include: { topic: { select: { slug: true } } },
      }),
  },
  activityDays: {
    table: "ActivityDay",
    rows: (tx, userId) =>
      tx.activityDay.findMany({ where: { userId }, omit: { userId: true }, orderBy: { day: "asc" } }),
  },
  questionHistory: {
    table: "UserQuestion",
    rows: (tx, userId) =>
      tx.userQuestion.findMany({
        where: { userId },
        omit: { userId: true },
        include: { question: { select: { externalId: true } } },
      }),
  },
};

/** Tables with a foreign key to "User" that the export covers (children such as AttemptItem come with their parent). */
export const EXPORTED_USER_TABLES = [
  "Attempt",
  "ReviewCard",
  "QuestionReport",
  ...Object.values(MORE_TABLES).map((t) => t.table),
];

const label = (index: number) => OPTION_LETTERS[index] ?? String(index + 1);

/**
 * Everything the app stores about the user, as one versioned JSON document. Answer keys of an
 * attempt still in progress are withheld, exactly as the exam runner withholds them: none for an
 * exam, only those of already-answered items when the attempt shows feedback as you go.
 */
export async function exportUserData(userId: string, now = new Date()) {
  // Closes attempts whose time ran out first, so the export shows them scored (as the exams list does).
  await sweepUserAttempts(userId, now);

  // One snapshot: an answer saved in another tab cannot land between two of these reads.
  const data = await db().$transaction(
    async (tx) => {
      const profile = await tx.user.findUnique({
        where: { id: userId },
        // passwordHash is omitted by the client's defaults; this explicit list keeps it that way.
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          targetCertificationSlug: true,
          examDate: true,
          theme: true,
          dailyGoal: true,
          showStreak: true,
          targetRetention: true,
          createdAt: true,
          updatedAt: true,
        },
      });
      if (!profile) throw unauthorized(); // deleted in the meantime: treated as signed out
      const attempts = await tx.attempt.findMany({
        where: { userId },
        orderBy: { startedAt: "asc" },
        select: {
          id: true,
          title: true,
          mode: true,
          immediateFeedback: true,
          status: true,
          config: true,
          itemCount: true,
          timeLimitSeconds: true,
          startedAt: true,
          deadlineAt: true,
          pausedAt: true,
          submittedAt: true,
          correctCount: true,
          scorePercent: true,
          scaledScore: true,
          domainScores: true,
          certification: { select: { slug: true, code: true } },
          blueprint: { select: { slug: true } },
          items: {
            orderBy: { position: "asc" },
            select: {
              position: true,
              optionOrder: true,
              selectedOption: true,
              isCorrect: true,
              flagged: true,
              struckOptions: true,
              confidence: true,
              timeSpentMs: true,
              answeredAt: true,
              domain: { select: { code: true } },
              // Default omit keeps correctOption out; keys are opted in below, only where allowed.
              questionVersion: {
                select: {
                  id: true,
                  version: true,
                  stem: true,
                  exhibitCaption: true,
                  exhibitBody: true,
                  optionTexts: true,
                  question: { select: { externalId: true } },
                },
              },
            },
          },
        },
      });
      const reviewCards = await tx.reviewCard.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: {
          due: true,
          stability: true,
          difficulty: true,
          elapsedDays: true,
          scheduledDays: true,
          learningSteps: true,
          reps: true,
          lapses: true,
          state: true,
          lastReview: true,
          createdAt: true,
          question: { select: { externalId: true } },
          logs: {
            orderBy: { reviewedAt: "asc" },
            select: {
              rating: true,
              state: true,
              due: true,
              stability: true,
              difficulty: true,
              elapsedDays: true,
              scheduledDays: true,
              reviewedAt: true,
            },
          },
        },
      });
      const reports = await tx.questionReport.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          reason: true,
          text: true,
          status: true,
          createdAt: true,
          resolvedAt: true,
          resolutionNote: true,
          questionVersion: { select: { version: true, question: { select: { externalId: true } } } },
        },
      });
      const more: Record<string, unknown[]> = {};
      for (const [key, t] of Object.entries(MORE_TABLES)) more[key] = await t.rows(tx, userId);
      return { profile, attempts, reviewCards, reports, more };
    },
    { isolationLevel: "RepeatableRead" },
  );

  // Keys for finished attempts, and for answered items of a feedback-as-you-go attempt in progress.
  const keysShown = (a: (typeof data.attempts)[number]) =>
    a.status !== "IN_PROGRESS" ? "all" : a.immediateFeedback ? "answered" : "none";
  const revealIds = new Set<string>();
  for (const a of data.attempts) {
    const shown = keysShown(a);
    for (const i of a.items)
      if (shown === "all" || (shown === "answered" && i.selectedOption !== null))
        revealIds.add(i.questionVersion.id);
  }
  const keys = revealIds.size
    ? await db().questionVersion.findMany({
        where: { id: { in: [...revealIds] } },
        select: { id: true, correctOption: true }, // explicit opt-in past the default omit
      })
    : [];
  const keyById = new Map(keys.map((k) => [k.id, k.correctOption]));

  const { profile } = data;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile: {
      id: profile.id,
      email: profile.email,
      name: profile.name,
      role: profile.role,
      targetCertification: profile.targetCertificationSlug,
      examDate: profile.examDate?.toISOString().slice(0, 10) ?? null,
      theme: profile.theme,
      dailyGoal: profile.dailyGoal,
      showStreak: profile.showStreak,
      targetRetention: profile.targetRetention,
      createdAt: profile.createdAt,
      updatedAt: profile.updatedAt,
    },
    attempts: data.attempts.map((a) => {
      const shown = keysShown(a);
      return {
        id: a.id,
        title: a.title,
        mode: a.mode,
        immediateFeedback: a.immediateFeedback,
        certification: a.certification.slug,
        blueprint: a.blueprint?.slug ?? null,
        status: a.status,
        config: a.config,
        /** "none" while an exam is in progress: `correct` and `isCorrect` are null until it is submitted. */
        answerKeys: shown,
        itemCount: a.itemCount,
        timeLimitSeconds: a.timeLimitSeconds,
        startedAt: a.startedAt,
        deadlineAt: a.deadlineAt,
        pausedAt: a.pausedAt,
        submittedAt: a.submittedAt,
        correctCount: a.correctCount,
        scorePercent: a.scorePercent,
        scaledScore: a.scaledScore,
        domainScores: a.domainScores,
        items: a.items.map((i) => {
          const v = i.questionVersion;
          // Options are labelled A, B, C… in the order this learner saw them.
          const shownAt = (key: number | null) => {
            const at = key === null ? -1 : i.optionOrder.indexOf(key);
            return at < 0 ? null : label(at);
          };
          const key = keyById.get(v.id);
          const reveal = key !== undefined && (shown === "all" || i.selectedOption !== null);
          return {
            position: i.position + 1, // 1-based, as numbered in the exam
            question: { externalId: v.question.externalId, version: v.version },
            domain: i.domain?.code ?? null,
            stem: v.stem,
            exhibit: v.exhibitBody ? { caption: v.exhibitCaption, body: v.exhibitBody } : null,
            options: i.optionOrder.map((k, at) => ({ label: label(at), text: v.optionTexts[k] ?? "" })),
            selected: shownAt(i.selectedOption),
            struck: i.struckOptions.map(shownAt).filter((l) => l !== null),
            correct: reveal ? shownAt(key) : null,
            // Stored as the answer is saved, so it would give the key away just the same.
            isCorrect: reveal ? i.isCorrect : null,
            flagged: i.flagged,
            confidence: i.confidence,
            timeSpentMs: i.timeSpentMs,
            answeredAt: i.answeredAt,
          };
        }),
      };
    }),
    reviewCards: data.reviewCards.map(({ question, ...card }) => ({
      question: question.externalId,
      ...card,
    })),
    reports: data.reports.map(({ questionVersion, ...r }) => ({
      ...r,
      question: { externalId: questionVersion.question.externalId, version: questionVersion.version },
    })),
    ...data.more,
  };
}

export type UserExport = Awaited<ReturnType<typeof exportUserData>>;

const wrongPassword = () =>
  invalid("Your account was not deleted: the password is not right.", {
    password: ["That password is not right."],
  });

/**
 * Deletes the user and, by ON DELETE CASCADE, every personal row (attempts and their items, review
 * cards and logs, reports they filed). Reports they resolved as an author stay, unattributed.
 * The password is checked again first and counts against the same per-account budget as sign-in,
 * so a stolen session cannot be used to guess it.
 */
export async function deleteAccount(userId: string, password: string) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  if (!user) throw unauthorized();
  const throttle = await consumeSignInAttempt(user.email, null);
  if (!throttle.allowed) {
    const minutes = Math.max(1, Math.ceil(throttle.retryAfterSeconds / 60));
    const wait = `Too many password attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
    throw rateLimited(wait);
  }
  const ok = await verify(user.passwordHash, password).catch(() => false);
  if (!ok) throw wrongPassword();
  // One statement, so one transaction with its cascades. Matching the verified hash means a
  // password changed meanwhile (another tab) deletes nothing rather than acting on a stale check.
  const { count } = await db().user.deleteMany({ where: { id: userId, passwordHash: user.passwordHash } });
  if (count === 0) throw conflict("Your account changed while it was being deleted. Please try again.");
  // The throttling counter is keyed by email; clear it now rather than leave it to expire. The
  // account is already gone, so a failure here must not turn success into an error.
  await resetAccountAttempts(user.email).catch((e: unknown) => console.error("rate-limit reset failed", e));
}
