import "server-only";
import { daysUntil } from "@/lib/exam/dates";
import { PASS_PERCENT } from "@/lib/exam/score";
import { combine, estimate, EMPTY_EVIDENCE, type Estimate, type EvidenceState } from "@/lib/mastery/mastery";
import { readiness, type Readiness } from "@/lib/mastery/readiness";
import { expectedItemsPerTopic, rankWeakTopics, type RankedTopic } from "@/lib/mastery/weak-topics";
import { studyPlan, type Plan } from "@/lib/plan/study-plan";
import { addDays, currentStreak, localDay, weekStart } from "@/lib/progress/days";
import { sweepUserAttempts } from "./attempts";
import { db } from "./db";
import { countDueReviews } from "./review";
import { sql } from "./sql";

// Everything the dashboard shows, from the running totals kept by lib/server/learning.ts: one row
// per topic and per active day, so the cost does not grow with the number of answers.

const TREND_WEEKS = 8;
const ACTIVITY_DAYS = 400;

/** A certification's domains with their full-form item counts and topics (content, not user data). */
async function certificationStructure(certificationId: string) {
  const [domains, full] = await Promise.all([
    db().domain.findMany({
      where: { certificationId },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        topics: { select: { topic: { select: { id: true, slug: true, name: true } } } },
      },
    }),
    db().blueprint.findFirst({
      where: { certificationId, kind: "FULL" },
      select: { itemCount: true, domains: { select: { domainId: true, itemCount: true } } },
    }),
  ]);
  const counts = new Map(full?.domains.map((d) => [d.domainId, d.itemCount]));
  return {
    itemCount: full?.itemCount ?? 0,
    domains: domains.map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      itemCount: counts.get(d.id) ?? 0,
      topics: d.topics.map((t) => t.topic),
    })),
  };
}

type MasteryRow = EvidenceState & { topicId: string; answered: number; correct: number };

async function masteryRows(userId: string): Promise<Map<string, MasteryRow>> {
  const rows = await db().topicMastery.findMany({
    where: { userId },
    select: {
      topicId: true,
      weightedCorrect: true,
      weightedTotal: true,
      referenceAt: true,
      answered: true,
      correct: true,
    },
  });
  return new Map(rows.map((r) => [r.topicId, { ...r, referenceAt: r.referenceAt.getTime() }]));
}

export type DomainStanding = {
  code: string;
  name: string;
  share: number;
  answered: number;
  estimate: Estimate;
};

type DayTotal = { day: string; answered: number; correct: number };
type WeekTopicTotal = { week: string; topicId: string; answered: number; correct: number };

export type TrendPoint = { week: string; [domainCode: string]: number | string | null };

export async function getDashboard(userId: string, now = new Date()) {
  // Expired attempts are closed (and counted) before anything below reads attempts or progress.
  const [, user] = await Promise.all([
    sweepUserAttempts(userId, now),
    db().user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        examDate: true,
        timeZone: true,
        dailyGoal: true,
        showStreak: true,
        targetCertification: { select: { id: true, slug: true, code: true, name: true } },
      },
    }),
  ]);
  const today = localDay(now, user.timeZone);
  const cert = user.targetCertification;

  const monday = weekStart(today);
  const firstTrendWeek = addDays(monday, -7 * (TREND_WEEKS - 1));
  const [inProgress, recent, mastery, days, trendRows, due, exams, structure, seenInTarget, activeInTarget] =
    await Promise.all([
      db().attempt.findFirst({
        where: { userId, status: "IN_PROGRESS" },
        orderBy: { startedAt: "desc" },
        select: {
          id: true,
          title: true,
          itemCount: true,
          deadlineAt: true,
          _count: { select: { items: { where: { selectedOption: { not: null } } } } },
        },
      }),
      db().attempt.findMany({
        where: { userId, status: { in: ["SUBMITTED", "EXPIRED"] } },
        orderBy: { submittedAt: "desc" },
        take: 5,
        select: {
          id: true,
          title: true,
          scorePercent: true,
          submittedAt: true,
          certification: { select: { code: true } },
        },
      }),
      masteryRows(userId),
      // Totals per day (streak, today, this week) and per week and topic (trend), summed in SQL so
      // the rows read stay bounded by days and topics, not answers.
      sql()<DayTotal[]>`
        SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(answered)::int AS answered, sum(correct)::int AS correct
        FROM "ActivityDay" WHERE "userId" = ${userId} AND day >= ${addDays(today, -ACTIVITY_DAYS)}::date
        GROUP BY day`,
      sql()<WeekTopicTotal[]>`
        SELECT to_char(date_trunc('week', day), 'YYYY-MM-DD') AS week, "topicId", sum(answered)::int AS answered,
               sum(correct)::int AS correct
        FROM "ActivityDay" WHERE "userId" = ${userId} AND day >= ${firstTrendWeek}::date
        GROUP BY 1, 2`,
      countDueReviews(userId, user.timeZone, now),
      // Score history: finished blueprint forms (simulated exams and quick practice in exam mode).
      db().attempt.findMany({
        where: {
          userId,
          mode: "EXAM",
          status: { in: ["SUBMITTED", "EXPIRED"] },
          ...(cert ? { certificationId: cert.id } : {}),
        },
        orderBy: { submittedAt: "desc" },
        take: 20,
        select: {
          id: true,
          submittedAt: true,
          scorePercent: true,
          blueprint: { select: { kind: true } },
          certification: { select: { code: true } },
        },
      }),
      cert ? certificationStructure(cert.id) : null,
      cert
        ? db().userQuestion.count({
            where: {
              userId,
              question: { status: "ACTIVE", certifications: { some: { certificationId: cert.id } } },
            },
          })
        : 0,
      cert
        ? db().question.count({
            where: { status: "ACTIVE", certifications: { some: { certificationId: cert.id } } },
          })
        : 0,
    ]);

  // Activity: today, this week, streak, and the per-domain weekly trend.
  const byDay = new Map(days.map((d) => [d.day, d]));
  const week = { answered: 0, correct: 0 };
  for (const [day, d] of byDay)
    if (day >= monday) {
      week.answered += d.answered;
      week.correct += d.correct;
    }
  const answeredToday = byDay.get(today)?.answered ?? 0;
  const streak = currentStreak(new Set(byDay.keys()), today);

  const daysToExam = user.examDate ? daysUntil(user.examDate, now) : null;
  const lastFull = exams.find((e) => e.blueprint?.kind === "FULL")?.submittedAt ?? null;

  let target: null | {
    readiness: Readiness;
    evidence: number;
    domains: DomainStanding[];
    topics: RankedTopic[];
    trend: TrendPoint[];
    unseen: number;
    active: number;
  } = null;

  if (cert && structure) {
    const t = now.getTime();
    const expected = expectedItemsPerTopic(
      structure.domains.map((d) => ({
        code: d.code,
        itemCount: d.itemCount,
        topicSlugs: d.topics.map((x) => x.slug),
      })),
    );
    const total = structure.domains.reduce((n, d) => n + d.itemCount, 0) || 1;
    const domains: DomainStanding[] = structure.domains.map((d) => {
      const rows = d.topics.map((x) => mastery.get(x.id)).filter((r): r is MasteryRow => !!r);
      return {
        code: d.code,
        name: d.name,
        share: d.itemCount / total,
        answered: rows.reduce((n, r) => n + r.answered, 0),
        estimate: estimate(rows.length ? combine(rows) : EMPTY_EVIDENCE, t),
      };
    });
    // A topic listed under two domains appears once (under the first); its expected items sum both.
    const firstDomain = new Map<string, string>();
    for (const d of structure.domains)
      for (const x of d.topics) if (!firstDomain.has(x.id)) firstDomain.set(x.id, d.code);
    const topics = rankWeakTopics(
      structure.domains.flatMap((d) =>
        d.topics
          .filter((x) => firstDomain.get(x.id) === d.code)
          .map((x) => {
            const row = mastery.get(x.id);
            return {
              slug: x.slug,
              name: x.name,
              domainCode: d.code,
              domainName: d.name,
              expectedItems: expected.get(x.slug) ?? 0,
              estimate: estimate(row ?? EMPTY_EVIDENCE, t),
              answered: row?.answered ?? 0,
            };
          }),
      ),
    );
    target = {
      readiness: readiness(domains, structure.itemCount, PASS_PERCENT),
      evidence: domains.reduce((n, d) => n + d.estimate.evidence, 0),
      domains,
      topics,
      trend: weeklyTrend(
        trendRows,
        firstDomain,
        structure.domains.map((d) => d.code),
        monday,
      ),
      unseen: Math.max(0, activeInTarget - seenInTarget),
      active: activeInTarget,
    };
  }

  const weakest = target?.topics[0];
  const plan: Plan = studyPlan({
    daysToExam,
    dueReviews: due,
    answeredToday,
    dailyGoal: user.dailyGoal,
    unseenItems: target?.unseen ?? 0,
    weakest: weakest ? { slug: weakest.slug, name: weakest.name } : null,
    daysSinceSimulated: lastFull ? Math.floor((now.getTime() - lastFull.getTime()) / 86_400_000) : null,
  });

  return {
    name: user.name,
    examDate: user.examDate,
    daysToExam,
    dailyGoal: user.dailyGoal,
    showStreak: user.showStreak,
    targetCertification: cert,
    inProgress,
    recent,
    due,
    today: { answered: answeredToday },
    week,
    streak,
    totalAnswered: [...mastery.values()].reduce((n, r) => n + r.answered, 0),
    scoreHistory: exams
      .filter((e) => e.submittedAt && e.scorePercent !== null)
      .reverse()
      .map((e) => ({
        id: e.id,
        date: e.submittedAt!.toISOString(),
        percent: e.scorePercent!,
        kind: e.blueprint?.kind === "FULL" ? "Simulated exam" : "Quick practice",
        code: e.certification.code,
      })),
    target,
    plan,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** Percent correct per domain per week (null where nothing was answered), oldest week first. */
function weeklyTrend(
  rows: WeekTopicTotal[],
  topicDomain: Map<string, string>,
  codes: string[],
  thisMonday: string,
): TrendPoint[] {
  const weeks = Array.from({ length: TREND_WEEKS }, (_, i) =>
    addDays(thisMonday, -7 * (TREND_WEEKS - 1 - i)),
  );
  const sums = new Map<string, { answered: number; correct: number }>();
  for (const a of rows) {
    const code = topicDomain.get(a.topicId);
    if (!code) continue;
    const key = `${a.week}|${code}`;
    const s = sums.get(key) ?? { answered: 0, correct: 0 };
    s.answered += a.answered;
    s.correct += a.correct;
    sums.set(key, s);
  }
  return weeks.map((week) => {
    const point: TrendPoint = { week };
    for (const code of codes) {
      const s = sums.get(`${week}|${code}`);
      point[code] = s ? Math.round((s.correct / s.answered) * 100) : null;
    }
    return point;
  });
}

/** A signed-in learner's own standing on one topic, for the topic page. */
export async function getTopicStanding(userId: string, topicSlug: string, now = new Date()) {
  const row = await db().topicMastery.findFirst({
    where: { userId, topic: { slug: topicSlug } },
    select: { weightedCorrect: true, weightedTotal: true, referenceAt: true, answered: true, correct: true },
  });
  if (!row) return { answered: 0, correct: 0, estimate: estimate(EMPTY_EVIDENCE, now.getTime()) };
  return {
    answered: row.answered,
    correct: row.correct,
    estimate: estimate({ ...row, referenceAt: row.referenceAt.getTime() }, now.getTime()),
  };
}
