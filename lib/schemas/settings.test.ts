import { describe, expect, it } from "vitest";
import { ZSettings } from "./settings";

const valid = {
  targetCertification: "cpsa",
  examDate: "2027-02-01",
  theme: "SYSTEM",
  dailyGoal: "25",
  showStreak: "on",
  targetRetention: "0.9",
  timeZone: "America/Chicago",
};

describe("ZSettings", () => {
  it("parses a submitted form into typed settings", () => {
    expect(ZSettings.parse(valid)).toEqual({
      targetCertification: "cpsa",
      examDate: "2027-02-01",
      theme: "SYSTEM",
      dailyGoal: 25,
      showStreak: true,
      targetRetention: 0.9,
      timeZone: "America/Chicago",
    });
  });
  it("treats empty target and date as not set, and a missing checkbox as off", () => {
    const { showStreak: _omit, ...rest } = valid;
    expect(ZSettings.parse({ ...rest, targetCertification: "", examDate: "" })).toMatchObject({
      targetCertification: null,
      examDate: null,
      showStreak: false,
    });
  });
  it.each([
    [{ targetCertification: "abc" }, "targetCertification"],
    [{ examDate: "15/01/2027" }, "examDate"],
    [{ examDate: "2027-02-31" }, "examDate"],
    [{ theme: "SEPIA" }, "theme"],
    [{ dailyGoal: "-1" }, "dailyGoal"],
    [{ dailyGoal: "2.5" }, "dailyGoal"],
    [{ targetRetention: "0.99" }, "targetRetention"],
    [{ timeZone: "Mars/Olympus" }, "timeZone"],
  ])("rejects %o with an error on %s", (override, field) => {
    const result = ZSettings.safeParse({ ...valid, ...override });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});
