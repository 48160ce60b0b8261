// GET /api/me/export - the signed-in user's data as a JSON download ("export my data").
import { exportUserData } from "@/lib/server/account";
import { requireUser } from "@/lib/server/auth";
import { errorResponse } from "@/lib/server/errors";

export async function GET() {
  try {
    const user = await requireUser();
    const data = await exportUserData(user.id);
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="readroom-export-${day}.json"`,
        // Personal data: never kept by the browser's or a proxy's cache.
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
