import "server-only";
import { db } from "./db";
import { sweepUserAttempts } from "./attempts";

export async function getDashboard(userId: string) {
  await sweepUserAttempts(userId);
  const [user, inProgress, recent] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        examDate: true,
        targetCertification: { select: { slug: true, code: true, name: true } },
      },
    }),
    db().attempt.findFirst({
      where: { userId, status: "IN_PROGRESS" },
      orderBy: { startedAt: "desc" },
      select: {
        id: true,
        title: true,
        itemCount: true,
        deadlineAt: true,
        _count: { select: { items: { where: { selectedOption: { not: null } } } } },
      },
    }),
    db().attempt.findMany({
      where: { userId, status: { in: ["SUBMITTED", "EXPIRED"] } },
      orderBy: { submittedAt: "desc" },
      take: 5,
      select: {
        id: true,
        title: true,
        scorePercent: true,
        submittedAt: true,
        certification: { select: { code: true } },
      },
    }),
  ]);
  return { ...user, inProgress, recent };
}
