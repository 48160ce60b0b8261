import path from "node:path";
import { describe, expect, it } from "vitest";
import { topicDomains } from "@/lib/content/bank";
import { loadBank } from "@/lib/content/load";
import { AssemblyError, assembleForm, optionOrder, pickItems, type PoolItem } from "./assemble";

const { bank } = loadBank(path.resolve(import.meta.dirname, "../../questions"));

function poolFor(cert: string): PoolItem[] {
  const byTopic = topicDomains(bank!.blueprints).get(cert as "ciip")!;
  return bank!.items
    .filter((li) => li.item.status === "active" && li.item.certifications.includes(cert as "ciip"))
    .map((li) => ({ questionId: li.item.id, domainCode: byTopic.get(li.item.topic)! }));
}

const tally = (slots: { domainCode: string }[]) =>
  slots.reduce<Record<string, number>>((t, s) => ({ ...t, [s.domainCode]: (t[s.domainCode] ?? 0) + 1 }), {});

describe("assembleForm on the real bank", () => {
  const forms = bank!.blueprints.flatMap((bp) => bp.forms.map((f) => ({ cert: bp.certification, form: f })));

  it.each(forms.map((f) => [f.form.slug, f] as const))(
    "%s has exactly the blueprint's count per domain",
    (_slug, { cert, form }) => {
      const slots = assembleForm(form.counts, poolFor(cert), "seed-1");
      expect(slots).toHaveLength(form.items);
      const expected = Object.fromEntries(Object.entries(form.counts).filter(([, n]) => n > 0));
      expect(tally(slots)).toEqual(expected);
      expect(new Set(slots.map((s) => s.questionId)).size).toBe(form.items);
    },
  );

  it("is reproducible: same seed, same form; another seed, another form", () => {
    const form = bank!.blueprints.find((b) => b.certification === "ciip")!.forms[0]!;
    const a = assembleForm(form.counts, poolFor("ciip"), "abc");
    expect(assembleForm(form.counts, poolFor("ciip"), "abc")).toEqual(a);
    expect(assembleForm(form.counts, poolFor("ciip"), "abd")).not.toEqual(a);
  });
});

describe("assembleForm rules", () => {
  const pool: PoolItem[] = [
    ...Array.from({ length: 6 }, (_, i) => ({ questionId: `a${i}`, domainCode: "A" })),
    ...Array.from({ length: 4 }, (_, i) => ({ questionId: `b${i}`, domainCode: "B" })),
  ];

  it("prefers unseen items, then the ones seen longest ago", () => {
    const seen = pool.map((p, i) => (p.domainCode === "A" && i < 4 ? { ...p, lastSeenAt: 1000 + i } : p));
    const slots = assembleForm({ A: 3, B: 1 }, seen, "s");
    const fromA = slots
      .filter((s) => s.domainCode === "A")
      .map((s) => s.questionId)
      .sort();
    expect(fromA).toEqual(["a0", "a4", "a5"]); // two unseen, then the oldest seen
  });

  it("falls back to seen items when the bank has too few unseen ones", () => {
    const allSeen = pool.map((p, i) => ({ ...p, lastSeenAt: i }));
    expect(assembleForm({ A: 6, B: 4 }, allSeen, "s")).toHaveLength(10);
  });

  it("explains which domains are short", () => {
    expect(() => assembleForm({ A: 2, B: 5 }, pool, "s")).toThrow(AssemblyError);
    try {
      assembleForm({ A: 2, B: 5 }, pool, "s");
    } catch (e) {
      expect((e as AssemblyError).shortfalls).toEqual([{ domainCode: "B", need: 5, have: 4 }]);
    }
  });
});

describe("optionOrder", () => {
  it("is a seeded permutation, stable for the same attempt and position", () => {
    const order = optionOrder("seed", 3, 4, false);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder("seed", 3, 4, false)).toEqual(order);
  });
  it("keeps the authored order for fixed-order items", () => {
    expect(optionOrder("seed", 3, 4, true)).toEqual([0, 1, 2, 3]);
  });
  it("varies across positions", () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => optionOrder("seed", i, 4, false).join()));
    expect(orders.size).toBeGreaterThan(5);
  });
});

describe("pickItems", () => {
  it("takes the requested number, unseen first, reproducibly", () => {
    const pool = Array.from({ length: 10 }, (_, i) => ({
      questionId: `q${i}`,
      lastSeenAt: i < 7 ? i : undefined,
    }));
    const picked = pickItems(pool, 4, "x");
    expect(picked).toHaveLength(4);
    expect(picked.map((p) => p.questionId).sort()).toEqual(["q0", "q7", "q8", "q9"]);
    expect(pickItems(pool, 4, "x")).toEqual(picked);
  });
});
