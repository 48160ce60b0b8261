import { createHash } from "node:crypto";
import type { TItem } from "./schema";

/** Hash of everything a learner sees or is scored on; a change means a new QuestionVersion. */
export function itemContentHash(item: TItem): string {
  const content = {
    stem: item.stem.trim(),
    exhibit: item.exhibit
      ? { caption: item.exhibit.caption.trim(), body: item.exhibit.body.trimEnd() }
      : null,
    options: item.options.map((o) => ({
      text: o.text.trim(),
      correct: o.correct === true,
      why: (o.why ?? "").trim(),
    })),
    explanation: item.explanation.trim(),
    references: item.references.map((r) => r.trim()),
    difficulty: item.difficulty,
    cognitive: item.cognitive,
    fixedOrder: item.fixedOrder === true,
  };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
