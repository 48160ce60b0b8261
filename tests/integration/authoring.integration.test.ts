// Item statistics and the reports inbox on a seeded database: ~3,500 answers written with raw bulk
// inserts, checked against figures computed here independently (plain two-pass formulas over the
// generated responses), plus role protection of every data function.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getItemDetail,
  getItemStatistics,
  listReports,
  resolveReport,
  type ItemStatRow,
} from "@/lib/server/authoring";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { sql } from "@/lib/server/sql";
import { ZItemFilters } from "@/lib/schemas/authoring";
import { MIN_RESPONSES } from "@/lib/stats/item-stats";
import { ensureBankImported } from "./helpers";

const tag = `st${Date.now().toString(36)}`;
const id = (kind: string) => `${tag}${kind}${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const code = (e: unknown) => (e instanceof AppError ? e.status : String(e));
const filters = (input: Record<string, string> = {}) => ZItemFilters.parse(input);

// A deterministic generator, so a failure reproduces.
let seed = 20261125;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;

// 30 items of our own, in a topic of our own (DRAFT, so no exam in another test can draw them).
// Item kinds: 0 keyed wrong (stronger takers miss it), 1 very easy, 2 option D never chosen,
// 3 very hard, 4 has an old version answered by the first 30 attempts, 29 too few answers to judge.
const ITEMS = 30;
const KEY = (i: number) => i % 4;
function chance(item: number, ability: number) {
  if (item === 0) return 0.85 - 0.8 * ability;
  if (item === 1) return 0.985;
  if (item === 3) return 0.08;
  if (item === 29) return 0;
  return 0.25 + 0.55 * ability + (item % 5) * 0.03;
}

type Seeded = {
  attemptId: string;
  status: "SUBMITTED" | "EXPIRED" | "IN_PROGRESS" | "ABANDONED";
  retry: boolean;
  items: { item: number; versionId: string; selected: number | null; correct: boolean; ms: number }[];
};

const ids = {
  topic: id("t"),
  otherTopic: id("t"),
  questions: Array.from({ length: ITEMS }, () => id("q")),
  versions: Array.from({ length: ITEMS }, () => id("v")),
  oldVersion4: id("v"),
  users: Array.from({ length: 40 }, () => id("u")),
  author: id("u"),
  admin: id("u"),
  learner: id("u"),
};
const allUsers: string[] = [...ids.users, ids.author, ids.admin, ids.learner];
const seeded: Seeded[] = [];
let reportIds: string[] = [];

function respond(item: number, ability: number, versionId: string, blankChance: number) {
  if (rand() < blankChance) return { item, versionId, selected: null, correct: false, ms: 0 };
  const correct = rand() < chance(item, ability);
  const wrong = [0, 1, 2, 3].filter((o) => o !== KEY(item) && !(item === 2 && o === 3));
  const selected = correct ? KEY(item) : pick(wrong);
  const ms = rand() < 0.03 ? 0 : Math.round(5_000 + rand() * 115_000);
  return { item, versionId, selected, correct, ms };
}

function generate() {
  const regular = Array.from({ length: 29 }, (_, i) => i); // item 29 only appears below
  for (let a = 0; a < 160; a++) {
    const ability = rand();
    const expiredAttempt = a % 8 === 0;
    const chosen = [...regular].sort(() => rand() - 0.5).slice(0, 20);
    if (a < 10) chosen[19] = 29;
    seeded.push({
      attemptId: id("a"),
      status: expiredAttempt ? "EXPIRED" : "SUBMITTED",
      retry: false,
      items: chosen.map((item) =>
        respond(
          item,
          ability,
          item === 4 && a < 30 ? ids.oldVersion4 : ids.versions[item]!,
          expiredAttempt ? 0.15 : 0,
        ),
      ),
    });
  }
  // One-item attempts: they count towards facility, but have no "rest" for discrimination.
  for (let a = 0; a < 10; a++)
    seeded.push({
      attemptId: id("a"),
      status: "SUBMITTED",
      retry: false,
      items: [respond(5, rand(), ids.versions[5]!, 0)],
    });
  // Never counted: unfinished, abandoned and retry attempts, all choosing option D everywhere.
  for (const [status, retry] of [
    ["IN_PROGRESS", false],
    ["IN_PROGRESS", false],
    ["ABANDONED", false],
    ["SUBMITTED", true],
    ["EXPIRED", true],
  ] as const)
    seeded.push({
      attemptId: id("a"),
      status,
      retry,
      items: regular.slice(0, 12).map((item) => ({
        item,
        versionId: ids.versions[item]!,
        selected: 3,
        correct: KEY(item) === 3,
        ms: 1000,
      })),
    });
}

/** Two-pass textbook figures over the generated responses, for comparison with the SQL path. */
function expected(versionId: string) {
  const counted = seeded.filter((a) => (a.status === "SUBMITTED" || a.status === "EXPIRED") && !a.retry);
  const responses = counted.flatMap((a) => {
    const total = a.items.filter((i) => i.correct).length;
    return a.items
      .filter((i) => i.versionId === versionId)
      .map((i) => ({
        ...i,
        rest: a.items.length > 1 ? (total - (i.correct ? 1 : 0)) / (a.items.length - 1) : null,
      }));
  });
  const answered = responses.filter((r) => r.selected !== null);
  const timed = answered.filter((r) => r.ms > 0);
  const pairs = answered.filter((r) => r.rest !== null);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const xs = pairs.map((r): number => (r.correct ? 1 : 0));
  const ys = pairs.map((r) => r.rest!);
  const mx = mean(xs);
  const my = mean(ys);
  const cov = xs.reduce((s, x, k) => s + (x - mx) * (ys[k]! - my), 0);
  const vx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const vy = ys.reduce((s, y) => s + (y - my) ** 2, 0);
  return {
    answered: answered.length,
    omitted: responses.length - answered.length,
    facility: answered.filter((r) => r.correct).length / answered.length,
    discrimination: vx > 0 && vy > 0 ? cov / Math.sqrt(vx * vy) : null,
    meanTimeMs: mean(timed.map((r) => r.ms)),
    options: [0, 1, 2, 3].map((o) => answered.filter((r) => r.selected === o).length),
  };
}

async function seed_() {
  const s = sql();
  const ciip = await db().certification.findUniqueOrThrow({ where: { slug: "ciip" }, select: { id: true } });
  const cpsm = await db().certification.findUniqueOrThrow({ where: { slug: "cpsm" }, select: { id: true } });
  const domainA = await db().domain.findFirstOrThrow({
    where: { certificationId: ciip.id, code: "A" },
    select: { id: true },
  });
  const now = new Date();
  await s`INSERT INTO "User" ${s(
    allUsers.map((uid, k) => ({
      id: uid,
      email: `${uid}@example.test`,
      name: uid === ids.author ? "Ada Author" : `Taker ${k}`,
      passwordHash: "not-a-real-hash",
      role: uid === ids.author ? "AUTHOR" : uid === ids.admin ? "ADMIN" : "LEARNER",
      updatedAt: now,
    })),
  )}`;
  await s`INSERT INTO "Topic" ${s(
    [ids.topic, ids.otherTopic].map((tid, k) => ({
      id: tid,
      slug: `${tag}-topic-${k}`,
      name: `Statistics test topic ${k}`,
      summary: "Seeded by the authoring integration test.",
      areaSlug: `${tag}-area`,
      areaName: "Test area",
      sortOrder: 900 + k,
      updatedAt: now,
    })),
  )}`;
  // Topic 0 counts towards CIIP domain A; items 0–24 are in topic 0, 25–29 in topic 1.
  await s`INSERT INTO "DomainTopic" ("domainId", "topicId") VALUES (${domainA.id}, ${ids.topic})`;
  await s`INSERT INTO "Question" ${s(
    ids.questions.map((qid, i) => ({
      id: qid,
      externalId: `${tag}-item-${String(i).padStart(2, "0")}`,
      topicId: i < 25 ? ids.topic : ids.otherTopic,
      status: "DRAFT",
      difficulty: 3,
      updatedAt: now,
    })),
  )}`;
  const version = (vid: string, i: number, v: number) => ({
    id: vid,
    questionId: ids.questions[i]!,
    version: v,
    contentHash: vid,
    stem: `Seeded question ${i}, version ${v}: which option is keyed?`,
    optionTexts: ["Alpha", "Bravo", "Charlie", "Delta"],
    correctOption: KEY(i),
    optionRationales: ["a", "b", "c", "d"],
    explanation: "Seeded.",
    references: [],
    difficulty: 3,
    cognitive: "RECALL",
  });
  const versions = ids.versions.map((vid, i) => version(vid, i, i === 4 ? 2 : 1));
  versions.push(version(ids.oldVersion4, 4, 1));
  await s`INSERT INTO "QuestionVersion" ${s(versions)}`;
  await s`UPDATE "Question" q SET "currentVersionId" = v.vid
          FROM (SELECT unnest(${ids.questions}::text[]) AS qid, unnest(${ids.versions}::text[]) AS vid) v
          WHERE q.id = v.qid`;
  await s`INSERT INTO "QuestionCertification" ${s(
    ids.questions.flatMap((qid, i) => [
      { questionId: qid, certificationId: ciip.id },
      ...(i % 2 === 0 ? [{ questionId: qid, certificationId: cpsm.id }] : []),
    ]),
  )}`;

  await s`INSERT INTO "Attempt" ${s(
    seeded.map((a, k) => ({
      id: a.attemptId,
      userId: ids.users[k % ids.users.length]!,
      mode: a.retry ? "TUTOR" : "CUSTOM",
      immediateFeedback: a.retry,
      certificationId: ciip.id,
      title: "Seeded attempt",
      seed: "seed",
      config: s.json(a.retry ? { kind: "retry" } : { kind: "custom" }),
      status: a.status,
      itemCount: a.items.length,
      submittedAt: a.status === "SUBMITTED" || a.status === "EXPIRED" ? now : null,
      correctCount: a.items.filter((i) => i.correct).length,
      updatedAt: now,
    })),
  )}`;
  const items = seeded.flatMap((a) =>
    a.items.map((i, position) => ({
      id: id("i"),
      attemptId: a.attemptId,
      position,
      questionVersionId: i.versionId,
      optionOrder: [0, 1, 2, 3],
      selectedOption: i.selected,
      isCorrect: i.selected === null ? null : i.correct,
      timeSpentMs: i.ms,
      answeredAt: i.selected === null ? null : now,
      updatedAt: now,
    })),
  );
  for (let k = 0; k < items.length; k += 1000)
    await s`INSERT INTO "AttemptItem" ${s(items.slice(k, k + 1000))}`;

  reportIds = [id("r"), id("r"), id("r")];
  await s`INSERT INTO "QuestionReport" ${s([
    {
      id: reportIds[0]!,
      userId: ids.users[0]!,
      questionVersionId: ids.oldVersion4,
      reason: "WRONG_KEY",
      text: "Bravo is also right.",
      updatedAt: now,
    },
    {
      id: reportIds[1]!,
      userId: ids.users[1]!,
      questionVersionId: ids.versions[4]!,
      reason: "TYPO",
      text: "Typo in the stem.",
      updatedAt: now,
    },
    {
      id: reportIds[2]!,
      userId: ids.users[2]!,
      questionVersionId: ids.versions[7]!,
      reason: "AMBIGUOUS",
      text: "Two options fit.",
      updatedAt: now,
    },
  ])}`;
  return items.length;
}

const author = { id: ids.author, role: "AUTHOR" as const };
const admin = { id: ids.admin, role: "ADMIN" as const };
const learner = { id: ids.learner, role: "LEARNER" as const };
let answerRows = 0;

beforeAll(async () => {
  await ensureBankImported();
  generate();
  answerRows = await seed_();
}, 120_000);

afterAll(async () => {
  const s = sql();
  await s`DELETE FROM "Attempt" WHERE id IN ${s(seeded.map((a) => a.attemptId))}`;
  await s`DELETE FROM "Question" WHERE id IN ${s(ids.questions)}`;
  const topics: string[] = [ids.topic, ids.otherTopic];
  await s`DELETE FROM "Topic" WHERE id IN ${s(topics)}`;
  await s`DELETE FROM "User" WHERE id IN ${s(allUsers)}`;
});

const byId = (rows: ItemStatRow[]) => new Map(rows.map((r) => [r.externalId, r]));
const ext = (i: number) => `${tag}-item-${String(i).padStart(2, "0")}`;

describe("item statistics query", () => {
  it("matches independently computed facility, discrimination, time and choices for every item", async () => {
    expect(answerRows).toBeGreaterThan(3000);
    const result = await getItemStatistics(author, filters({ topic: `${tag}-topic-0` }));
    const other = await getItemStatistics(author, filters({ topic: `${tag}-topic-1` }));
    const rows = byId([...result.items, ...other.items]);
    expect(rows.size).toBe(ITEMS);
    for (let i = 0; i < ITEMS; i++) {
      const row = rows.get(ext(i))!;
      const want = expected(ids.versions[i]!);
      expect(row.stats.answered, `item ${i}`).toBe(want.answered);
      expect(row.stats.omitted, `item ${i}`).toBe(want.omitted);
      expect(row.stats.facility!, `item ${i}`).toBeCloseTo(want.facility, 10);
      expect(row.stats.meanTimeMs!, `item ${i}`).toBeCloseTo(want.meanTimeMs, 6);
      expect(
        row.stats.options.map((o) => o.count),
        `item ${i}`,
      ).toEqual(want.options);
      if (want.discrimination === null) expect(row.stats.discrimination, `item ${i}`).toBeNull();
      else expect(row.stats.discrimination!, `item ${i}`).toBeCloseTo(want.discrimination, 10);
    }
    // Unfinished, abandoned and retry attempts (all "D") are not counted: item 0's D count is what we generated.
    expect(rows.get(ext(4))!.version).toBe(2);
    expect(result.totals.answers + other.totals.answers).toBe(
      [...rows.values()].reduce((n, r) => n + r.stats.answered, 0),
    );
  });

  it("agrees with PostgreSQL's own corr() for the discrimination of a typical item", async () => {
    const [row] = await sql()<{ r: number }[]>`
      WITH att AS (
        SELECT a.id, count(*) AS n, count(*) FILTER (WHERE ai."isCorrect") AS c
        FROM "Attempt" a JOIN "AttemptItem" ai ON ai."attemptId" = a.id
        WHERE a.status IN ('SUBMITTED', 'EXPIRED') AND a.config->>'kind' <> 'retry' GROUP BY a.id HAVING count(*) > 1)
      SELECT corr((att.c - (ai."isCorrect")::int)::float8 / (att.n - 1), (ai."isCorrect")::int)::float8 AS r
      FROM "AttemptItem" ai JOIN att ON att.id = ai."attemptId"
      WHERE ai."questionVersionId" = ${ids.versions[10]!} AND ai."selectedOption" IS NOT NULL`;
    const stats = await getItemStatistics(author, filters({ topic: `${tag}-topic-0` }));
    const item = stats.items.find((r) => r.externalId === ext(10))!;
    expect(item.stats.discrimination!).toBeCloseTo(row!.r, 10);
    expect(item.stats.discrimination!).toBeGreaterThan(0.2); // ability drives it: it discriminates
  });

  it("raises the designed flags, and none on thin data", async () => {
    const { items } = await getItemStatistics(author, filters({ topic: `${tag}-topic-0` }));
    const other = await getItemStatistics(author, filters({ topic: `${tag}-topic-1` }));
    const rows = byId([...items, ...other.items]);
    const flags = (i: number) => rows.get(ext(i))!.stats.flags.map((f) => f.code);
    expect(flags(0)).toContain("negative-discrimination");
    expect(flags(1)).toContain("very-easy");
    expect(flags(2)).toEqual(["unused-distractor"]);
    expect(flags(3)).toContain("very-hard");
    expect(flags(4)).toEqual(["open-reports"]); // two open reports on the question, one per version
    expect(rows.get(ext(4))!.stats.openReports).toBe(2);
    expect(rows.get(ext(29))!.stats.answered).toBeLessThan(MIN_RESPONSES);
    expect(rows.get(ext(29))!.stats.facility).toBe(0);
    expect(flags(29)).toEqual([]);
  });

  it("filters by certification, domain, topic and 'needs checking', and sorts", async () => {
    const mine = (r: { items: ItemStatRow[] }) =>
      r.items.filter((i) => i.externalId.startsWith(tag)).map((i) => i.externalId);
    const cpsm = await getItemStatistics(author, filters({ certification: "cpsm" }));
    expect(mine(cpsm).sort()).toEqual(
      Array.from({ length: ITEMS }, (_, i) => i)
        .filter((i) => i % 2 === 0)
        .map(ext),
    );
    expect(cpsm.items.every((i) => i.certifications.includes("CPSM"))).toBe(true);
    const domainA = await getItemStatistics(author, filters({ domain: "ciip:A" }));
    expect(mine(domainA)).toHaveLength(25); // topic 1 is in no domain
    const flagged = await getItemStatistics(author, filters({ topic: `${tag}-topic-0`, check: "any" }));
    expect(flagged.items.every((i) => i.stats.flags.length > 0)).toBe(true);
    expect(mine(flagged)).toEqual(expect.arrayContaining([ext(0), ext(1), ext(2), ext(3), ext(4)]));
    const hard = await getItemStatistics(author, filters({ topic: `${tag}-topic-0`, check: "very-hard" }));
    expect(mine(hard)).toEqual([ext(3)]);

    const asc = await getItemStatistics(
      author,
      filters({ topic: `${tag}-topic-0`, sort: "facility", dir: "asc" }),
    );
    const facilities = asc.items.map((i) => i.stats.facility!);
    expect(facilities).toEqual([...facilities].sort((a, b) => a - b));
    expect(asc.items[0]!.externalId).toBe(ext(3));
    const byItem = await getItemStatistics(author, filters({ topic: `${tag}-topic-0`, sort: "item" }));
    expect(byItem.dir).toBe("asc");
    expect(byItem.items.map((i) => i.externalId)).toEqual(Array.from({ length: 25 }, (_, i) => ext(i)));
  });

  it("refuses unknown filters with a clear 422", async () => {
    const err = async (input: Record<string, string>) =>
      getItemStatistics(author, filters(input)).catch((e: unknown) => e);
    expect(code(await err({ topic: "no-such-topic" }))).toBe(422);
    expect(code(await err({ domain: "ciip:Z" }))).toBe(422);
    const clash = await err({ certification: "cpas", domain: "ciip:A" });
    expect(code(clash)).toBe(422);
    expect((clash as AppError).message).toMatch(/is not part of CPAS/);
  });

  it("is as fast as a page needs over the whole bank and every answer", async () => {
    const started = performance.now();
    const all = await getItemStatistics(admin, filters());
    expect(all.totals.items).toBeGreaterThan(600);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("item detail", () => {
  it("shows every version with its own statistics, the key, and the reports", async () => {
    const detail = await getItemDetail(author, ext(4));
    expect(detail.versions.map((v) => [v.version, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(detail.versions[0]!.correctOption).toBe(0);
    expect(detail.versions[0]!.stats.answered).toBe(expected(ids.versions[4]!).answered);
    expect(detail.versions[1]!.stats.answered).toBe(expected(ids.oldVersion4).answered);
    expect(detail.versions[1]!.stats.facility!).toBeCloseTo(expected(ids.oldVersion4).facility, 10);
    expect(detail.reports.map((r) => [r.item.version, r.text]).sort()).toEqual([
      [1, "Bravo is also right."],
      [2, "Typo in the stem."],
    ]);
    expect(code(await getItemDetail(author, "no-such-item").catch((e: unknown) => e))).toBe(404);
  });
});

describe("reports inbox", () => {
  it("lists open reports with the version the reporter saw, and records who resolved one, when and why", async () => {
    const before = await listReports(author, "OPEN");
    const report = before.reports.find((r) => r.id === reportIds[0])!;
    expect(report).toMatchObject({
      reason: "WRONG_KEY",
      text: "Bravo is also right.",
      reporterName: "Taker 0",
      item: { externalId: ext(4), version: 1, isCurrent: false, correctOption: 0 },
    });
    expect(report.item.optionTexts).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);

    await resolveReport(author, {
      reportId: reportIds[0]!,
      outcome: "RESOLVED",
      note: "Fixed in version 2.",
    });
    const row = await db().questionReport.findUniqueOrThrow({ where: { id: reportIds[0] } });
    expect(row).toMatchObject({
      status: "RESOLVED",
      resolvedById: ids.author,
      resolutionNote: "Fixed in version 2.",
    });
    expect(Date.now() - row.resolvedAt!.getTime()).toBeLessThan(60_000);

    const after = await listReports(author, "OPEN");
    expect(after.counts.OPEN).toBe(before.counts.OPEN - 1);
    expect(after.counts.RESOLVED).toBe(before.counts.RESOLVED + 1);
    const resolved = await listReports(author, "RESOLVED");
    expect(resolved.reports.find((r) => r.id === reportIds[0])).toMatchObject({
      resolvedByName: "Ada Author",
      resolutionNote: "Fixed in version 2.",
    });

    // Closing it again (another tab, another author) is a conflict and keeps the first note.
    const again = await resolveReport(admin, {
      reportId: reportIds[0]!,
      outcome: "RETIRED",
      note: "x",
    }).catch((e: unknown) => e);
    expect(code(again)).toBe(409);
    expect(
      (await db().questionReport.findUniqueOrThrow({ where: { id: reportIds[0] } })).resolutionNote,
    ).toBe("Fixed in version 2.");
    expect(
      code(
        await resolveReport(author, { reportId: "nope", outcome: "RESOLVED", note: "x" }).catch(
          (e: unknown) => e,
        ),
      ),
    ).toBe(404);

    await resolveReport(admin, { reportId: reportIds[2]!, outcome: "RETIRED", note: "Item withdrawn." });
    expect((await listReports(admin, "RETIRED")).reports.map((r) => r.id)).toContain(reportIds[2]);
  });
});

describe("role protection", () => {
  it("gives learners and visitors NOT_FOUND from every author data function, and changes nothing", async () => {
    for (const actor of [learner, null]) {
      const results = await Promise.all([
        getItemStatistics(actor, filters()).catch((e: unknown) => e),
        getItemDetail(actor, ext(0)).catch((e: unknown) => e),
        listReports(actor, "OPEN").catch((e: unknown) => e),
        resolveReport(actor, { reportId: reportIds[1]!, outcome: "RESOLVED", note: "sneaky" }).catch(
          (e: unknown) => e,
        ),
      ]);
      expect(results.map(code)).toEqual([404, 404, 404, 404]);
    }
    expect((await db().questionReport.findUniqueOrThrow({ where: { id: reportIds[1] } })).status).toBe(
      "OPEN",
    );
  });
});
