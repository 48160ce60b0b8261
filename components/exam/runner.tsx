"use client";

import {
  Check,
  ChevronLeft,
  ChevronRight,
  CircleHelp,
  Flag,
  ListChecks,
  Pause,
  Play,
  Strikethrough,
  X,
} from "lucide-react";
import { useRouter } from "next/navigation";
import { AlertDialog, Dialog } from "radix-ui";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { dialogOverlay, dialogPanel } from "@/components/ui/dialog-styles";
import { clockOffset, formatClock, warningsCrossed } from "@/lib/exam/clock";
import type { Feedback, RunnerAttempt, RunnerItem } from "@/lib/server/attempts";
import { OPTION_LETTERS } from "@/lib/exam/letters";
import { cn } from "@/lib/ui/cn";
import { ReportDialog } from "./report-dialog";
import { Exhibit, RichText } from "./rich-text";
import { useAutosave, type SaveStatus } from "./use-autosave";

const SAVE_TEXT: Record<SaveStatus, string> = {
  saved: "All answers saved",
  saving: "Saving…",
  retrying: "Connection trouble — retrying…",
  offline: "Offline — answers kept on this device until you reconnect",
  closed: "Attempt closed",
};

export function ExamRunner({ attempt }: { attempt: RunnerAttempt }) {
  const router = useRouter();
  const [items, setItems] = useState<RunnerItem[]>(attempt.items);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      attempt.items.findIndex((i) => i.selected === null),
    ),
  );
  const [view, setView] = useState<"question" | "review">("question");
  const [strikeMode, setStrikeMode] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [warning, setWarning] = useState<string | null>(null);
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [paused, setPaused] = useState(attempt.pausedAt !== null);
  const [deadline, setDeadline] = useState(attempt.deadlineAt ? Date.parse(attempt.deadlineAt) : null);
  // Server time: the first render shows the server's own "now"; the clock then runs from the
  // browser's clock corrected by the offset measured on mount.
  const offset = useRef(0);
  const [now, setNow] = useState(() => Date.parse(attempt.serverNow));
  const enteredAt = useRef(0);
  useEffect(() => {
    offset.current = clockOffset(Date.parse(attempt.serverNow), Date.now());
    enteredAt.current = Date.now();
  }, [attempt.serverNow]);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const item = items[index]!;
  const tutor = attempt.immediateFeedback;

  const goToResults = useCallback(() => router.replace(`/exams/${attempt.id}/results`), [router, attempt.id]);

  const { status, change, flushNow } = useAutosave({
    attemptId: attempt.id,
    serverSeq: Math.max(0, ...attempt.items.map((i) => i.seq)),
    onFeedback: (position, feedback) =>
      setItems((prev) => prev.map((i) => (i.position === position ? { ...i, feedback } : i))),
    onClosed: ({ status: code, message }) => {
      setClosedMessage(message);
      if (code === 410) goToResults();
    },
    // Re-apply changes a crash or reload left unsent, so the screen shows what the learner did.
    onRestore: (restored) =>
      setItems((prev) =>
        prev.map((i) => {
          const r = restored.find((p) => p.position === i.position);
          return r
            ? {
                ...i,
                selected: r.selectedOption !== undefined ? r.selectedOption : i.selected,
                flagged: r.flagged ?? i.flagged,
                struck: r.struck ?? i.struck,
                confidence: r.confidence !== undefined ? r.confidence : i.confidence,
                timeSpentMs: r.timeSpentMs ?? i.timeSpentMs,
              }
            : i;
        }),
      ),
  });

  const update = useCallback(
    (
      position: number,
      patch: Partial<Pick<RunnerItem, "selected" | "flagged" | "struck" | "confidence">>,
      opts?: { immediate?: boolean },
    ) => {
      setItems((prev) => prev.map((i) => (i.position === position ? { ...i, ...patch } : i)));
      change(
        position,
        {
          ...(patch.selected !== undefined ? { selectedOption: patch.selected } : {}),
          ...(patch.flagged !== undefined ? { flagged: patch.flagged } : {}),
          ...(patch.struck !== undefined ? { struck: patch.struck } : {}),
          ...(patch.confidence !== undefined ? { confidence: patch.confidence } : {}),
        },
        opts,
      );
    },
    [change],
  );

  /** Adds the time spent on the current question before leaving it. */
  const recordTime = useCallback(() => {
    const spent = Date.now() - enteredAt.current;
    enteredAt.current = Date.now();
    if (spent < 500 || paused) return;
    const total = item.timeSpentMs + spent;
    setItems((prev) => prev.map((i) => (i.position === item.position ? { ...i, timeSpentMs: total } : i)));
    change(item.position, { timeSpentMs: total });
  }, [change, item, paused]);

  const go = useCallback(
    (next: number) => {
      if (next < 0 || next >= items.length) return;
      recordTime();
      setIndex(next);
      setView("question");
      setStrikeMode(false);
      requestAnimationFrame(() => questionHeading.current?.focus());
    },
    [items.length, recordTime],
  );

  const locked = tutor && item.selected !== null;
  const choose = useCallback(
    (key: number) => {
      if (locked || paused || closedMessage) return;
      update(
        item.position,
        { selected: key, struck: item.struck.filter((s) => s !== key) },
        { immediate: tutor },
      );
    },
    [closedMessage, item, locked, paused, tutor, update],
  );
  const toggleStrike = useCallback(
    (key: number) => {
      if (locked || paused || closedMessage) return;
      const struck = item.struck.includes(key) ? item.struck.filter((s) => s !== key) : [...item.struck, key];
      update(item.position, { struck, ...(item.selected === key ? { selected: null } : {}) });
    },
    [closedMessage, item, locked, paused, update],
  );
  // "Unsure" sends a right-but-unsure answer to spaced review. In tutor mode the answer counts the
  // moment it is given, so the toggle is set before answering and locks with the answer.
  const toggleUnsure = useCallback(() => {
    if (locked || paused || closedMessage) return;
    update(item.position, { confidence: item.confidence === "UNSURE" ? null : "UNSURE" });
  }, [closedMessage, item, locked, paused, update]);
  const toggleFlag = useCallback(() => {
    if (paused || closedMessage) return;
    update(item.position, { flagged: !item.flagged });
  }, [closedMessage, item, paused, update]);

  const submit = useCallback(async () => {
    setSubmitting(true);
    recordTime();
    await flushNow();
    const res = await fetch(`/api/attempts/${attempt.id}/submit`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    }).catch(() => null);
    if (res && (res.ok || res.status === 409 || res.status === 410)) {
      try {
        localStorage.removeItem(`readroom:outbox:${attempt.id}`);
      } catch {
        /* nothing to clean */
      }
      goToResults();
    } else {
      setSubmitting(false);
      setClosedMessage(null);
      setAnnouncement(
        "Could not reach the server to submit. Your answers are saved on this device; try again when you are online.",
      );
    }
  }, [attempt.id, flushNow, goToResults, recordTime]);

  // The clock: computed from the server's deadline and the measured offset, so a sleeping tab
  // cannot drift; warnings at 30, 15 and 5 minutes; at zero the attempt is submitted.
  const remaining = deadline === null ? null : Math.max(0, deadline - now);
  const lastRemaining = useRef(remaining);
  const submittedAtZero = useRef(false);
  useEffect(() => {
    if (deadline === null || paused) return;
    const tick = () => setNow(Date.now() + offset.current);
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [deadline, paused]);
  useEffect(() => {
    if (remaining === null) return;
    const before = lastRemaining.current ?? remaining;
    for (const m of warningsCrossed(before, remaining)) {
      const text = `${m} minutes remaining.`;
      setWarning(text);
      setAnnouncement(text);
    }
    lastRemaining.current = remaining;
    if (remaining === 0 && !submittedAtZero.current && !paused) {
      submittedAtZero.current = true;
      setAnnouncement("Time is up. Submitting your answers.");
      void submit();
    }
  }, [remaining, paused, submit]);

  const togglePause = useCallback(async () => {
    recordTime();
    const res = await fetch(`/api/attempts/${attempt.id}/pause`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ paused: !paused }),
    });
    if (!res.ok) return;
    // Resuming: the server moved the deadline by the length of the pause.
    const body = (await res.json()) as { deadlineAt: string | null };
    setDeadline(body.deadlineAt ? Date.parse(body.deadlineAt) : null);
    setPaused(!paused);
    enteredAt.current = Date.now();
  }, [attempt.id, paused, recordTime]);

  // Keyboard: 1–4 / A–D answer, X then a number strikes, N/→ next, P/← previous, F flag, R review, ? help.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || helpOpen || confirmOpen) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [role=dialog]")) return;
      const key = e.key.toLowerCase();
      const optionIndex = /^[1-9]$/.test(key)
        ? Number(key) - 1
        : /^[a-j]$/.test(key) && !"fnprx".includes(key)
          ? OPTION_LETTERS.toLowerCase().indexOf(key)
          : -1;
      if (view === "question" && optionIndex >= 0 && optionIndex < item.options.length) {
        e.preventDefault();
        const option = item.options[optionIndex]!;
        if (strikeMode) {
          toggleStrike(option.key);
          setStrikeMode(false);
        } else choose(option.key);
        return;
      }
      if (key === "x" && view === "question") {
        setStrikeMode((s) => !s);
      } else if (key === "n" || e.key === "ArrowRight") {
        e.preventDefault();
        go(index + 1);
      } else if (key === "p" || e.key === "ArrowLeft") {
        e.preventDefault();
        go(index - 1);
      } else if (key === "f" && view === "question") {
        toggleFlag();
      } else if (key === "u" && view === "question") {
        toggleUnsure();
      } else if (key === "r") {
        recordTime();
        setView((v) => (v === "review" ? "question" : "review"));
      } else if (e.key === "?") {
        setHelpOpen(true);
      } else if (e.key === "Escape") {
        setStrikeMode(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [
    choose,
    confirmOpen,
    go,
    helpOpen,
    index,
    item.options,
    recordTime,
    strikeMode,
    toggleFlag,
    toggleStrike,
    toggleUnsure,
    view,
  ]);

  const answered = items.filter((i) => i.selected !== null).length;
  const flagged = items.filter((i) => i.flagged);
  const unanswered = items.filter((i) => i.selected === null);
  const lowTime = remaining !== null && remaining <= 5 * 60_000;

  return (
    <div className="bg-background flex min-h-dvh flex-col">
      <header className="border-border bg-card/95 sticky top-0 z-20 border-b backdrop-blur">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-semibold">{attempt.title}</p>
            <p className="text-muted-foreground text-xs">
              {answered} of {items.length} answered ·{" "}
              {tutor ? "Tutor mode: answers explained as you go" : "Exam mode: no feedback until you submit"}
            </p>
          </div>
          <p
            role="status"
            className={cn(
              "flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium",
              status === "saved"
                ? "bg-success-soft text-foreground"
                : status === "offline" || status === "retrying"
                  ? "bg-warning-soft text-foreground"
                  : "bg-muted text-muted-foreground",
            )}
          >
            <span
              aria-hidden
              className={cn(
                "size-2 rounded-full",
                status === "saved"
                  ? "bg-success"
                  : status === "saving"
                    ? "bg-primary animate-pulse"
                    : "bg-warning",
              )}
            />
            {SAVE_TEXT[status]}
          </p>
          {remaining !== null && (
            <p
              className={cn(
                "rounded-lg px-3 py-1 font-mono text-lg font-semibold tabular-nums",
                lowTime ? "bg-danger-soft text-danger" : "bg-muted",
              )}
            >
              <span className="sr-only">Time remaining: </span>
              <time aria-live="off">{paused ? "Paused" : formatClock(remaining)}</time>
            </p>
          )}
          <div className="flex items-center gap-2">
            {attempt.mode === "TUTOR" && (
              <Button variant="secondary" size="sm" onClick={() => void togglePause()}>
                {paused ? <Play aria-hidden /> : <Pause aria-hidden />} {paused ? "Resume" : "Pause"}
              </Button>
            )}
            <Button variant="secondary" size="sm" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
              <CircleHelp aria-hidden /> <span className="hidden sm:inline">Shortcuts</span>
            </Button>
            <Button
              variant={view === "review" ? "primary" : "secondary"}
              size="sm"
              onClick={() => (recordTime(), setView((v) => (v === "review" ? "question" : "review")))}
              aria-keyshortcuts="R"
            >
              <ListChecks aria-hidden /> Review
            </Button>
          </div>
        </div>
      </header>

      <div aria-live="assertive" className="sr-only">
        {announcement}
      </div>
      {warning && (
        <div className="border-warning/40 bg-warning-soft border-b">
          <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-2 text-sm font-medium">
            <span>{warning}</span>
            <button
              type="button"
              className="hover:bg-muted rounded p-1"
              onClick={() => setWarning(null)}
              aria-label="Dismiss time warning"
            >
              <X aria-hidden className="size-4" />
            </button>
          </div>
        </div>
      )}
      {closedMessage && (
        <div role="alert" className="border-danger/40 bg-danger-soft border-b">
          <div className="mx-auto max-w-7xl px-4 py-2 text-sm font-medium">
            {closedMessage}{" "}
            <button type="button" className="font-semibold underline" onClick={goToResults}>
              See results
            </button>
          </div>
        </div>
      )}

      <div className="mx-auto grid w-full max-w-7xl flex-1 gap-6 px-4 py-6 lg:grid-cols-[1fr_17rem]">
        <main id="main" className="min-w-0">
          {paused ? (
            <div className="border-border bg-card rounded-2xl border p-10 text-center">
              <h2 className="text-xl font-semibold">Paused</h2>
              <p className="text-muted-foreground mt-2">The clock is stopped and your answers are saved.</p>
              <Button className="mt-6" onClick={() => void togglePause()}>
                <Play aria-hidden /> Resume
              </Button>
            </div>
          ) : view === "review" ? (
            <ReviewScreen
              items={items}
              onGo={go}
              onSubmit={() => setConfirmOpen(true)}
              unanswered={unanswered.length}
              flagged={flagged.length}
            />
          ) : (
            <QuestionView
              item={item}
              index={index}
              total={items.length}
              tutor={tutor}
              locked={locked}
              strikeMode={strikeMode}
              headingRef={questionHeading}
              attemptId={attempt.id}
              onChoose={choose}
              onStrike={toggleStrike}
              onToggleUnsure={toggleUnsure}
            />
          )}

          {!paused && view === "question" && (
            <nav
              aria-label="Question navigation"
              className="mt-6 flex flex-wrap items-center justify-between gap-3"
            >
              <Button
                variant="secondary"
                onClick={() => go(index - 1)}
                disabled={index === 0}
                aria-keyshortcuts="P ArrowLeft"
              >
                <ChevronLeft aria-hidden /> Previous
              </Button>
              <Button
                variant={item.flagged ? "primary" : "secondary"}
                onClick={toggleFlag}
                aria-pressed={item.flagged}
                aria-keyshortcuts="F"
              >
                <Flag aria-hidden /> {item.flagged ? "Flagged for review" : "Flag for review"}
              </Button>
              {index < items.length - 1 ? (
                <Button onClick={() => go(index + 1)} aria-keyshortcuts="N ArrowRight">
                  Next <ChevronRight aria-hidden />
                </Button>
              ) : (
                <Button onClick={() => (recordTime(), setView("review"))}>
                  Review and submit <ChevronRight aria-hidden />
                </Button>
              )}
            </nav>
          )}
        </main>

        <aside aria-label="Question navigator" className="order-first lg:order-none">
          <div className="border-border bg-card rounded-2xl border p-4 lg:sticky lg:top-24">
            <h2 className="text-sm font-semibold">Questions</h2>
            <ol className="mt-3 grid grid-cols-8 gap-1.5 sm:grid-cols-10 lg:grid-cols-5">
              {items.map((i, n) => {
                const state = `${i.selected !== null ? "answered" : "unanswered"}${i.flagged ? ", flagged" : ""}${n === index && view === "question" ? ", current" : ""}`;
                return (
                  <li key={i.position}>
                    <button
                      type="button"
                      onClick={() => go(n)}
                      aria-label={`Question ${n + 1}, ${state}`}
                      aria-current={n === index && view === "question" ? "step" : undefined}
                      className={cn(
                        "relative flex h-9 w-full items-center justify-center rounded-md border text-xs font-semibold tabular-nums",
                        i.selected !== null
                          ? "border-primary/40 bg-accent text-accent-foreground"
                          : "border-border bg-card text-muted-foreground",
                        n === index &&
                          view === "question" &&
                          "ring-ring ring-offset-card ring-2 ring-offset-1",
                      )}
                    >
                      {n + 1}
                      {i.flagged && (
                        <span
                          aria-hidden
                          className="border-card bg-warning absolute -top-1 -right-1 size-2.5 rounded-full border"
                        />
                      )}
                    </button>
                  </li>
                );
              })}
            </ol>
            <dl className="mt-4 grid grid-cols-3 gap-2 text-center text-xs">
              <div className="bg-muted rounded-lg p-2">
                <dt className="text-muted-foreground">Answered</dt>
                <dd className="text-base font-semibold tabular-nums">{answered}</dd>
              </div>
              <div className="bg-muted rounded-lg p-2">
                <dt className="text-muted-foreground">Left</dt>
                <dd className="text-base font-semibold tabular-nums">{unanswered.length}</dd>
              </div>
              <div className="bg-muted rounded-lg p-2">
                <dt className="text-muted-foreground">Flagged</dt>
                <dd className="text-base font-semibold tabular-nums">{flagged.length}</dd>
              </div>
            </dl>
          </div>
        </aside>
      </div>

      <Dialog.Root open={helpOpen} onOpenChange={setHelpOpen}>
        <Dialog.Portal>
          <Dialog.Overlay className={dialogOverlay} />
          <Dialog.Content className={dialogPanel}>
            <Dialog.Title className="text-lg font-semibold">Keyboard shortcuts</Dialog.Title>
            <Dialog.Description className="text-muted-foreground mt-1 text-sm">
              Work through the exam without the mouse.
            </Dialog.Description>
            <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              {[
                ["1–4 or A–D", "Choose an option"],
                ["X, then 1–4", "Strike out an option (again to restore)"],
                ["N or →", "Next question"],
                ["P or ←", "Previous question"],
                ["F", "Flag or unflag for review"],
                ["U", "Mark your answer as unsure (it comes back in spaced review)"],
                ["R", "Review screen"],
                ["?", "This help"],
              ].map(([k, v]) => (
                <div key={k} className="contents">
                  <dt>
                    <kbd className="border-border bg-muted rounded border px-1.5 py-0.5 font-mono text-xs">
                      {k}
                    </kbd>
                  </dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
            <Dialog.Close asChild>
              <Button className="mt-6 w-full">Close</Button>
            </Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>

      <AlertDialog.Root open={confirmOpen} onOpenChange={setConfirmOpen}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className={dialogOverlay} />
          <AlertDialog.Content className={dialogPanel}>
            <AlertDialog.Title className="text-lg font-semibold">
              Submit {tutor ? "this session" : "your exam"}?
            </AlertDialog.Title>
            <AlertDialog.Description className="text-muted-foreground mt-2 text-sm">
              {unanswered.length > 0
                ? `${unanswered.length} question${unanswered.length === 1 ? " is" : "s are"} unanswered and will count as wrong.`
                : "Every question has an answer."}{" "}
              {flagged.length > 0 && `${flagged.length} flagged for review. `}You cannot change answers after
              submitting.
            </AlertDialog.Description>
            <div className="mt-6 flex justify-end gap-3">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary">Keep working</Button>
              </AlertDialog.Cancel>
              <AlertDialog.Action asChild>
                <Button onClick={() => void submit()} disabled={submitting}>
                  {submitting ? "Submitting…" : "Submit"}
                </Button>
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
}

function QuestionView({
  item,
  index,
  total,
  tutor,
  locked,
  strikeMode,
  headingRef,
  attemptId,
  onChoose,
  onStrike,
  onToggleUnsure,
}: {
  item: RunnerItem;
  index: number;
  total: number;
  tutor: boolean;
  locked: boolean;
  strikeMode: boolean;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  attemptId: string;
  onChoose: (key: number) => void;
  onStrike: (key: number) => void;
  onToggleUnsure: () => void;
}) {
  const fb: Feedback | null = item.feedback;
  return (
    <article
      aria-labelledby="question-heading"
      className="border-border bg-card rounded-2xl border p-5 shadow-sm sm:p-7"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1
          id="question-heading"
          ref={headingRef}
          tabIndex={-1}
          className="text-muted-foreground text-sm font-semibold outline-none"
        >
          Question {index + 1} of {total}
          {item.domain && <span className="font-normal"> · {item.domain}</span>}
        </h1>
        {strikeMode && (
          <p className="bg-warning-soft rounded-md px-2 py-0.5 text-xs font-semibold">
            Strike mode: press 1–{item.options.length}
          </p>
        )}
      </div>
      <RichText text={item.stem} className="mt-3 text-base leading-7" />
      {item.exhibitBody && <Exhibit caption={item.exhibitCaption} body={item.exhibitBody} />}

      <div role="radiogroup" aria-labelledby="question-heading" className="mt-6 space-y-2.5">
        {item.options.map((o, n) => {
          const selected = item.selected === o.key;
          const struck = item.struck.includes(o.key);
          const isKey = fb?.correctKey === o.key;
          return (
            <div key={o.key} className="group">
              <div
                className={cn(
                  "flex items-stretch gap-2 rounded-xl border transition-colors",
                  selected ? "border-primary bg-accent" : "border-border",
                  fb && isKey && "border-success bg-success-soft",
                  fb && selected && !isKey && "border-danger bg-danger-soft",
                )}
              >
                <button
                  type="button"
                  role="radio"
                  aria-checked={selected}
                  aria-disabled={locked || undefined}
                  onClick={() => onChoose(o.key)}
                  className={cn(
                    "flex flex-1 items-start gap-3 rounded-l-xl px-4 py-3 text-left",
                    !locked && "hover:bg-muted/60",
                    struck && "text-muted-foreground line-through",
                  )}
                >
                  <span
                    aria-hidden
                    className={cn(
                      "mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-bold",
                      selected ? "border-primary bg-primary text-primary-foreground" : "border-input",
                    )}
                  >
                    {OPTION_LETTERS[n]}
                  </span>
                  <span className="leading-6">
                    <span className="sr-only">Option {OPTION_LETTERS[n]}: </span>
                    {o.text}
                    {struck && <span className="sr-only"> (struck out)</span>}
                  </span>
                  {fb && isKey && (
                    <Check aria-label="Correct answer" className="text-success ml-auto size-5 shrink-0" />
                  )}
                </button>
                <button
                  type="button"
                  onClick={() => onStrike(o.key)}
                  disabled={locked}
                  aria-pressed={struck}
                  aria-label={`${struck ? "Restore" : "Strike out"} option ${OPTION_LETTERS[n]}`}
                  className="border-border text-muted-foreground hover:bg-muted hover:text-foreground flex w-11 shrink-0 items-center justify-center rounded-r-xl border-l disabled:opacity-40"
                >
                  <Strikethrough aria-hidden className="size-4" />
                </button>
              </div>
              {fb && (
                <RichText
                  text={fb.rationales[o.key] ?? ""}
                  className="text-muted-foreground mt-1.5 ml-4 text-sm"
                />
              )}
            </div>
          );
        })}
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={onToggleUnsure}
          disabled={locked}
          aria-pressed={item.confidence === "UNSURE"}
          aria-keyshortcuts="U"
          className={cn(
            "focus-visible:ring-ring inline-flex min-h-9 items-center gap-2 rounded-lg border px-3 text-sm font-medium disabled:opacity-60",
            item.confidence === "UNSURE"
              ? "border-warning bg-warning-soft text-foreground"
              : "border-border text-muted-foreground hover:bg-muted hover:text-foreground",
          )}
        >
          <CircleHelp aria-hidden className="size-4" />
          {item.confidence === "UNSURE" ? "Marked unsure" : "I’m unsure"}
        </button>
        <span className="text-muted-foreground text-xs">
          {tutor && !locked ? "Set before answering: " : ""}unsure answers come back in your spaced review
          even when right.
        </span>
      </div>

      {tutor && item.selected !== null && !fb && (
        <p className="text-muted-foreground mt-5 text-sm">
          Checking your answer… the explanation appears as soon as it is saved.
        </p>
      )}
      {fb && (
        <section aria-label="Explanation" className="border-border bg-muted/40 mt-6 rounded-xl border p-5">
          <p className={cn("font-semibold", fb.isCorrect ? "text-success" : "text-danger")}>
            {fb.isCorrect
              ? "Correct."
              : `Not quite — the answer is ${OPTION_LETTERS[item.options.findIndex((o) => o.key === fb.correctKey)]}.`}
          </p>
          <RichText text={fb.explanation} className="mt-2 text-sm leading-6" />
          <h2 className="text-muted-foreground mt-4 text-xs font-semibold tracking-wide uppercase">
            References
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {fb.references.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <div className="mt-4">
            <ReportDialog attemptId={attemptId} position={item.position} />
          </div>
        </section>
      )}
    </article>
  );
}

function ReviewScreen({
  items,
  onGo,
  onSubmit,
  unanswered,
  flagged,
}: {
  items: RunnerItem[];
  onGo: (n: number) => void;
  onSubmit: () => void;
  unanswered: number;
  flagged: number;
}) {
  return (
    <section aria-labelledby="review-heading" className="border-border bg-card rounded-2xl border p-5 sm:p-7">
      <h1 id="review-heading" className="text-xl font-semibold">
        Review before you submit
      </h1>
      <p className="text-muted-foreground mt-1 text-sm">
        {unanswered} unanswered · {flagged} flagged. Choose a question to return to it.
      </p>
      <ul className="mt-5 grid gap-2 sm:grid-cols-2">
        {items.map((i, n) => (
          <li key={i.position}>
            <button
              type="button"
              onClick={() => onGo(n)}
              className="border-border hover:bg-muted flex w-full items-center justify-between gap-3 rounded-lg border px-3 py-2 text-left text-sm"
            >
              <span className="font-medium">Question {n + 1}</span>
              <span className="flex items-center gap-2 text-xs">
                {i.flagged && (
                  <span className="bg-warning-soft rounded-full px-2 py-0.5 font-semibold">Flagged</span>
                )}
                <span
                  className={cn(
                    "rounded-full px-2 py-0.5 font-semibold",
                    i.selected === null ? "bg-danger-soft" : "bg-success-soft",
                  )}
                >
                  {i.selected === null ? "Unanswered" : "Answered"}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-6 flex justify-end">
        <Button size="lg" onClick={onSubmit}>
          Submit
        </Button>
      </div>
    </section>
  );
}
