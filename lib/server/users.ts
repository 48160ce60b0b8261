import "server-only";
import { hash } from "@node-rs/argon2";
import { Prisma } from "@/generated/prisma/client";
import type { TSettings, TSignUp } from "@/lib/schemas";
import { db } from "./db";
import { AppError, invalid } from "./errors";

export async function createUser(input: TSignUp) {
  const passwordHash = await hash(input.password); // argon2id, library defaults (m=19 MiB, t=2, p=1)
  try {
    return await db().user.create({
      data: { email: input.email, name: input.name, passwordHash, timeZone: input.timeZone ?? "UTC" },
      select: { id: true, email: true },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists.", {
        email: ["An account with this email already exists. Sign in instead?"],
      });
    }
    throw e;
  }
}

export async function getSettings(userId: string) {
  return db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      targetCertificationSlug: true,
      examDate: true,
      theme: true,
      dailyGoal: true,
      showStreak: true,
      targetRetention: true,
      timeZone: true,
    },
  });
}

export async function updateSettings(userId: string, input: TSettings) {
  if (input.targetCertification) {
    const exists = await db().certification.count({ where: { slug: input.targetCertification } });
    if (!exists)
      throw invalid("That certification is not available yet.", {
        targetCertification: ["Choose one of the listed certifications."],
      });
  }
  await db().user.update({
    where: { id: userId },
    data: {
      targetCertificationSlug: input.targetCertification,
      examDate: input.examDate ? new Date(`${input.examDate}T00:00:00Z`) : null,
      theme: input.theme,
      dailyGoal: input.dailyGoal === 0 ? null : input.dailyGoal,
      showStreak: input.showStreak,
      targetRetention: input.targetRetention,
      timeZone: input.timeZone,
    },
  });
}
