// GET /api/health - app and database status: 200 when the database answers, 503 when it does not.
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    const [{ questions }] = await db().$queryRaw<
      [{ questions: number }]
    >`SELECT count(*)::int AS questions FROM "Question" WHERE status = 'ACTIVE'`;
    return Response.json({
      status: "ok",
      app: "ok",
      database: {
        status: "ok",
        latencyMs: Math.round(performance.now() - started),
        activeQuestions: questions,
      },
    });
  } catch (error) {
    console.error("health check failed", error);
    return Response.json(
      { status: "degraded", app: "ok", database: { status: "unavailable" } },
      { status: 503 },
    );
  }
}
