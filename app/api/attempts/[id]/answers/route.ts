// POST /api/attempts/:id/answers - autosave; production answers it in server.ts without this route.
import { autosave } from "@/lib/server/autosave";
import { jsonRoute } from "@/lib/server/http";

export const POST = jsonRoute(autosave);
