// Reads questions/ from disk into a Bank, collecting every problem with its file and line.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ZodType } from "zod";
import { crossCheck, type Bank, type LocatedItem, type TopicRecord } from "./bank";
import {
  ZBlueprintFile,
  ZCertificationFile,
  ZItemFile,
  ZRolesFile,
  ZTopicsFile,
  type TBlueprintFile,
} from "./schema";
import { lineOf, parseYaml, validate, type ContentProblem } from "./yaml-source";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? walk(path.join(dir, e.name))
        : /\.ya?ml$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    )
    .sort();
}

export type LoadResult = { bank?: Bank; problems: ContentProblem[]; files: string[] };

export function loadBank(root: string): LoadResult {
  const problems: ContentProblem[] = [];
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  const files: string[] = [];

  function read<T>(
    file: string,
    schema: ZodType<T>,
  ): { data?: T; source?: ReturnType<typeof parseYaml>["source"] } {
    files.push(file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      problems.push({ file: rel(file), line: 1, rule: "missing", message: "file is missing" });
      return {};
    }
    const parsed = parseYaml(rel(file), text);
    problems.push(...parsed.problems);
    if (!parsed.source) return {};
    const v = validate(parsed.source, schema);
    problems.push(...v.problems);
    return { data: v.data, source: parsed.source };
  }

  const certFile = path.join(root, "certifications.yaml");
  const topicsFile = path.join(root, "topics.yaml");
  const rolesFile = path.join(root, "roles.yaml");
  const certifications = read(certFile, ZCertificationFile).data;
  const topicsData = read(topicsFile, ZTopicsFile).data;
  const roles = read(rolesFile, ZRolesFile).data;

  const blueprintFiles = walk(path.join(root, "blueprints"));
  const blueprints: TBlueprintFile[] = [];
  for (const f of blueprintFiles) {
    const bp = read(f, ZBlueprintFile).data;
    if (bp) blueprints.push(bp);
  }

  const items: LocatedItem[] = [];
  for (const f of walk(path.join(root, "bank"))) {
    const { data, source } = read(f, ZItemFile);
    if (!data || !source) continue;
    data.forEach((item, i) => {
      items.push({ item, file: rel(f), line: lineOf(source, [i]), lineOf: (p) => lineOf(source, [i, ...p]) });
    });
  }

  // Without the structural files, cross-checks would only add noise.
  if (!certifications || !topicsData || !roles) return { problems, files };

  const topics: TopicRecord[] = topicsData.areas.flatMap((a) =>
    a.topics.map((t) => ({ ...t, areaSlug: a.slug, areaName: a.name, sortOrder: 0 })),
  );
  topics.forEach((t, i) => (t.sortOrder = i));
  const bank: Bank = { certifications, topics, blueprints, roles, items };
  problems.push(
    ...crossCheck(bank, {
      certifications: rel(certFile),
      topics: rel(topicsFile),
      roles: rel(rolesFile),
      blueprints: blueprintFiles.map(rel),
    }),
  );
  return { bank, problems, files };
}
