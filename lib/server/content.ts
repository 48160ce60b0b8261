import "server-only";
import { connection } from "next/server";
import { db } from "./db";

export async function getHomeStats() {
  await connection(); // live counts, rendered per request
  try {
    const [questions, topics, certifications] = await Promise.all([
      db().question.count({ where: { status: "ACTIVE" } }),
      db().topic.count(),
      db().certification.count(),
    ]);
    return { questions, topics, certifications };
  } catch (error) {
    // The home page must render even while the database is down; /api/health reports the outage.
    console.error("home stats unavailable", error);
    return { questions: 0, topics: 0, certifications: 0 };
  }
}

export async function listCertificationChoices() {
  return db().certification.findMany({
    orderBy: { sortOrder: "asc" },
    select: { slug: true, code: true, name: true },
  });
}
