import "server-only";
import { db } from "./db";
import { sql } from "./sql";

// An in-process cache of what every exam start reads: a certification, its blueprints and its pool
// of active questions (~600 rows over five joins). Reading them on each start made a synchronized
// 1,000-taker start queue for a minute (bench/exam-load; docs/decisions/0007).
//
// Invalidation: content changes only through the importer, and an import that changes the bank adds
// a ContentImport row in the same transaction as the changes. Every start asks the database for the
// number of imports and the newest one (one tiny query) and reloads when that moved, so a re-import
// — from this process, another process or the CLI while the server runs — is seen by the next start.

export type PoolRow = {
  questionId: string;
  versionId: string;
  fixedOrder: boolean;
  optionCount: number;
  domainId: string;
  domainCode: string;
  topicSlug: string;
};

export type CachedBlueprint = {
  id: string;
  name: string;
  timeLimitMinutes: number;
  /** Items per domain code. */
  counts: Record<string, number>;
};

export type ExamContent = {
  certification: { id: string; code: string };
  blueprints: Partial<Record<"FULL" | "QUICK", CachedBlueprint>>;
  /** Sorted by question id, the order assembly starts from (so its sort has nothing to do). */
  pool: PoolRow[];
  byQuestion: Map<string, PoolRow>;
};

type Entry = { version: string; content: Promise<ExamContent | null> };
const globalForContent = globalThis as unknown as { examContent?: Map<string, Entry> };
const cache = (globalForContent.examContent ??= new Map<string, Entry>());

/** Identifies the imported content: changes with every import that changed the bank. */
async function contentVersion(): Promise<string> {
  const [row] = await sql()<{ n: number; latest: Date | null }[]>`
    SELECT count(*)::int AS n, max("importedAt") AS latest FROM "ContentImport"`;
  return `${row?.n ?? 0}:${row?.latest?.getTime() ?? 0}`;
}

async function load(slug: string): Promise<ExamContent | null> {
  const certification = await db().certification.findUnique({
    where: { slug },
    select: { id: true, code: true },
  });
  if (!certification) return null;
  const pool = await db().$queryRaw<PoolRow[]>`
    SELECT q.id AS "questionId", qv.id AS "versionId", qv."fixedOrder", cardinality(qv."optionTexts") AS "optionCount",
           d.id AS "domainId", d.code AS "domainCode", t.slug AS "topicSlug"
    FROM "Question" q
    JOIN "QuestionVersion" qv ON qv.id = q."currentVersionId"
    JOIN "QuestionCertification" qc ON qc."questionId" = q.id AND qc."certificationId" = ${certification.id}
    JOIN "Topic" t ON t.id = q."topicId"
    JOIN "DomainTopic" dt ON dt."topicId" = q."topicId"
    JOIN "Domain" d ON d.id = dt."domainId" AND d."certificationId" = ${certification.id}
    WHERE q.status = 'ACTIVE'`;
  const blueprints = await db().blueprint.findMany({
    where: { certificationId: certification.id },
    orderBy: { id: "asc" },
    include: { domains: { include: { domain: { select: { code: true } } } } },
  });
  const forms: ExamContent["blueprints"] = {};
  for (const b of blueprints) {
    forms[b.kind] ??= {
      id: b.id,
      name: b.name,
      timeLimitMinutes: b.timeLimitMinutes,
      counts: Object.fromEntries(b.domains.map((d) => [d.domain.code, d.itemCount])),
    };
  }
  pool.sort((a, b) => a.questionId.localeCompare(b.questionId));
  return { certification, blueprints: forms, pool, byQuestion: new Map(pool.map((p) => [p.questionId, p])) };
}

/**
 * The certification (by slug) with its blueprints and active pool, or null when there is no such
 * certification. Callers must not mutate what they get: it is shared between requests.
 */
export async function examContent(slug: string): Promise<ExamContent | null> {
  const version = await contentVersion();
  const hit = cache.get(slug);
  if (hit?.version === version) return hit.content;
  // One load per version, however many starts arrive at once.
  const entry: Entry = { version, content: load(slug) };
  cache.set(slug, entry);
  const content = await entry.content.catch((e: unknown) => {
    if (cache.get(slug) === entry) cache.delete(slug);
    throw e;
  });
  // Unknown certifications are not remembered: a later import may add them.
  if (!content && cache.get(slug) === entry) cache.delete(slug);
  return content;
}
