/**
 * Today's suggested work, from the exam date, the due reviews and the weakest topic. Recomputed on
 * every dashboard view, so it shrinks as the learner works through it.
 */
export type PlanInput = {
  /** Whole days to the exam (0 = exam day), or null without a date. */
  daysToExam: number | null;
  dueReviews: number;
  /** Answers given today (any mode). */
  answeredToday: number;
  /** The learner's daily goal in questions, or null when switched off. */
  dailyGoal: number | null;
  /** Active items of the target certification the learner has never seen. */
  unseenItems: number;
  weakest: { slug: string; name: string } | null;
  /** Days since the last full simulated exam was finished, or null if never. */
  daysSinceSimulated: number | null;
};

export type PlanTask =
  | { kind: "review"; count: number; why: string }
  | { kind: "practice"; count: number; topic: { slug: string; name: string } | null; why: string }
  | { kind: "simulate"; why: string };

export type Plan = { tasks: PlanTask[]; target: number; done: number };

export const DEFAULT_DAILY_TARGET = 20;
/** A review session is capped so it stays one sitting. */
export const MAX_REVIEWS_PER_SESSION = 50;
/** Days before the exam kept free of new material for review and a last simulation. */
const TAPER_DAYS = 3;

export function studyPlan(p: PlanInput): Plan {
  const tasks: PlanTask[] = [];
  const examSoon = p.daysToExam !== null && p.daysToExam >= 0;

  // New items needed per day to see the whole bank before the taper, at least the daily goal.
  const base = p.dailyGoal ?? DEFAULT_DAILY_TARGET;
  const studyDays = examSoon ? Math.max(1, p.daysToExam! - TAPER_DAYS) : null;
  const coverage = studyDays !== null ? Math.ceil(p.unseenItems / studyDays) : 0;
  const target = Math.max(base, Math.min(coverage, 60));

  const reviews = Math.min(p.dueReviews, MAX_REVIEWS_PER_SESSION);
  if (reviews > 0) {
    tasks.push({
      kind: "review",
      count: reviews,
      why:
        p.dueReviews > reviews
          ? `${p.dueReviews} reviews are due; clear them ${reviews} at a time, before new material.`
          : "Reviews are due now — recalling them today is what keeps them.",
    });
  }

  const remaining = Math.max(0, target - p.answeredToday - reviews);
  if (remaining > 0 && !(examSoon && p.daysToExam! < TAPER_DAYS && p.weakest === null)) {
    const count = Math.min(50, Math.max(5, Math.ceil(remaining / 5) * 5));
    tasks.push({
      kind: "practice",
      count,
      topic: p.weakest,
      why: p.weakest
        ? `${p.weakest.name} is where the most exam points are at stake right now.`
        : "Practice across the outline to find out where you stand.",
    });
  }

  const lateStage = examSoon && p.daysToExam! <= 21;
  if (
    (lateStage && (p.daysSinceSimulated === null || p.daysSinceSimulated >= 7)) ||
    (examSoon && p.daysToExam! <= TAPER_DAYS && p.daysSinceSimulated === null)
  ) {
    tasks.push({
      kind: "simulate",
      why:
        p.daysSinceSimulated === null
          ? "Your exam is close and you have not sat a full simulated exam yet — do one under real timing."
          : "A weekly full simulation builds the stamina and pacing the real exam needs.",
    });
  }

  return { tasks, target, done: p.answeredToday };
}
