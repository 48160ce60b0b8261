import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ExamRunner } from "@/components/exam/runner";
import { getRunnerAttempt } from "@/lib/server/attempts";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";

export const metadata: Metadata = { title: "Exam in progress" };

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUserOrRedirect(`/exams/${id}`);
  const attempt = await getRunnerAttempt(user.id, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  if (attempt.status !== "IN_PROGRESS")
    redirect(attempt.status === "ABANDONED" ? "/exams" : `/exams/${id}/results`);
  return <ExamRunner attempt={attempt} />;
}
