import "server-only";
import type postgres from "postgres";
import type { Prisma } from "@/generated/prisma/client";
import type { TItemFilters, TResolveReport } from "@/lib/schemas/authoring";
import {
  DEFAULT_DIR,
  emptyAggregate,
  itemStatistics,
  matchesCheck,
  sortRows,
  type ItemAggregate,
  type ItemStatistics,
} from "@/lib/stats/item-stats";
import { isAuthorRole, type SessionUser } from "./auth";
import { db } from "./db";
import { conflict, invalid, notFound } from "./errors";
import { sql } from "./sql";

// The author area: item statistics over every learner's finished attempts, and the reports inbox.
// Every exported function checks the caller's role itself (pages and routes check too), so no
// caller can forget it; learners get NOT_FOUND, the same as for something that does not exist.

type Actor = Pick<SessionUser, "id" | "role">;

function assertAuthor(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || !isAuthorRole(actor.role)) throw notFound("That page");
}

// ───────────── the one aggregate query ─────────────

type AggregateRow = {
  questionId: string;
  externalId: string;
  status: "DRAFT" | "ACTIVE" | "RETIRED";
  versionId: string;
  version: number;
  isCurrent: boolean;
  correctOption: number;
  optionCount: number;
  stem: string;
  topicSlug: string;
  topicName: string;
  certifications: string[] | null;
  answered: number | null;
  omitted: number | null;
  correct: number | null;
  timedCount: number | null;
  timeSumMs: number | null;
  pairs: number | null;
  sumX: number | null;
  sumY: number | null;
  sumYY: number | null;
  sumXY: number | null;
  optionCounts: Record<string, number> | null;
  openReports: number | null;
  totalReports: number | null;
};

/**
 * One statement: the question versions in scope with, per version, the sums item-stats.ts needs
 * (see the definitions there) and, per question, its open and total reports. Rest scores come from
 * each attempt's own items, so they are exactly "the rest of the attempt". Finished means SUBMITTED
 * or EXPIRED; "retry the ones I missed" quizzes are left out, because they hold only items the
 * taker already got wrong and saw explained, which would skew both facility and the rest score.
 */
async function aggregate(scope: postgres.PendingQuery<postgres.Row[]>): Promise<AggregateRow[]> {
  const s = sql();
  return s<AggregateRow[]>`
    WITH scope AS (${scope}),
    touched AS (
      SELECT DISTINCT ai."attemptId" FROM "AttemptItem" ai JOIN scope ON scope."versionId" = ai."questionVersionId"
    ),
    finished AS (
      SELECT ai."attemptId", count(*)::int AS n, count(*) FILTER (WHERE ai."isCorrect")::int AS correct
      FROM touched
      JOIN "Attempt" a ON a.id = touched."attemptId"
      JOIN "AttemptItem" ai ON ai."attemptId" = a.id
      WHERE a.status IN ('SUBMITTED', 'EXPIRED') AND a.config->>'kind' IS DISTINCT FROM 'retry'
      GROUP BY ai."attemptId"
    ),
    responses AS (
      SELECT ai."questionVersionId" AS vid, ai."selectedOption" AS opt, ai."timeSpentMs" AS ms,
             CASE WHEN ai."isCorrect" THEN 1 ELSE 0 END AS x,
             CASE WHEN f.n > 1
               THEN (f.correct - CASE WHEN ai."isCorrect" THEN 1 ELSE 0 END)::float8 / (f.n - 1)
             END AS y
      FROM finished f
      JOIN "AttemptItem" ai ON ai."attemptId" = f."attemptId"
      JOIN scope ON scope."versionId" = ai."questionVersionId"
    ),
    sums AS (
      SELECT vid,
             count(*) FILTER (WHERE opt IS NOT NULL)::int AS answered,
             count(*) FILTER (WHERE opt IS NULL)::int AS omitted,
             coalesce(sum(x) FILTER (WHERE opt IS NOT NULL), 0)::int AS correct,
             count(*) FILTER (WHERE opt IS NOT NULL AND ms > 0)::int AS "timedCount",
             coalesce(sum(ms) FILTER (WHERE opt IS NOT NULL AND ms > 0), 0)::float8 AS "timeSumMs",
             count(*) FILTER (WHERE opt IS NOT NULL AND y IS NOT NULL)::int AS pairs,
             coalesce(sum(x) FILTER (WHERE opt IS NOT NULL AND y IS NOT NULL), 0)::int AS "sumX",
             coalesce(sum(y) FILTER (WHERE opt IS NOT NULL), 0)::float8 AS "sumY",
             coalesce(sum(y * y) FILTER (WHERE opt IS NOT NULL), 0)::float8 AS "sumYY",
             coalesce(sum(x * y) FILTER (WHERE opt IS NOT NULL), 0)::float8 AS "sumXY"
      FROM responses GROUP BY vid
    ),
    choices AS (
      SELECT vid, jsonb_object_agg(opt, n) AS "optionCounts"
      FROM (SELECT vid, opt, count(*)::int AS n FROM responses WHERE opt IS NOT NULL GROUP BY vid, opt) c
      GROUP BY vid
    ),
    reports AS (
      SELECT qv."questionId",
             count(*) FILTER (WHERE r.status = 'OPEN')::int AS "openReports",
             count(*)::int AS "totalReports"
      FROM "QuestionReport" r JOIN "QuestionVersion" qv ON qv.id = r."questionVersionId"
      WHERE qv."questionId" IN (SELECT "questionId" FROM scope)
      GROUP BY qv."questionId"
    )
    SELECT scope.*, sums.answered, sums.omitted, sums.correct, sums."timedCount", sums."timeSumMs",
           sums.pairs, sums."sumX", sums."sumY", sums."sumYY", sums."sumXY",
           choices."optionCounts", reports."openReports", reports."totalReports"
    FROM scope
    LEFT JOIN sums ON sums.vid = scope."versionId"
    LEFT JOIN choices ON choices.vid = scope."versionId"
    LEFT JOIN reports ON reports."questionId" = scope."questionId"`;
}

/** The question versions an aggregate covers, with what the table shows about each. */
function scopeSql(where: postgres.PendingQuery<postgres.Row[]>, versions: "current" | "all") {
  const s = sql();
  return s`
    SELECT q.id AS "questionId", q."externalId", q.status::text AS status, qv.id AS "versionId", qv.version,
           qv.id = q."currentVersionId" AS "isCurrent", qv."correctOption",
           cardinality(qv."optionTexts")::int AS "optionCount", left(qv.stem, 200) AS stem,
           t.slug AS "topicSlug", t.name AS "topicName",
           (SELECT array_agg(c.code ORDER BY c."sortOrder") FROM "QuestionCertification" qc
              JOIN "Certification" c ON c.id = qc."certificationId" WHERE qc."questionId" = q.id) AS certifications
    FROM "Question" q
    JOIN "QuestionVersion" qv ON ${versions === "current" ? s`qv.id = q."currentVersionId"` : s`qv."questionId" = q.id`}
    JOIN "Topic" t ON t.id = q."topicId"
    WHERE ${where}`;
}

function toAggregate(r: AggregateRow): ItemAggregate {
  if (r.answered === null) return emptyAggregate();
  return {
    answered: r.answered,
    omitted: r.omitted ?? 0,
    correct: r.correct ?? 0,
    timedCount: r.timedCount ?? 0,
    timeSumMs: r.timeSumMs ?? 0,
    pairs: r.pairs ?? 0,
    sumX: r.sumX ?? 0,
    sumY: r.sumY ?? 0,
    sumYY: r.sumYY ?? 0,
    sumXY: r.sumXY ?? 0,
    optionCounts: Object.fromEntries(Object.entries(r.optionCounts ?? {}).map(([k, v]) => [Number(k), v])),
  };
}

function statsOf(r: AggregateRow): ItemStatistics {
  return itemStatistics(toAggregate(r), {
    correctOption: r.correctOption,
    optionCount: r.optionCount,
    openReports: r.openReports ?? 0,
    totalReports: r.totalReports ?? 0,
  });
}

// ───────────── the statistics table ─────────────

export type ItemStatRow = {
  externalId: string;
  status: "DRAFT" | "ACTIVE" | "RETIRED";
  version: number;
  stem: string;
  topic: { slug: string; name: string };
  certifications: string[];
  stats: ItemStatistics;
};

export const PAGE_SIZE = 100;

/** Resolves the filter slugs to ids; an unknown one is a 422 with a message saying which. */
async function resolveFilters(f: TItemFilters) {
  const [cert, domain, topic] = await Promise.all([
    f.certification
      ? db().certification.findUnique({ where: { slug: f.certification }, select: { id: true, code: true } })
      : null,
    f.domain
      ? db().domain.findFirst({
          where: {
            code: f.domain.split(":")[1],
            certification: { slug: f.domain.split(":")[0] },
          },
          select: { id: true, name: true, certificationId: true, certification: { select: { code: true } } },
        })
      : null,
    f.topic ? db().topic.findUnique({ where: { slug: f.topic }, select: { id: true } }) : null,
  ]);
  if (f.certification && !cert)
    throw invalid("That certification has no content yet.", { certification: ["Unknown certification."] });
  if (f.domain && !domain)
    throw invalid(`There is no domain "${f.domain}".`, { domain: ["Unknown domain."] });
  if (f.topic && !topic) throw invalid(`There is no topic "${f.topic}".`, { topic: ["Unknown topic."] });
  if (cert && domain && domain.certificationId !== cert.id)
    throw invalid(
      `Domain ${domain.certification.code} ${domain.name} is not part of ${cert.code}: choose one of ${cert.code}'s domains or clear the domain filter.`,
      { domain: ["Not a domain of the chosen certification."] },
    );
  return { certId: cert?.id ?? domain?.certificationId, domainId: domain?.id, topicId: topic?.id };
}

/**
 * Statistics for the current version of every question matching the filters, sorted, and
 * filtered by "needs checking" (flags are computed here, not in SQL). Also the totals over the
 * filtered set and the requested page.
 */
export async function getItemStatistics(actor: Actor | null, filters: TItemFilters) {
  assertAuthor(actor);
  const { certId, domainId, topicId } = await resolveFilters(filters);
  const s = sql();
  const where = s`TRUE
    ${certId ? s`AND EXISTS (SELECT 1 FROM "QuestionCertification" qc WHERE qc."questionId" = q.id AND qc."certificationId" = ${certId})` : s``}
    ${domainId ? s`AND EXISTS (SELECT 1 FROM "DomainTopic" dt WHERE dt."topicId" = q."topicId" AND dt."domainId" = ${domainId})` : s``}
    ${topicId ? s`AND q."topicId" = ${topicId}` : s``}`;
  const rows = await aggregate(scopeSql(where, "current"));
  const all: ItemStatRow[] = rows.map((r) => ({
    externalId: r.externalId,
    status: r.status,
    version: r.version,
    stem: r.stem,
    topic: { slug: r.topicSlug, name: r.topicName },
    certifications: r.certifications ?? [],
    stats: statsOf(r),
  }));
  const sort = filters.sort ?? "flags";
  const dir = filters.dir ?? DEFAULT_DIR[sort];
  const matching = sortRows(
    all.filter((r) => matchesCheck(r.stats, filters.check)),
    sort,
    dir,
  );
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  return {
    sort,
    dir,
    page,
    pages,
    items: matching,
    pageItems: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    totals: {
      items: all.length,
      matching: matching.length,
      answers: all.reduce((n, r) => n + r.stats.answered, 0),
      needsChecking: all.filter((r) => r.stats.flags.length > 0).length,
    },
  };
}
export type ItemStatisticsResult = Awaited<ReturnType<typeof getItemStatistics>>;

/** What the filter selects offer: certifications with their domains, and topics by area. */
export async function getFilterChoices(actor: Actor | null) {
  assertAuthor(actor);
  const [certifications, topics] = await Promise.all([
    db().certification.findMany({
      orderBy: { sortOrder: "asc" },
      select: {
        slug: true,
        code: true,
        name: true,
        domains: {
          orderBy: { sortOrder: "asc" },
          select: { code: true, name: true, topics: { select: { topic: { select: { slug: true } } } } },
        },
      },
    }),
    db().topic.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, name: true, areaName: true },
    }),
  ]);
  return {
    certifications: certifications.map((c) => ({
      slug: c.slug,
      code: c.code,
      name: c.name,
      domains: c.domains.map((d) => ({
        value: `${c.slug}:${d.code}`,
        code: d.code,
        name: d.name,
        topics: d.topics.map((t) => t.topic.slug),
      })),
    })),
    topics,
  };
}

// ───────────── one item ─────────────

/** An item with every version (current first), each version's statistics, and all its reports. */
export async function getItemDetail(actor: Actor | null, externalId: string) {
  assertAuthor(actor);
  const question = await db().question.findUnique({
    where: { externalId },
    select: {
      id: true,
      externalId: true,
      status: true,
      difficulty: true,
      currentVersionId: true,
      topic: { select: { slug: true, name: true } },
      certifications: {
        orderBy: { certification: { sortOrder: "asc" } },
        select: { certification: { select: { slug: true, code: true } } },
      },
      versions: {
        orderBy: { version: "desc" },
        // An explicit select opts the answer fields in, past the client's default omit: authors see the key.
        select: {
          id: true,
          version: true,
          createdAt: true,
          stem: true,
          exhibitCaption: true,
          exhibitBody: true,
          optionTexts: true,
          correctOption: true,
          optionRationales: true,
          explanation: true,
          references: true,
        },
      },
    },
  });
  if (!question) throw notFound("That item");
  const s = sql();
  const rows = await aggregate(scopeSql(s`q.id = ${question.id}`, "all"));
  const statsByVersion = new Map(rows.map((r) => [r.versionId, statsOf(r)]));
  const versions = question.versions
    .map((v) => ({
      ...v,
      isCurrent: v.id === question.currentVersionId,
      stats:
        statsByVersion.get(v.id) ??
        itemStatistics(emptyAggregate(), {
          correctOption: v.correctOption,
          optionCount: v.optionTexts.length,
        }),
    }))
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.version - a.version);
  const reports = await listReportRows({ questionVersion: { questionId: question.id } });
  return {
    externalId: question.externalId,
    status: question.status,
    difficulty: question.difficulty,
    topic: question.topic,
    certifications: question.certifications.map((c) => c.certification),
    versions,
    reports,
  };
}
export type ItemDetail = Awaited<ReturnType<typeof getItemDetail>>;

// ───────────── reports ─────────────

async function listReportRows(
  where: Prisma.QuestionReportWhereInput,
  take = 200,
  order: "asc" | "desc" = "desc",
) {
  const rows = await db().questionReport.findMany({
    where,
    orderBy: [{ createdAt: order }, { id: order }],
    take,
    select: {
      id: true,
      reason: true,
      text: true,
      status: true,
      createdAt: true,
      resolvedAt: true,
      resolutionNote: true,
      user: { select: { name: true } },
      resolvedBy: { select: { name: true } },
      questionVersion: {
        select: {
          id: true,
          version: true,
          stem: true,
          exhibitCaption: true,
          exhibitBody: true,
          optionTexts: true,
          correctOption: true,
          question: { select: { externalId: true, status: true, currentVersionId: true } },
        },
      },
    },
  });
  return rows.map(({ user, questionVersion: v, ...r }) => ({
    ...r,
    reporterName: user.name,
    resolvedByName: r.resolvedBy?.name ?? null,
    item: {
      externalId: v.question.externalId,
      status: v.question.status,
      versionId: v.id,
      version: v.version,
      isCurrent: v.question.currentVersionId === v.id,
      stem: v.stem,
      exhibitCaption: v.exhibitCaption,
      exhibitBody: v.exhibitBody,
      optionTexts: v.optionTexts,
      correctOption: v.correctOption,
    },
  }));
}
export type ReportRow = Awaited<ReturnType<typeof listReportRows>>[number];

export const REPORTS_PER_PAGE = 100;

/** The inbox: one tab's reports (open ones oldest first, like a queue) and every tab's count. */
export async function listReports(actor: Actor | null, status: "OPEN" | "RESOLVED" | "RETIRED") {
  assertAuthor(actor);
  const [reports, counts] = await Promise.all([
    listReportRows({ status }, REPORTS_PER_PAGE, status === "OPEN" ? "asc" : "desc"),
    db().questionReport.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const count = (s: string) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return { reports, counts: { OPEN: count("OPEN"), RESOLVED: count("RESOLVED"), RETIRED: count("RETIRED") } };
}

/** How many reports wait for an author (for the author area's tabs). */
export async function countOpenReports(actor: Actor | null) {
  assertAuthor(actor);
  return db().questionReport.count({ where: { status: "OPEN" } });
}

/**
 * Closes an open report, recording who, when and why. Conditional on the report still being open,
 * so two authors closing it at once cannot overwrite each other's note.
 */
export async function resolveReport(
  actor: Actor | null,
  input: Pick<TResolveReport, "reportId" | "outcome" | "note">,
) {
  assertAuthor(actor);
  const now = new Date();
  const { count } = await db().questionReport.updateMany({
    where: { id: input.reportId, status: "OPEN" },
    data: { status: input.outcome, resolvedById: actor.id, resolvedAt: now, resolutionNote: input.note },
  });
  if (count === 1) return;
  const existing = await db().questionReport.findUnique({
    where: { id: input.reportId },
    select: { status: true },
  });
  if (!existing) throw notFound("That report");
  throw conflict(`This report was already closed (${existing.status.toLowerCase()}).`);
}
