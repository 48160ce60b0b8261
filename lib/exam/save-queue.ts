// The browser's outbox of answer changes. Changes to the same question merge into one pending save
// carrying the newest sequence number, so a retry always sends the latest state and the server can
// ignore anything older. Serializable, so a crash or reload loses nothing that was not yet sent.

export type AnswerPatch = {
  selectedOption?: number | null;
  flagged?: boolean;
  struck?: number[];
  timeSpentMs?: number;
  confidence?: "SURE" | "UNSURE" | null;
};
export type PendingSave = AnswerPatch & { position: number; seq: number };

export class SaveQueue {
  private pending = new Map<number, PendingSave>();

  constructor(private nextSeq: number) {}

  /** Records a change and returns the merged save now pending for that question. */
  change(position: number, patch: AnswerPatch): PendingSave {
    const merged: PendingSave = { ...this.pending.get(position), ...patch, position, seq: this.nextSeq };
    this.nextSeq += 1;
    this.pending.set(position, merged);
    return merged;
  }

  /** Everything not yet confirmed by the server, oldest question first. */
  batch(): PendingSave[] {
    return [...this.pending.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Drops saves the server confirmed, unless a newer change to that question arrived meanwhile. */
  acknowledge(acked: { position: number; seq: number }[]) {
    for (const a of acked) {
      const p = this.pending.get(a.position);
      if (p && p.seq <= a.seq) this.pending.delete(a.position);
    }
  }

  get size() {
    return this.pending.size;
  }

  serialize(): string {
    return JSON.stringify({ nextSeq: this.nextSeq, pending: this.batch() });
  }

  /** Restores a saved outbox; sequence numbers keep growing past both the stored and the server's. */
  static restore(json: string | null, serverSeq: number): SaveQueue {
    try {
      const data = json ? (JSON.parse(json) as { nextSeq: number; pending: PendingSave[] }) : null;
      const q = new SaveQueue(Math.max(serverSeq + 1, data?.nextSeq ?? 0));
      for (const p of data?.pending ?? []) q.pending.set(p.position, p);
      return q;
    } catch {
      return new SaveQueue(serverSeq + 1);
    }
  }
}

/** Retry delay after `failures` consecutive failures: 1 s, 2 s, 4 s … capped at 30 s. */
export function backoffMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}
