// The whole content bank as plain data, plus the cross-file checks that need all of it.
import type { CertificationSlug, TBlueprintFile, TCertificationFile, TItem, TRolesFile } from "./schema";
import type { ContentProblem } from "./yaml-source";

export type LocatedItem = {
  item: TItem;
  file: string;
  line: number;
  /** Line of a field inside the item, e.g. ["options", 2, "why"]. */
  lineOf: (path: readonly PropertyKey[]) => number;
};

export type TopicRecord = {
  slug: string;
  name: string;
  summary: string;
  areaSlug: string;
  areaName: string;
  sortOrder: number;
};

export type Bank = {
  certifications: TCertificationFile;
  topics: TopicRecord[];
  blueprints: TBlueprintFile[];
  roles: TRolesFile;
  items: LocatedItem[];
};

/** certification → topic slug → domain code. */
export function topicDomains(blueprints: TBlueprintFile[]): Map<CertificationSlug, Map<string, string>> {
  const map = new Map<CertificationSlug, Map<string, string>>();
  for (const bp of blueprints) {
    const byTopic = new Map<string, string>();
    for (const d of bp.domains) for (const t of d.topics) byTopic.set(t, d.code);
    map.set(bp.certification, byTopic);
  }
  return map;
}

export type BankFiles = { certifications: string; topics: string; roles: string; blueprints: string[] };

/** Every reference between files resolves, and each topic sits in at most one domain per certification. */
export function crossCheck(bank: Bank, files: BankFiles): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, line: number, message: string) =>
    problems.push({ file, line, rule: "reference", message });
  const topicSlugs = new Set(bank.topics.map((t) => t.slug));
  const certSlugs = new Set(bank.certifications.map((c) => c.slug));

  const seenTopic = new Set<string>();
  for (const t of bank.topics) {
    if (seenTopic.has(t.slug)) add(files.topics, 1, `topic "${t.slug}" is defined twice`);
    seenTopic.add(t.slug);
  }

  bank.blueprints.forEach((bp, i) => {
    const file = files.blueprints[i] ?? "blueprints";
    if (!certSlugs.has(bp.certification))
      add(file, 1, `certification "${bp.certification}" is not in certifications.yaml`);
    const inDomain = new Map<string, string>();
    const codes = new Set<string>();
    for (const d of bp.domains) {
      if (codes.has(d.code)) add(file, 1, `domain code "${d.code}" is used twice`);
      codes.add(d.code);
      for (const t of d.topics) {
        if (!topicSlugs.has(t)) add(file, 1, `domain ${d.code} lists unknown topic "${t}"`);
        const other = inDomain.get(t);
        if (other)
          add(
            file,
            1,
            `topic "${t}" is in domains ${other} and ${d.code}; a topic may count towards one domain per certification`,
          );
        inDomain.set(t, d.code);
      }
    }
    for (const form of bp.forms) {
      const keys = Object.keys(form.counts);
      for (const k of keys) if (!codes.has(k)) add(file, 1, `form ${form.slug} counts unknown domain "${k}"`);
      for (const c of codes)
        if (!(c in form.counts)) add(file, 1, `form ${form.slug} has no count for domain ${c}`);
      const sum = Object.values(form.counts).reduce((a, b) => a + b, 0);
      if (sum !== form.items)
        add(file, 1, `form ${form.slug}: domain counts add up to ${sum}, not ${form.items}`);
    }
  });
  for (const c of bank.certifications) {
    if (!bank.blueprints.some((b) => b.certification === c.slug))
      add(files.certifications, 1, `certification "${c.slug}" has no blueprint file`);
  }

  for (const role of bank.roles.roles) {
    for (const t of role.topics)
      if (!topicSlugs.has(t.topic)) add(files.roles, 1, `role ${role.slug} links unknown topic "${t.topic}"`);
    for (const c of role.certifications)
      if (!certSlugs.has(c.certification))
        add(files.roles, 1, `role ${role.slug} links unknown certification "${c.certification}"`);
    for (const s of role.salaries)
      if (!(s.source in bank.roles.sources))
        add(files.roles, 1, `role ${role.slug}: figure "${s.label}" names unknown source "${s.source}"`);
  }

  const domains = topicDomains(bank.blueprints);
  const ids = new Map<string, string>();
  for (const { item, file, line, lineOf } of bank.items) {
    const first = ids.get(item.id);
    if (first) add(file, line, `id ${item.id} is already used in ${first}`);
    ids.set(item.id, `${file}:${line}`);
    if (!topicSlugs.has(item.topic)) {
      add(file, lineOf(["topic"]), `${item.id}: unknown topic "${item.topic}"`);
      continue;
    }
    if (!item.id.startsWith(`${item.topic}-`))
      add(file, line, `${item.id}: id must start with its topic slug ("${item.topic}-NNN")`);
    const fileTopic = /([^/]+)\.ya?ml$/.exec(file)?.[1];
    if (fileTopic && fileTopic !== item.topic)
      add(file, lineOf(["topic"]), `${item.id}: items in ${fileTopic}.yaml must have topic "${fileTopic}"`);
    for (const cert of item.certifications) {
      if (!domains.get(cert)?.has(item.topic)) {
        add(
          file,
          lineOf(["certifications"]),
          `${item.id}: ${cert.toUpperCase()}'s blueprint does not cover topic "${item.topic}"`,
        );
      }
    }
  }
  return problems;
}
