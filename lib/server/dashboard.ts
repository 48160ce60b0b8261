import "server-only";
import { db } from "./db";

export async function getDashboard(userId: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      examDate: true,
      targetCertification: { select: { slug: true, code: true, name: true } },
    },
  });
  return user;
}
