import { describe, expect, it } from "vitest";
import { ZAnswerSave, ZStartExam } from "./attempt";

describe("ZStartExam", () => {
  it("treats an empty topic or domain choice as no filter", () => {
    expect(
      ZStartExam.parse({ certification: "ciip", kind: "custom", topics: [""], domains: ["", "F"] }),
    ).toMatchObject({ topics: [], domains: ["F"] });
  });
  it("fills sensible defaults and coerces form strings", () => {
    expect(ZStartExam.parse({ certification: "cpsa", kind: "quick", count: "25" })).toMatchObject({
      mode: "exam",
      count: 25,
      pool: "all",
      timing: "timed",
    });
  });
  it.each([
    { certification: "abc", kind: "quick" },
    { certification: "ciip", kind: "marathon" },
    { certification: "ciip", kind: "custom", count: "0" },
    { certification: "ciip", kind: "custom", extra: 1 },
  ])("rejects %o", (input) => expect(ZStartExam.safeParse(input).success).toBe(false));
});

describe("ZAnswerSave", () => {
  it("accepts a partial save and rejects unknown fields or wrong types", () => {
    expect(ZAnswerSave.safeParse({ position: 0, seq: 1, flagged: true }).success).toBe(true);
    expect(ZAnswerSave.safeParse({ position: 0, seq: 1, isCorrect: true }).success).toBe(false);
    expect(ZAnswerSave.safeParse({ position: -1, seq: 1 }).success).toBe(false);
    expect(ZAnswerSave.safeParse({ position: 0, seq: "1" }).success).toBe(false);
  });
});
