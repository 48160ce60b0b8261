// GET /api/me - the signed-in user's own profile and settings (never anyone else's).
import { requireUser } from "@/lib/server/auth";
import { errorResponse } from "@/lib/server/errors";
import { getSettings } from "@/lib/server/users";

export async function GET() {
  try {
    const user = await requireUser();
    const settings = await getSettings(user.id);
    return Response.json({ id: user.id, role: user.role, ...settings });
  } catch (error) {
    return errorResponse(error);
  }
}
