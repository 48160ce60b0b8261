import "server-only";
import { db } from "./db";

// Public catalogue: certifications, topics and careers. No user data here.

export type CertificationFact = { label: string; value: string; sources: string[]; platform?: boolean };

async function activeCountsByCertificationTopic() {
  const rows = await db().$queryRaw<
    { certificationId: string; topicId: string; difficulty: number; n: number }[]
  >`
    SELECT qc."certificationId", q."topicId", q.difficulty, count(*)::int AS n
    FROM "Question" q JOIN "QuestionCertification" qc ON qc."questionId" = q.id
    WHERE q.status = 'ACTIVE'
    GROUP BY 1, 2, 3`;
  return rows;
}

export async function listCertifications() {
  const [certs, counts] = await Promise.all([
    db().certification.findMany({
      orderBy: { sortOrder: "asc" },
      include: {
        blueprints: {
          orderBy: { kind: "asc" },
          select: { slug: true, kind: true, name: true, itemCount: true, timeLimitMinutes: true },
        },
        _count: { select: { domains: true } },
      },
    }),
    activeCountsByCertificationTopic(),
  ]);
  return certs.map((c) => ({
    ...c,
    facts: c.facts as CertificationFact[],
    activeItems: counts.filter((r) => r.certificationId === c.id).reduce((n, r) => n + r.n, 0),
  }));
}

export async function getCertification(slug: string) {
  const cert = await db().certification.findUnique({
    where: { slug },
    include: {
      domains: {
        orderBy: { sortOrder: "asc" },
        include: { topics: { include: { topic: { select: { slug: true, name: true } } } } },
      },
      blueprints: { orderBy: { kind: "asc" }, include: { domains: true } },
      roles: { include: { role: { select: { slug: true, title: true } } } },
    },
  });
  if (!cert) return null;
  const counts = (await activeCountsByCertificationTopic()).filter((r) => r.certificationId === cert.id);
  const full = cert.blueprints.find((b) => b.kind === "FULL") ?? cert.blueprints[0];
  const domains = cert.domains.map((d) => {
    const topicIds = new Set(d.topics.map((t) => t.topicId));
    const formCount = full?.domains.find((bd) => bd.domainId === d.id)?.itemCount ?? 0;
    return {
      id: d.id,
      code: d.code,
      name: d.name,
      formCount,
      weight: full ? formCount / full.itemCount : 0,
      activeItems: counts.filter((r) => topicIds.has(r.topicId)).reduce((n, r) => n + r.n, 0),
      topics: d.topics.map((t) => t.topic).sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
  return {
    ...cert,
    facts: cert.facts as CertificationFact[],
    domains,
    activeItems: counts.reduce((n, r) => n + r.n, 0),
    forms: cert.blueprints.map((b) => ({
      slug: b.slug,
      kind: b.kind,
      name: b.name,
      itemCount: b.itemCount,
      timeLimitMinutes: b.timeLimitMinutes,
      note: b.note,
    })),
    roles: cert.roles.map((r) => ({ ...r.role, why: r.why })),
  };
}

export async function listTopics() {
  const [topics, counts] = await Promise.all([
    db().topic.findMany({
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        summary: true,
        areaSlug: true,
        areaName: true,
        _count: { select: { roles: true } },
      },
    }),
    db().question.groupBy({ by: ["topicId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const byTopic = new Map(counts.map((c) => [c.topicId, c._count._all]));
  const areas: {
    slug: string;
    name: string;
    topics: ((typeof topics)[number] & { activeItems: number })[];
  }[] = [];
  for (const t of topics) {
    let area = areas.find((a) => a.slug === t.areaSlug);
    if (!area) areas.push((area = { slug: t.areaSlug, name: t.areaName, topics: [] }));
    area.topics.push({ ...t, activeItems: byTopic.get(t.id) ?? 0 });
  }
  return areas;
}

const salarySelect = {
  id: true,
  kind: true,
  label: true,
  amount: true,
  low: true,
  high: true,
  percentile: true,
  premiumAmount: true,
  premiumPercent: true,
  baseline: true,
  location: true,
  note: true,
  sourceTitle: true,
  sourceUrl: true,
  year: true,
} as const;

export async function getTopic(slug: string) {
  const topic = await db().topic.findUnique({
    where: { slug },
    include: {
      domains: {
        include: {
          domain: {
            select: {
              code: true,
              name: true,
              certification: { select: { slug: true, code: true, sortOrder: true } },
            },
          },
        },
      },
      roles: {
        include: {
          role: {
            select: {
              slug: true,
              title: true,
              salaries: { orderBy: { sortOrder: "asc" }, select: salarySelect },
            },
          },
        },
      },
    },
  });
  if (!topic) return null;
  const difficulty = await db().question.groupBy({
    by: ["difficulty"],
    where: { topicId: topic.id, status: "ACTIVE" },
    _count: { _all: true },
  });
  return {
    ...topic,
    byDifficulty: [1, 2, 3, 4, 5].map((d) => ({
      difficulty: d,
      count: difficulty.find((x) => x.difficulty === d)?._count._all ?? 0,
    })),
    activeItems: difficulty.reduce((n, x) => n + x._count._all, 0),
    certifications: topic.domains
      .map((d) => ({
        slug: d.domain.certification.slug,
        code: d.domain.certification.code,
        domainCode: d.domain.code,
        domainName: d.domain.name,
        order: d.domain.certification.sortOrder,
      }))
      .sort((a, b) => a.order - b.order),
    roles: topic.roles.map((r) => ({ ...r.role, why: r.why })),
  };
}

export async function listRoles() {
  return db().careerRole.findMany({
    orderBy: { sortOrder: "asc" },
    include: {
      salaries: { orderBy: { sortOrder: "asc" }, select: salarySelect },
      certifications: { include: { certification: { select: { code: true, slug: true } } } },
    },
  });
}

export async function getRole(slug: string) {
  const role = await db().careerRole.findUnique({
    where: { slug },
    include: {
      salaries: { orderBy: { sortOrder: "asc" }, select: salarySelect },
      topics: { include: { topic: { select: { slug: true, name: true, areaName: true } } } },
      certifications: { include: { certification: { select: { slug: true, code: true, name: true } } } },
    },
  });
  if (!role) return null;
  return { ...role, careerPath: (role.careerPath ?? []) as { stage: string; pay: string }[] };
}

export type SalaryFigureView = Awaited<ReturnType<typeof listRoles>>[number]["salaries"][number];

/** Everything the "new exam" form offers: each certification's forms, domains and topics. */
export async function getExamChoices() {
  const certs = await db().certification.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      code: true,
      name: true,
      blueprints: { select: { kind: true, itemCount: true, timeLimitMinutes: true } },
      domains: {
        orderBy: { sortOrder: "asc" },
        select: {
          code: true,
          name: true,
          topics: { select: { topic: { select: { slug: true, name: true } } } },
        },
      },
    },
  });
  return certs.map((c) => ({
    slug: c.slug,
    code: c.code,
    name: c.name,
    full: c.blueprints.find((b) => b.kind === "FULL") ?? null,
    quick: c.blueprints.find((b) => b.kind === "QUICK") ?? null,
    domains: c.domains.map((d) => ({
      code: d.code,
      name: d.name,
      topics: d.topics.map((t) => t.topic).sort((a, b) => a.name.localeCompare(b.name)),
    })),
  }));
}
export type ExamChoices = Awaited<ReturnType<typeof getExamChoices>>;
