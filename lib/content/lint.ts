// Item-quality rules. Each rule has a name, reports file:line, and has a failing fixture in lint.test.ts.
import type { LocatedItem } from "./bank";
import type { ContentProblem } from "./yaml-source";

export const LIMITS = {
  stem: [40, 1200],
  option: [1, 240],
  why: [20, 700],
  explanation: [80, 1600],
  exhibitChars: 2400,
  exhibitLines: 30,
  nearDuplicate: 0.6,
  keyShare: [0.2, 0.3],
  longestKeyShare: 0.3,
} as const;

type ItemRule = (li: LocatedItem) => ContentProblem[];

const problem = (
  li: LocatedItem,
  path: readonly PropertyKey[],
  rule: string,
  message: string,
): ContentProblem => ({
  file: li.file,
  line: li.lineOf(path),
  rule,
  message: `${li.item.id}: ${message}`,
});

const len = (s: string) => s.trim().length;

export const optionCount: ItemRule = (li) =>
  li.item.options.length === 4
    ? []
    : [
        problem(
          li,
          ["options"],
          "option-count",
          `has ${li.item.options.length} options; items have exactly 4`,
        ),
      ];

export const oneCorrect: ItemRule = (li) => {
  const n = li.item.options.filter((o) => o.correct).length;
  return n === 1
    ? []
    : [problem(li, ["options"], "one-correct", `has ${n} options marked correct; exactly one must be`)];
};

export const optionRationale: ItemRule = (li) =>
  li.item.options.flatMap((o, i) => {
    const n = len(o.why ?? "");
    const [min, max] = LIMITS.why;
    if (n === 0)
      return [problem(li, ["options", i], "option-rationale", `option ${i + 1} has no rationale (why)`)];
    if (n < min || n > max)
      return [
        problem(
          li,
          ["options", i, "why"],
          "option-rationale",
          `option ${i + 1}'s rationale is ${n} characters; use ${min}–${max}`,
        ),
      ];
    return [];
  });

export const explanationAndReference: ItemRule = (li) => {
  const out: ContentProblem[] = [];
  const n = len(li.item.explanation);
  const [min, max] = LIMITS.explanation;
  if (n < min || n > max)
    out.push(
      problem(
        li,
        ["explanation"],
        "explanation-reference",
        `explanation is ${n} characters; use ${min}–${max}`,
      ),
    );
  if (!li.item.references.some((r) => len(r) >= 5))
    out.push(problem(li, ["references"], "explanation-reference", "needs at least one reference"));
  return out;
};

const BANNED = [
  /^\s*(all|none|neither|both) of (the )?(above|these|them|the other options)\b/i,
  /^\s*(both|either|neither) [A-D] (and|or|nor) [A-D]\b/i,
  /^\s*[A-D] and [A-D]( only)?\s*$/i,
];

export const bannedOptions: ItemRule = (li) =>
  li.item.options.flatMap((o, i) =>
    BANNED.some((re) => re.test(o.text))
      ? [
          problem(
            li,
            ["options", i, "text"],
            "banned-option",
            `option ${i + 1} ("${o.text.trim()}") is an all/none/both-style option`,
          ),
        ]
      : [],
  );

/** The question the candidate answers: the stem's last paragraph, or its last sentence. */
export function leadIn(stem: string): string {
  const paragraphs = stem.trim().split(/\n\s*\n/);
  const last = (paragraphs[paragraphs.length - 1] ?? "").replace(/\s+/g, " ").trim();
  const sentences = last.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return sentences.length > 1 && paragraphs.length === 1 ? (sentences[sentences.length - 1] ?? last) : last;
}

const NEGATIVE = /\b(not|except|cannot)\b|n't\b/gi;

export const negativeStem: ItemRule = (li) => {
  const q = leadIn(li.item.stem);
  const bad = [...q.matchAll(NEGATIVE)].map((m) => m[0]).filter((w) => w !== "NOT" && w !== "EXCEPT");
  return bad.length
    ? [
        problem(
          li,
          ["stem"],
          "negative-stem",
          `the question "${q}" is negative ("${bad[0]}"); write NOT or EXCEPT in capitals, or reword positively`,
        ),
      ]
    : [];
};

export const lengthBounds: ItemRule = (li) => {
  const out: ContentProblem[] = [];
  const s = len(li.item.stem);
  if (s < LIMITS.stem[0] || s > LIMITS.stem[1])
    out.push(
      problem(li, ["stem"], "length", `stem is ${s} characters; use ${LIMITS.stem[0]}–${LIMITS.stem[1]}`),
    );
  li.item.options.forEach((o, i) => {
    const n = len(o.text);
    if (n < LIMITS.option[0] || n > LIMITS.option[1])
      out.push(
        problem(
          li,
          ["options", i, "text"],
          "length",
          `option ${i + 1} is ${n} characters; use ${LIMITS.option[0]}–${LIMITS.option[1]}`,
        ),
      );
  });
  const body = li.item.exhibit?.body;
  if (body) {
    const lines = body.trimEnd().split("\n").length;
    if (body.length > LIMITS.exhibitChars || lines > LIMITS.exhibitLines) {
      out.push(
        problem(
          li,
          ["exhibit", "body"],
          "length",
          `exhibit is ${body.length} characters and ${lines} lines; keep it within ${LIMITS.exhibitChars} and ${LIMITS.exhibitLines}`,
        ),
      );
    }
  }
  return out;
};

export const ITEM_RULES: ItemRule[] = [
  optionCount,
  oneCorrect,
  optionRationale,
  explanationAndReference,
  bannedOptions,
  negativeStem,
  lengthBounds,
];

// ── bank-wide rules ──

function trigrams(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const grams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i += 1) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function nearDuplicates(items: LocatedItem[]): ContentProblem[] {
  const grams = items.map((li) => trigrams(`${li.item.stem} ${li.item.exhibit?.body ?? ""}`));
  const out: ContentProblem[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const sim = jaccard(grams[i]!, grams[j]!);
      if (sim >= LIMITS.nearDuplicate) {
        const a = items[i]!;
        const b = items[j]!;
        out.push(
          problem(
            b,
            ["stem"],
            "near-duplicate",
            `stem is ${Math.round(sim * 100)}% similar to ${a.item.id} (${a.file}:${a.line})`,
          ),
        );
      }
    }
  }
  return out;
}

const keyIndex = (li: LocatedItem) => li.item.options.findIndex((o) => o.correct);

export function keyBalance(items: LocatedItem[], where = "questions/bank"): ContentProblem[] {
  const scored = items.filter((li) => li.item.options.length === 4 && keyIndex(li) >= 0);
  if (!scored.length) return [];
  const counts = [0, 0, 0, 0];
  for (const li of scored) counts[keyIndex(li)]! += 1;
  const [min, max] = LIMITS.keyShare;
  return counts.flatMap((c, i) => {
    const share = c / scored.length;
    return share < min || share > max
      ? [
          {
            file: where,
            line: 1,
            rule: "key-balance",
            message: `option ${"ABCD"[i]} is the key in ${(share * 100).toFixed(1)}% of ${scored.length} active items; keep each position within ${min * 100}–${max * 100}%`,
          },
        ]
      : [];
  });
}

export function isKeyStrictlyLongest(li: LocatedItem): boolean {
  const k = keyIndex(li);
  if (k < 0) return false;
  const lengths = li.item.options.map((o) => len(o.text));
  return lengths.every((n, i) => i === k || n < lengths[k]!);
}

export function longestKey(items: LocatedItem[], where = "questions/bank"): ContentProblem[] {
  if (!items.length) return [];
  const n = items.filter(isKeyStrictlyLongest).length;
  const share = n / items.length;
  return share > LIMITS.longestKeyShare
    ? [
        {
          file: where,
          line: 1,
          rule: "longest-key",
          message: `the key is the longest option in ${(share * 100).toFixed(1)}% of ${items.length} active items (${n}); keep it at most ${LIMITS.longestKeyShare * 100}%`,
        },
      ]
    : [];
}

/** Every rule over the active items (drafts are linted per item too, so they are ready to publish). */
export function lintBank(items: LocatedItem[]): ContentProblem[] {
  const live = items.filter((li) => li.item.status !== "retired");
  const active = items.filter((li) => li.item.status === "active");
  return [
    ...live.flatMap((li) => ITEM_RULES.flatMap((rule) => rule(li))),
    ...nearDuplicates(live),
    ...keyBalance(active),
    ...longestKey(active),
  ];
}
