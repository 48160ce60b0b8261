import { requireUserOrRedirect } from "@/lib/server/auth";

// The exam runner is a focused full-screen view: no site navigation to wander off into.
export default async function RunnerLayout({ children }: { children: React.ReactNode }) {
  await requireUserOrRedirect("/exams");
  return children;
}
