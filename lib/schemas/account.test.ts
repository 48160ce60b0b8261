import { describe, expect, it } from "vitest";
import { ZDeleteAccount } from "./account";

describe("ZDeleteAccount", () => {
  it("accepts the password and DELETE (surrounding spaces ignored)", () => {
    expect(ZDeleteAccount.parse({ password: "my password", confirm: " DELETE " })).toEqual({
      password: "my password",
      confirm: "DELETE",
    });
  });

  it.each([
    [{ password: "my password", confirm: "delete" }, "confirm", /capital letters/],
    [{ password: "my password", confirm: "" }, "confirm", /Type DELETE/],
    [{ password: "my password" }, "confirm", /Type DELETE/],
    [{ password: "", confirm: "DELETE" }, "password", /Enter your password/],
    [{ confirm: "DELETE" }, "password", /Enter your password/],
    [{ password: "x".repeat(201), confirm: "DELETE" }, "password", /too long/],
  ])("refuses %j with a message on the field", (input, field, message) => {
    const result = ZDeleteAccount.safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.error?.issues.filter((i) => i.path[0] === field).map((i) => i.message) ?? [];
    expect(issues.join(" ")).toMatch(message);
  });
});
