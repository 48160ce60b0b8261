"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { SaveQueue, backoffMs, type AnswerPatch, type PendingSave } from "@/lib/exam/save-queue";
import type { Feedback } from "@/lib/server/attempts";

export type SaveStatus = "saved" | "saving" | "retrying" | "offline" | "closed";

type SaveResult = { position: number; seq: number; applied: boolean; feedback?: Feedback };
type Closed = { status: number; message: string };

const DEBOUNCE_MS = 300;

/**
 * Saves every change as it happens: debounced, retried with backoff, kept in localStorage while
 * offline or unsent, and flushed with sendBeacon when the page is hidden or closed.
 */
export function useAutosave({
  attemptId,
  serverSeq,
  onFeedback,
  onClosed,
  onRestore,
}: {
  attemptId: string;
  serverSeq: number;
  onFeedback: (position: number, feedback: Feedback) => void;
  onClosed: (closed: Closed) => void;
  /** Changes a crash or reload left unsent, to show on screen again. */
  onRestore: (pending: PendingSave[]) => void;
}) {
  const storageKey = `readroom:outbox:${attemptId}`;
  const url = `/api/attempts/${attemptId}/answers`;
  const queue = useRef<SaveQueue | null>(null);
  const inFlight = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const closed = useRef(false);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const callbacks = useRef({ onFeedback, onClosed, onRestore });
  useEffect(() => {
    callbacks.current = { onFeedback, onClosed, onRestore };
  });
  // Timers call the latest flush through this ref (a callback cannot name itself).
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  const persist = useCallback(() => {
    if (!queue.current) return;
    try {
      if (queue.current.size) localStorage.setItem(storageKey, queue.current.serialize());
      else localStorage.removeItem(storageKey);
    } catch {
      // Storage full or disabled: the in-memory outbox still retries.
    }
  }, [storageKey]);

  const flush = useCallback(async (): Promise<boolean> => {
    const q = queue.current;
    if (!q || closed.current || inFlight.current || q.size === 0) return q?.size === 0;
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setStatus("offline");
      return false;
    }
    inFlight.current = true;
    setStatus(failures.current ? "retrying" : "saving");
    const saves = q.batch();
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ saves }),
      });
      if (res.status === 409 || res.status === 410 || res.status === 404) {
        const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
        // A locked tutor answer (409 on one item) should not end the session; drop that save only.
        if (res.status === 409 && saves.length === 1 && /already answered/.test(body.error?.message ?? "")) {
          q.acknowledge(saves);
          persist();
        } else {
          closed.current = true;
          setStatus("closed");
          callbacks.current.onClosed({
            status: res.status,
            message: body.error?.message ?? "This attempt is closed.",
          });
        }
        return false;
      }
      if (!res.ok) throw new Error(`save failed: ${res.status}`);
      const body = (await res.json()) as { results: SaveResult[] };
      q.acknowledge(body.results);
      for (const r of body.results) if (r.feedback) callbacks.current.onFeedback(r.position, r.feedback);
      failures.current = 0;
      persist();
      setStatus(q.size ? "saving" : "saved");
      return q.size === 0;
    } catch {
      failures.current += 1;
      setStatus(navigator.onLine ? "retrying" : "offline");
      timer.current = setTimeout(() => void flushRef.current(), backoffMs(failures.current));
      return false;
    } finally {
      inFlight.current = false;
      if (q.size && failures.current === 0 && !closed.current) {
        timer.current = setTimeout(() => void flushRef.current(), DEBOUNCE_MS);
      }
    }
  }, [persist, url]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // Restore anything a crash or reload left unsent, then send it.
  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(storageKey);
    } catch {
      stored = null;
    }
    queue.current = SaveQueue.restore(stored, serverSeq);
    const pending = queue.current.batch();
    if (pending.length) {
      callbacks.current.onRestore(pending);
      void flush();
    }
  }, [storageKey, serverSeq, flush]);

  const change = useCallback(
    (position: number, patch: AnswerPatch, { immediate = false } = {}) => {
      if (!queue.current || closed.current) return;
      queue.current.change(position, patch);
      persist();
      setStatus(navigator.onLine ? "saving" : "offline");
      if (timer.current) clearTimeout(timer.current);
      if (immediate) void flush();
      else timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, persist],
  );

  // Back online: send what was queued. Page hidden or closing: hand the outbox to sendBeacon.
  useEffect(() => {
    const online = () => {
      failures.current = 0;
      void flush();
    };
    const offline = () => setStatus("offline");
    const hide = () => {
      const q = queue.current;
      if (!q?.size || closed.current) return;
      persist();
      navigator.sendBeacon?.(url, new Blob([JSON.stringify({ saves: q.batch() })], { type: "text/plain" }));
    };
    const visibility = () => document.visibilityState === "hidden" && hide();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("pagehide", hide);
    document.addEventListener("visibilitychange", visibility);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("pagehide", hide);
      document.removeEventListener("visibilitychange", visibility);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush, persist, url]);

  /** Sends everything now (before submitting). Resolves true when the outbox is empty. */
  const flushNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    for (let i = 0; i < 5; i += 1) {
      if (await flush()) return true;
      if (closed.current) return false;
      await new Promise((r) => setTimeout(r, 300));
    }
    return (queue.current?.size ?? 0) === 0;
  }, [flush]);

  return { status, change, flushNow };
}
