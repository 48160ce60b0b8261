import { describe, expect, it } from "vitest";
import { SaveQueue, backoffMs } from "./save-queue";

describe("SaveQueue", () => {
  it("merges changes to one question under the newest sequence number", () => {
    const q = new SaveQueue(1);
    q.change(2, { selectedOption: 1 });
    q.change(2, { flagged: true });
    q.change(5, { struck: [0] });
    expect(q.batch()).toEqual([
      { position: 2, seq: 2, selectedOption: 1, flagged: true },
      { position: 5, seq: 3, struck: [0] },
    ]);
  });

  it("keeps a change that arrived while an older save was in flight", () => {
    const q = new SaveQueue(1);
    const sent = q.change(0, { selectedOption: 3 });
    q.change(0, { selectedOption: 2 });
    q.acknowledge([{ position: 0, seq: sent.seq }]);
    expect(q.batch()).toEqual([{ position: 0, seq: 2, selectedOption: 2 }]);
    q.acknowledge([{ position: 0, seq: 2 }]);
    expect(q.size).toBe(0);
  });

  it("survives a reload through serialize/restore, and never reuses a sequence number", () => {
    const q = new SaveQueue(10);
    q.change(1, { selectedOption: 0 });
    const restored = SaveQueue.restore(q.serialize(), 4);
    expect(restored.batch()).toEqual([{ position: 1, seq: 10, selectedOption: 0 }]);
    expect(restored.change(3, { flagged: true }).seq).toBe(11);
    // The server has seen a higher number (another tab): continue above it.
    expect(SaveQueue.restore(q.serialize(), 50).change(0, {}).seq).toBe(51);
    expect(SaveQueue.restore("not json", 7).change(0, {}).seq).toBe(8);
  });

  it("backs off exponentially up to 30 seconds", () => {
    expect([1, 2, 3, 4, 6, 10].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 30000, 30000]);
  });
});
