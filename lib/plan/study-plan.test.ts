import { describe, expect, it } from "vitest";
import { MAX_REVIEWS_PER_SESSION, studyPlan, type PlanInput } from "./study-plan";

const base: PlanInput = {
  daysToExam: null,
  dueReviews: 0,
  answeredToday: 0,
  dailyGoal: 20,
  unseenItems: 400,
  weakest: { slug: "hl7-orders", name: "HL7 orders" },
  daysSinceSimulated: null,
};

describe("today's plan", () => {
  it("puts due reviews first, then new items in the weakest topic up to the goal", () => {
    const plan = studyPlan({ ...base, dueReviews: 8 });
    expect(plan.tasks.map((t) => t.kind)).toEqual(["review", "practice"]);
    expect(plan.tasks[0]).toMatchObject({ count: 8 });
    expect(plan.tasks[1]).toMatchObject({ count: 15, topic: { slug: "hl7-orders" } }); // 20 − 8 → 12 → rounded to 15
  });

  it("raises the target to cover the unseen bank before the exam", () => {
    // 400 unseen over 42 − 3 taper days → 11/day < 20 goal; over 13 − 3 days → 40/day.
    expect(studyPlan({ ...base, daysToExam: 42 }).target).toBe(20);
    expect(studyPlan({ ...base, daysToExam: 13 }).target).toBe(40);
  });

  it("shrinks as the learner works and caps a review session", () => {
    expect(studyPlan({ ...base, answeredToday: 20 }).tasks).toEqual([]);
    const plan = studyPlan({ ...base, dueReviews: 120 });
    expect(plan.tasks[0]).toMatchObject({ kind: "review", count: MAX_REVIEWS_PER_SESSION });
  });

  it("suggests a full simulation in the last three weeks when none was taken this week", () => {
    expect(studyPlan({ ...base, daysToExam: 20, daysSinceSimulated: 9 }).tasks.map((t) => t.kind)).toContain(
      "simulate",
    );
    expect(
      studyPlan({ ...base, daysToExam: 20, daysSinceSimulated: 2 }).tasks.map((t) => t.kind),
    ).not.toContain("simulate");
    expect(studyPlan({ ...base, daysToExam: 40 }).tasks.map((t) => t.kind)).not.toContain("simulate");
  });
});
