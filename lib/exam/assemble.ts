// Builds an exam form from a blueprint: exactly the blueprint's count per domain, reproducible by
// seed, preferring items the learner has not seen (then the ones seen longest ago).
import { createRng, shuffle } from "./random";

export type PoolItem = { questionId: string; domainCode: string; lastSeenAt?: number };
export type FormSlot = { questionId: string; domainCode: string };

export class AssemblyError extends Error {
  constructor(
    message: string,
    readonly shortfalls: { domainCode: string; need: number; have: number }[],
  ) {
    super(message);
    this.name = "AssemblyError";
  }
}

export function assembleForm(counts: Record<string, number>, pool: PoolItem[], seed: string): FormSlot[] {
  const rng = createRng(seed);
  const shortfalls: { domainCode: string; need: number; have: number }[] = [];
  const chosen: FormSlot[] = [];
  // Domains in a fixed order so the same seed always consumes the generator the same way.
  for (const code of Object.keys(counts).sort()) {
    const need = counts[code]!;
    const candidates = pool.filter((p) => p.domainCode === code);
    if (candidates.length < need) {
      shortfalls.push({ domainCode: code, need, have: candidates.length });
      continue;
    }
    // Shuffle first, then a stable sort by recency keeps ties random but unseen items first.
    const ordered = shuffle(
      [...candidates].sort((a, b) => a.questionId.localeCompare(b.questionId)),
      rng,
    ).sort((a, b) => (a.lastSeenAt ?? -Infinity) - (b.lastSeenAt ?? -Infinity));
    chosen.push(...ordered.slice(0, need).map((p) => ({ questionId: p.questionId, domainCode: code })));
  }
  if (shortfalls.length) {
    const detail = shortfalls.map((s) => `${s.domainCode} needs ${s.need}, has ${s.have}`).join("; ");
    throw new AssemblyError(`The question bank cannot fill this form yet (${detail}).`, shortfalls);
  }
  // Mix the domains, as on the real exam.
  return shuffle(chosen, rng);
}

/** Display order of an item's options: a seeded permutation, or the authored order when fixed. */
export function optionOrder(
  seed: string,
  position: number,
  optionCount: number,
  fixedOrder: boolean,
): number[] {
  const identity = Array.from({ length: optionCount }, (_, i) => i);
  return fixedOrder ? identity : shuffle(identity, createRng(`${seed}:options:${position}`));
}

/** A custom quiz: `count` items from the pool, unseen first, reproducible by seed. */
export function pickItems<T extends { questionId: string; lastSeenAt?: number }>(
  pool: T[],
  count: number,
  seed: string,
): T[] {
  const rng = createRng(seed);
  const ordered = shuffle(
    [...pool].sort((a, b) => a.questionId.localeCompare(b.questionId)),
    rng,
  ).sort((a, b) => (a.lastSeenAt ?? -Infinity) - (b.lastSeenAt ?? -Infinity));
  return shuffle(ordered.slice(0, count), rng);
}
