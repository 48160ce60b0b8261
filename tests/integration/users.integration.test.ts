import { describe, expect, it } from "vitest";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { SignInThrottledError, verifyCredentials } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createUser, getSettings, updateSettings } from "@/lib/server/users";
import { ensureCertification, uniqueEmail } from "./helpers";

const PASSWORD = "correct horse battery";

function form(values: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

describe("sign-up", () => {
  it("stores an argon2id hash, never the password, and a lower-cased email", async () => {
    const email = uniqueEmail("Mixed.Case");
    const state = await signUpAction(
      { status: "idle" },
      form({ name: "Ana Rivera", email: email.toUpperCase(), password: PASSWORD }),
    );
    expect(state).toEqual({ status: "success" });
    const row = await db().user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      omit: { passwordHash: false },
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(row.role).toBe("LEARNER");
  });

  it("rejects a duplicate email with a field message and writes nothing", async () => {
    const email = uniqueEmail("dup");
    await createUser({ name: "First", email, password: PASSWORD });
    const state = await signUpAction({ status: "idle" }, form({ name: "Second", email, password: PASSWORD }));
    expect(state.status).toBe("error");
    expect(state.status === "error" && state.fieldErrors?.email?.[0]).toMatch(/already exists/);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it.each([
    [{ name: "A", email: "not-an-email", password: PASSWORD }, "email", /valid email/],
    [{ name: "A", email: uniqueEmail(), password: "short" }, "password", /at least 10/],
    [{ name: "", email: uniqueEmail(), password: PASSWORD }, "name", /Enter your name/],
    [{ name: "x".repeat(101), email: uniqueEmail(), password: PASSWORD }, "name", /at most 100/],
    [{ name: "A", email: `${"a".repeat(250)}@example.test`, password: PASSWORD }, "email", /too long/],
  ])("returns a field error for bad input %#, and no row", async (values, field, message) => {
    const before = await db().user.count();
    const state = await signUpAction({ status: "idle" }, form(values));
    expect(state.status).toBe("error");
    expect(state.status === "error" && state.fieldErrors?.[field]?.join(" ")).toMatch(message);
    // The password is never echoed back to the browser.
    expect(state.status === "error" && state.values?.password).toBeUndefined();
    expect(await db().user.count()).toBe(before);
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown email alike", async () => {
    const email = uniqueEmail("signin");
    await createUser({ name: "Sam", email, password: PASSWORD });
    await expect(verifyCredentials({ email, password: PASSWORD }, "10.0.0.1")).resolves.toMatchObject({
      email,
      name: "Sam",
    });
    await expect(verifyCredentials({ email, password: "wrong password!" }, "10.0.0.1")).resolves.toBeNull();
    await expect(
      verifyCredentials({ email: uniqueEmail("nobody"), password: PASSWORD }, "10.0.0.1"),
    ).resolves.toBeNull();
    await expect(verifyCredentials({ email: "garbage", password: "" }, "10.0.0.1")).resolves.toBeNull();
  });

  it("throttles an account after 5 attempts in the window, even with the right password", async () => {
    const email = uniqueEmail("throttle");
    await createUser({ name: "Tess", email, password: PASSWORD });
    for (let i = 0; i < 5; i += 1) {
      await expect(
        verifyCredentials({ email, password: "wrong password!" }, `10.1.0.${i}`),
      ).resolves.toBeNull();
    }
    await expect(verifyCredentials({ email, password: PASSWORD }, "10.1.0.99")).rejects.toBeInstanceOf(
      SignInThrottledError,
    );
    const row = await db().rateLimit.findUnique({ where: { key: `signin_account:${email}` } });
    expect(row?.points).toBeGreaterThanOrEqual(6);
  });

  it("throttles an IP across accounts", async () => {
    const ip = `10.2.${Date.now() % 250}.7`;
    for (let i = 0; i < 30; i += 1)
      await verifyCredentials({ email: uniqueEmail("spray"), password: PASSWORD }, ip);
    await expect(
      verifyCredentials({ email: uniqueEmail("spray"), password: PASSWORD }, ip),
    ).rejects.toBeInstanceOf(SignInThrottledError);
  });

  it("clears the account counter after a successful sign-in", async () => {
    const email = uniqueEmail("reset");
    await createUser({ name: "Rae", email, password: PASSWORD });
    for (let i = 0; i < 4; i += 1)
      await verifyCredentials({ email, password: "wrong password!" }, "10.3.0.1");
    await expect(verifyCredentials({ email, password: PASSWORD }, "10.3.0.1")).resolves.not.toBeNull();
    for (let i = 0; i < 4; i += 1)
      await verifyCredentials({ email, password: "wrong password!" }, "10.3.0.1");
    await expect(verifyCredentials({ email, password: PASSWORD }, "10.3.0.1")).resolves.not.toBeNull();
  });
});

describe("settings", () => {
  it("saves a valid target, date, theme and habits", async () => {
    await ensureCertification("ciip");
    const user = await createUser({ name: "Kai", email: uniqueEmail("settings"), password: PASSWORD });
    await updateSettings(user.id, {
      targetCertification: "ciip",
      examDate: "2027-01-15",
      theme: "DARK",
      dailyGoal: 30,
      showStreak: false,
      targetRetention: 0.85,
      timeZone: "America/Chicago",
    });
    const s = await getSettings(user.id);
    expect(s).toMatchObject({
      targetCertificationSlug: "ciip",
      theme: "DARK",
      dailyGoal: 30,
      showStreak: false,
      targetRetention: 0.85,
      timeZone: "America/Chicago",
    });
    expect(s.examDate?.toISOString().slice(0, 10)).toBe("2027-01-15");
  });

  it("refuses a certification that does not exist and changes nothing", async () => {
    const user = await createUser({ name: "Lee", email: uniqueEmail("settings-bad"), password: PASSWORD });
    const before = await getSettings(user.id);
    await expect(
      // A slug that passed the form schema but has no row (e.g. content not imported yet).
      updateSettings(user.id, {
        targetCertification: "cpxx" as "cpsa",
        examDate: null,
        theme: "LIGHT",
        dailyGoal: 5,
        showStreak: true,
        targetRetention: 0.9,
        timeZone: "UTC",
      }),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "INVALID");
    expect(await getSettings(user.id)).toEqual(before);
  });
});
