import { figureDate, figureValue } from "@/lib/careers/figures";
import type { SalaryFigureView } from "@/lib/server/catalog";
import { SourceLink } from "./page-header";

/** Every figure with what it measures, where, its source and (only if stated) its year. */
export function SalaryTable({ figures, caption }: { figures: SalaryFigureView[]; caption: string }) {
  return (
    <div className="border-border relative overflow-x-auto rounded-xl border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-muted/60 text-muted-foreground text-xs tracking-wide uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Figure
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Value
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Where
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Source
            </th>
          </tr>
        </thead>
        <tbody className="divide-border divide-y">
          {figures.map((f) => (
            <tr key={f.id} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                {f.label}
                {f.note && <p className="text-muted-foreground mt-1 text-xs font-normal">{f.note}</p>}
              </th>
              <td className="px-4 py-3 font-semibold whitespace-nowrap tabular-nums">{figureValue(f)}</td>
              <td className="text-muted-foreground px-4 py-3">{f.location ?? "—"}</td>
              <td className="text-muted-foreground px-4 py-3">
                <SourceLink title={f.sourceTitle} url={f.sourceUrl} /> · {figureDate(f)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
