// How a salary figure reads on screen. Figures keep the source's meaning: a range is a range,
// a premium is stated against its baseline, and a year appears only when the source gave one.

export type SalaryFigureLike = {
  kind: "AVERAGE" | "RANGE" | "PERCENTILE" | "BONUS" | "LOCATION_PREMIUM" | "CAREER_STAGE";
  label: string;
  amount: number | null;
  low: number | null;
  high: number | null;
  percentile: number | null;
  premiumAmount: number | null;
  premiumPercent: number | null;
  baseline: number | null;
  location: string | null;
  year: number | null;
};

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
export const money = (n: number) => usd.format(n);

export function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** The figure's headline value, e.g. "$73,334 – $183,259" or "+$17,381 (vs $85,173)". */
export function figureValue(f: SalaryFigureLike): string {
  switch (f.kind) {
    case "RANGE":
      return f.low !== null && f.high !== null ? `${money(f.low)} – ${money(f.high)}` : "—";
    case "PERCENTILE":
      return f.amount !== null
        ? `${money(f.amount)}${f.percentile ? ` (${ordinal(f.percentile)} percentile)` : ""}`
        : "—";
    case "LOCATION_PREMIUM": {
      const parts: string[] = [];
      if (f.amount !== null) parts.push(money(f.amount));
      if (f.premiumAmount !== null) parts.push(`+${money(f.premiumAmount)}`);
      if (f.premiumPercent !== null) parts.push(`+${f.premiumPercent}%`);
      const base =
        f.baseline !== null
          ? ` vs ${money(f.baseline)} national`
          : f.premiumPercent !== null
            ? " vs US average"
            : "";
      return `${parts.join(" · ")}${base}`;
    }
    case "BONUS":
      return f.amount !== null
        ? `${money(f.amount)} a year${f.premiumPercent !== null ? ` (about ${f.premiumPercent}% of pay)` : ""}`
        : "—";
    default:
      return f.amount !== null ? money(f.amount) : "—";
  }
}

/** "undated" unless the source states the year. */
export function figureDate(f: Pick<SalaryFigureLike, "year">): string {
  return f.year ? String(f.year) : "undated";
}

/** A one-line summary for cards: the widest range, else the first average. */
export function headlineFigure<T extends SalaryFigureLike>(figures: T[]): T | undefined {
  return figures.find((f) => f.kind === "RANGE") ?? figures.find((f) => f.kind === "AVERAGE") ?? figures[0];
}

/** Chart rows: ranges as [low, high], single amounts as [0, amount]. Premiums and bonuses are left out. */
export type ChartRow = { label: string; start: number; span: number; kind: "range" | "amount" };

export function chartRows(figures: SalaryFigureLike[]): ChartRow[] {
  return figures.flatMap((f): ChartRow[] => {
    if (f.kind === "RANGE" && f.low !== null && f.high !== null)
      return [{ label: f.label, start: f.low, span: f.high - f.low, kind: "range" }];
    if ((f.kind === "AVERAGE" || f.kind === "PERCENTILE" || f.kind === "CAREER_STAGE") && f.amount !== null)
      return [{ label: f.label, start: 0, span: f.amount, kind: "amount" }];
    return [];
  });
}
