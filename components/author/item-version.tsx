import { Check } from "lucide-react";
import { Exhibit, RichText } from "@/components/exam/rich-text";
import { OPTION_LETTERS } from "@/lib/exam/letters";
import { cn } from "@/lib/ui/cn";

export type VersionContent = {
  stem: string;
  exhibitCaption: string | null;
  exhibitBody: string | null;
  optionTexts: string[];
  correctOption: number;
  optionRationales?: string[];
};

/** A question version as authored: stem, exhibit, options in authored order with the key marked. */
export function ItemVersion({ v, className }: { v: VersionContent; className?: string }) {
  return (
    <div className={className}>
      <RichText text={v.stem} className="text-base leading-relaxed" />
      {v.exhibitBody && <Exhibit caption={v.exhibitCaption} body={v.exhibitBody} />}
      <ol className="mt-4 space-y-2" aria-label="Options in authored order">
        {v.optionTexts.map((text, i) => {
          const key = i === v.correctOption;
          return (
            <li
              key={i}
              className={cn(
                "flex gap-3 rounded-xl border px-3 py-2.5 text-sm",
                key ? "border-success/50 bg-success-soft" : "border-border",
              )}
            >
              <span aria-hidden className="font-semibold tabular-nums">
                {OPTION_LETTERS[i]}
              </span>
              <div className="flex-1">
                <span className="sr-only">Option {OPTION_LETTERS[i]}: </span>
                <RichText text={text} />
                {v.optionRationales?.[i] && (
                  <p className="text-muted-foreground mt-1 text-xs">{v.optionRationales[i]}</p>
                )}
              </div>
              {key && (
                <span className="text-success inline-flex h-fit items-center gap-1 text-xs font-bold tracking-wide uppercase">
                  <Check aria-hidden className="size-3.5" /> Key
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
