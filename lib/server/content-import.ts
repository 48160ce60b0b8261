import "server-only";
import type { Bank } from "@/lib/content/bank";
import { itemContentHash } from "@/lib/content/hash";
import type { TItem } from "@/lib/content/schema";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "./db";

export type ImportSummary = {
  bankHash: string;
  certifications: number;
  topics: number;
  blueprints: number;
  roles: number;
  questions: {
    created: number;
    newVersions: number;
    metadataUpdated: number;
    unchanged: number;
    retired: number;
  };
  skipped?: boolean;
};

type Tx = Prisma.TransactionClient;

const STATUS = { draft: "DRAFT", active: "ACTIVE", retired: "RETIRED" } as const;
const COGNITIVE = { recall: "RECALL", application: "APPLICATION", analysis: "ANALYSIS" } as const;
const FIGURE_KIND = {
  average: "AVERAGE",
  range: "RANGE",
  percentile: "PERCENTILE",
  bonus: "BONUS",
  "location-premium": "LOCATION_PREMIUM",
  "career-stage": "CAREER_STAGE",
} as const;

/** JSON with sorted keys: jsonb columns come back with their keys reordered. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}
const same = (a: unknown, b: unknown) => stable(a) === stable(b);

/** Update a row only when a field really changed, so re-importing leaves updatedAt alone. */
function changed<T extends Record<string, unknown>>(
  row: Record<string, unknown>,
  next: T,
): Partial<T> | null {
  const diff: Partial<T> = {};
  for (const [k, v] of Object.entries(next)) if (!same(row[k], v)) (diff as Record<string, unknown>)[k] = v;
  return Object.keys(diff).length ? diff : null;
}

async function upsertBySlug<R extends { id: string }>(
  existing: (R & Record<string, unknown>) | null,
  data: Record<string, unknown>,
  create: () => Promise<R>,
  update: (diff: Record<string, unknown>) => Promise<unknown>,
): Promise<string> {
  if (!existing) return (await create()).id;
  const diff = changed(existing, data);
  if (diff) await update(diff);
  return existing.id;
}

/**
 * Imports a validated bank in one transaction: content tables are brought in line with the files,
 * edited items get a new QuestionVersion (old attempts keep theirs), and items that left the bank
 * are retired rather than deleted. Running it twice writes nothing the second time.
 */
export async function importBank(db: Db, bank: Bank, bankHash: string): Promise<ImportSummary> {
  return db.$transaction(
    async (tx) => {
      const certIds = new Map<string, string>();
      for (const [i, c] of bank.certifications.entries()) {
        const data = {
          code: c.code,
          name: c.name,
          body: c.body,
          bodyName: c.bodyName,
          audience: c.audience,
          summary: c.summary,
          facts: c.facts,
          provisional: c.provisional,
          sortOrder: i,
        };
        const bp = bank.blueprints.find((b) => b.certification === c.slug)!;
        const full = { ...data, outline: bp.outline, outlineSource: bp.outlineSource };
        const existing = await tx.certification.findUnique({ where: { slug: c.slug } });
        certIds.set(
          c.slug,
          await upsertBySlug(
            existing,
            full,
            () => tx.certification.create({ data: { slug: c.slug, ...full } }),
            (diff) => tx.certification.update({ where: { slug: c.slug }, data: diff }),
          ),
        );
      }

      const topicIds = new Map<string, string>();
      for (const t of bank.topics) {
        const data = {
          name: t.name,
          summary: t.summary,
          areaSlug: t.areaSlug,
          areaName: t.areaName,
          sortOrder: t.sortOrder,
        };
        const existing = await tx.topic.findUnique({ where: { slug: t.slug } });
        topicIds.set(
          t.slug,
          await upsertBySlug(
            existing,
            data,
            () => tx.topic.create({ data: { slug: t.slug, ...data } }),
            (diff) => tx.topic.update({ where: { slug: t.slug }, data: diff }),
          ),
        );
      }

      for (const bp of bank.blueprints) {
        const certificationId = certIds.get(bp.certification)!;
        const domainIds = new Map<string, string>();
        for (const [i, d] of bp.domains.entries()) {
          const data = { slug: d.slug, name: d.name, sortOrder: i };
          const existing = await tx.domain.findUnique({
            where: { certificationId_code: { certificationId, code: d.code } },
          });
          const id = await upsertBySlug(
            existing,
            data,
            () => tx.domain.create({ data: { certificationId, code: d.code, ...data } }),
            (diff) => tx.domain.update({ where: { id: existing!.id }, data: diff }),
          );
          domainIds.set(d.code, id);
          await syncSet(
            (await tx.domainTopic.findMany({ where: { domainId: id }, select: { topicId: true } })).map(
              (r) => r.topicId,
            ),
            d.topics.map((s) => topicIds.get(s)!),
            (ids) => tx.domainTopic.deleteMany({ where: { domainId: id, topicId: { in: ids } } }),
            (ids) => tx.domainTopic.createMany({ data: ids.map((topicId) => ({ domainId: id, topicId })) }),
          );
        }
        await tx.domain.deleteMany({
          where: { certificationId, code: { notIn: bp.domains.map((d) => d.code) } },
        });

        for (const form of bp.forms) {
          const data = {
            certificationId,
            kind: form.kind === "full" ? ("FULL" as const) : ("QUICK" as const),
            name: form.name,
            itemCount: form.items,
            timeLimitMinutes: form.minutes,
            note: form.note,
          };
          const existing = await tx.blueprint.findUnique({ where: { slug: form.slug } });
          const id = await upsertBySlug(
            existing,
            data,
            () => tx.blueprint.create({ data: { slug: form.slug, ...data } }),
            (diff) => tx.blueprint.update({ where: { slug: form.slug }, data: diff }),
          );
          const rows = await tx.blueprintDomain.findMany({
            where: { blueprintId: id },
            select: { domainId: true, itemCount: true },
          });
          const wanted = Object.entries(form.counts).map(([code, itemCount]) => ({
            domainId: domainIds.get(code)!,
            itemCount,
          }));
          const key = (r: { domainId: string; itemCount: number }) => `${r.domainId}:${r.itemCount}`;
          if (!same(rows.map(key).sort(), wanted.map(key).sort())) {
            await tx.blueprintDomain.deleteMany({ where: { blueprintId: id } });
            await tx.blueprintDomain.createMany({ data: wanted.map((w) => ({ blueprintId: id, ...w })) });
          }
        }
      }

      for (const [i, role] of bank.roles.roles.entries()) {
        const data = {
          title: role.title,
          summary: role.summary,
          qualifications: role.qualifications,
          careerPath: role.careerPath ?? [],
          sortOrder: i,
        };
        const existing = await tx.careerRole.findUnique({ where: { slug: role.slug } });
        const roleId = await upsertBySlug(
          existing,
          data,
          () => tx.careerRole.create({ data: { slug: role.slug, ...data } }),
          (diff) => tx.careerRole.update({ where: { slug: role.slug }, data: diff }),
        );
        const figures = role.salaries.map((s, order) => {
          const source = bank.roles.sources[s.source]!;
          return {
            roleId,
            kind: FIGURE_KIND[s.kind],
            label: s.label,
            amount: s.amount ?? null,
            low: s.low ?? null,
            high: s.high ?? null,
            percentile: s.percentile ?? null,
            premiumAmount: s.premiumAmount ?? null,
            premiumPercent: s.premiumPercent ?? null,
            baseline: s.baseline ?? null,
            location: s.location ?? null,
            note: s.note ?? null,
            sourceTitle: `${source.title} (${source.publisher})`,
            sourceUrl: source.url ?? null,
            year: s.year ?? null,
            sortOrder: order,
          };
        });
        const current = await tx.salaryFigure.findMany({
          where: { roleId },
          orderBy: { sortOrder: "asc" },
          omit: { id: true, createdAt: true, updatedAt: true },
        });
        if (!same(current, figures)) {
          await tx.salaryFigure.deleteMany({ where: { roleId } });
          await tx.salaryFigure.createMany({ data: figures });
        }
        const topics = role.topics.map((t) => ({ roleId, topicId: topicIds.get(t.topic)!, why: t.why }));
        const currentTopics = await tx.roleTopic.findMany({ where: { roleId }, orderBy: { topicId: "asc" } });
        if (
          !same(
            currentTopics,
            [...topics].sort((a, b) => a.topicId.localeCompare(b.topicId)),
          )
        ) {
          await tx.roleTopic.deleteMany({ where: { roleId } });
          await tx.roleTopic.createMany({ data: topics });
        }
        const certs = role.certifications.map((c) => ({
          roleId,
          certificationId: certIds.get(c.certification)!,
          why: c.why,
        }));
        const currentCerts = await tx.roleCertification.findMany({
          where: { roleId },
          orderBy: { certificationId: "asc" },
        });
        if (
          !same(
            currentCerts,
            [...certs].sort((a, b) => a.certificationId.localeCompare(b.certificationId)),
          )
        ) {
          await tx.roleCertification.deleteMany({ where: { roleId } });
          await tx.roleCertification.createMany({ data: certs });
        }
      }
      await tx.careerRole.deleteMany({ where: { slug: { notIn: bank.roles.roles.map((r) => r.slug) } } });

      const questions = await importQuestions(
        tx,
        bank.items.map((li) => li.item),
        topicIds,
        certIds,
      );
      const summary: ImportSummary = {
        bankHash,
        certifications: bank.certifications.length,
        topics: bank.topics.length,
        blueprints: bank.blueprints.reduce((n, b) => n + b.forms.length, 0),
        roles: bank.roles.roles.length,
        questions,
      };
      const last = await tx.contentImport.findFirst({
        orderBy: { importedAt: "desc" },
        select: { bankHash: true },
      });
      if (last?.bankHash !== bankHash) await tx.contentImport.create({ data: { bankHash, summary } });
      return summary;
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

async function syncSet(
  current: string[],
  wanted: string[],
  remove: (ids: string[]) => Promise<unknown>,
  add: (ids: string[]) => Promise<unknown>,
) {
  const gone = current.filter((id) => !wanted.includes(id));
  const fresh = wanted.filter((id) => !current.includes(id));
  if (gone.length) await remove(gone);
  if (fresh.length) await add(fresh);
}

function versionData(item: TItem, contentHash: string) {
  return {
    contentHash,
    stem: item.stem.trim(),
    exhibitCaption: item.exhibit?.caption.trim() ?? null,
    exhibitBody: item.exhibit?.body.trimEnd() ?? null,
    optionTexts: item.options.map((o) => o.text.trim()),
    fixedOrder: item.fixedOrder === true,
    correctOption: item.options.findIndex((o) => o.correct),
    optionRationales: item.options.map((o) => (o.why ?? "").trim()),
    explanation: item.explanation.trim(),
    references: item.references.map((r) => r.trim()),
    difficulty: item.difficulty,
    cognitive: COGNITIVE[item.cognitive],
  };
}

async function importQuestions(
  tx: Tx,
  items: TItem[],
  topicIds: Map<string, string>,
  certIds: Map<string, string>,
) {
  const stats = { created: 0, newVersions: 0, metadataUpdated: 0, unchanged: 0, retired: 0 };
  const existing = await tx.question.findMany({
    select: {
      id: true,
      externalId: true,
      topicId: true,
      status: true,
      difficulty: true,
      currentVersion: { select: { contentHash: true } },
      certifications: { select: { certificationId: true } },
      versions: { select: { version: true, contentHash: true, id: true } },
    },
  });
  const byExternal = new Map(existing.map((q) => [q.externalId, q]));

  for (const item of items) {
    const hash = itemContentHash(item);
    const meta = {
      topicId: topicIds.get(item.topic)!,
      status: STATUS[item.status],
      difficulty: item.difficulty,
    };
    const certs = item.certifications.map((c) => certIds.get(c)!).sort();
    const q = byExternal.get(item.id);
    if (!q) {
      const created = await tx.question.create({ data: { externalId: item.id, ...meta } });
      const version = await tx.questionVersion.create({
        data: { questionId: created.id, version: 1, ...versionData(item, hash) },
      });
      await tx.question.update({ where: { id: created.id }, data: { currentVersionId: version.id } });
      await tx.questionCertification.createMany({
        data: certs.map((certificationId) => ({ questionId: created.id, certificationId })),
      });
      stats.created += 1;
      continue;
    }
    let touched = false;
    if (q.currentVersion?.contentHash !== hash) {
      // Reverting to an earlier text reuses that version instead of minting a duplicate.
      const previous = q.versions.find((v) => v.contentHash === hash);
      const versionId =
        previous?.id ??
        (
          await tx.questionVersion.create({
            data: {
              questionId: q.id,
              version: Math.max(0, ...q.versions.map((v) => v.version)) + 1,
              ...versionData(item, hash),
            },
          })
        ).id;
      await tx.question.update({ where: { id: q.id }, data: { currentVersionId: versionId } });
      stats.newVersions += 1;
      touched = true;
    }
    const diff = changed(q, meta);
    if (diff) {
      await tx.question.update({ where: { id: q.id }, data: diff });
      touched = true;
    }
    const currentCerts = q.certifications.map((c) => c.certificationId).sort();
    if (!same(currentCerts, certs)) {
      await tx.questionCertification.deleteMany({ where: { questionId: q.id } });
      await tx.questionCertification.createMany({
        data: certs.map((certificationId) => ({ questionId: q.id, certificationId })),
      });
      touched = true;
    }
    if (touched && q.currentVersion?.contentHash === hash) stats.metadataUpdated += 1;
    if (!touched) stats.unchanged += 1;
  }

  const inBank = new Set(items.map((i) => i.id));
  const gone = existing.filter((q) => !inBank.has(q.externalId) && q.status !== "RETIRED").map((q) => q.id);
  if (gone.length) await tx.question.updateMany({ where: { id: { in: gone } }, data: { status: "RETIRED" } });
  stats.retired = gone.length;
  return stats;
}
