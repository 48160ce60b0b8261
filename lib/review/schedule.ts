import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";

/**
 * Spaced review of single-best-answer items with FSRS (ts-fsrs).
 *
 * Which answers touch the schedule: a wrong answer, or a right one the learner marked "unsure",
 * creates a card; once a card exists every later answer to that question reschedules it.
 * One 10-minute (re)learning step: a missed item comes back once later the same day, then
 * FSRS spaces it in days. Seeing the same multiple-choice item again after one minute would
 * test memory of the letter, not of the fact.
 */
export type Outcome = {
  isCorrect: boolean;
  confidence: "SURE" | "UNSURE" | null;
  timeSpentMs: number;
};

/** A correct answer slower than this counts as effortful recall (Hard). */
export const SLOW_ANSWER_MS = 120_000;
/** A sure, correct answer faster than this counts as easy recall. */
export const FAST_ANSWER_MS = 20_000;

export function ratingFor(o: Outcome): Grade {
  if (!o.isCorrect) return Rating.Again;
  if (o.confidence === "UNSURE" || o.timeSpentMs > SLOW_ANSWER_MS) return Rating.Hard;
  if (o.confidence === "SURE" && o.timeSpentMs > 0 && o.timeSpentMs < FAST_ANSWER_MS) return Rating.Easy;
  return Rating.Good;
}

export function startsCard(o: Outcome): boolean {
  return !o.isCorrect || o.confidence === "UNSURE";
}

/** The stored card, in the shape the database keeps (camelCase, plain numbers). */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export type ReviewEntry = {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reviewedAt: Date;
};

function toFsrs(c: CardState): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.lastReview ?? undefined,
  };
}

function fromFsrs(c: Card): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

const schedulers = new Map<number, ReturnType<typeof fsrs>>();
function scheduler(retention: number) {
  let s = schedulers.get(retention);
  if (!s) {
    s = fsrs({
      request_retention: retention,
      maximum_interval: 365,
      enable_fuzz: true,
      learning_steps: ["10m"],
      relearning_steps: ["10m"],
    });
    schedulers.set(retention, s);
  }
  return s;
}

/**
 * The card after one answer. `card` is null when the question has none yet: then only an outcome
 * that `startsCard` creates one (otherwise null is returned and nothing is stored).
 */
export function review(
  card: CardState | null,
  outcome: Outcome,
  at: Date,
  retention: number,
): { card: CardState; log: ReviewEntry } | null {
  if (!card && !startsCard(outcome)) return null;
  const grade = ratingFor(outcome);
  const { card: next, log } = scheduler(retention).next(card ? toFsrs(card) : createEmptyCard(at), at, grade);
  return {
    card: fromFsrs(next),
    log: {
      rating: log.rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      scheduledDays: log.scheduled_days,
      reviewedAt: log.review,
    },
  };
}
