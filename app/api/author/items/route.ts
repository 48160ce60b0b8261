// GET /api/author/items - item statistics as JSON, with the statistics page's filters and sort
// (?certification=&domain=&topic=&check=&sort=&dir=). Authors and admins only: learners get 404.
import { ZItemFilters } from "@/lib/schemas/authoring";
import { requireAuthor } from "@/lib/server/auth";
import { getItemStatistics } from "@/lib/server/authoring";
import { errorResponse, fromZod } from "@/lib/server/errors";
import { MIN_RESPONSES } from "@/lib/stats/item-stats";

export async function GET(req: Request) {
  try {
    const user = await requireAuthor();
    const params = new URL(req.url).searchParams;
    // Repeated parameters stay arrays, so ?topic=a&topic=b is refused rather than half-applied.
    const input: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      input[key] = values.length > 1 ? values : values[0]!;
    }
    const parsed = ZItemFilters.safeParse(input);
    if (!parsed.success) throw fromZod(parsed.error, "The filters were not understood.");
    const { page: _page, ...filters } = parsed.data;
    const result = await getItemStatistics(user, filters);
    return Response.json({
      filters: { ...filters, sort: result.sort, dir: result.dir },
      minResponses: MIN_RESPONSES,
      totals: result.totals,
      items: result.items,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
