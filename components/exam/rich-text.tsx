import { Fragment, type ReactNode } from "react";

// Item text allows a little Markdown: paragraphs, **bold**, *italic* and `code`. Rendered as React
// elements (never as HTML), so question text cannot inject markup.
function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const token = m[0];
    if (token.startsWith("`"))
      out.push(
        <code key={m.index} className="bg-muted rounded px-1 py-0.5 font-mono text-[0.9em]">
          {token.slice(1, -1)}
        </code>,
      );
    else if (token.startsWith("**")) out.push(<strong key={m.index}>{token.slice(2, -2)}</strong>);
    else out.push(<em key={m.index}>{token.slice(1, -1)}</em>);
    last = m.index + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function RichText({ text, className }: { text: string; className?: string }) {
  const paragraphs = text.trim().split(/\n\s*\n/);
  return (
    <div className={className}>
      {paragraphs.map((p, i) => (
        <p key={i} className={i > 0 ? "mt-3" : undefined}>
          {p.split("\n").map((line, j) => (
            <Fragment key={j}>
              {j > 0 && " "}
              {inline(line)}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

export function Exhibit({ caption, body }: { caption: string | null; body: string }) {
  return (
    <figure className="border-border mt-4 overflow-hidden rounded-xl border">
      <figcaption className="border-border bg-muted/70 text-muted-foreground border-b px-3 py-1.5 text-xs font-semibold tracking-wide uppercase">
        Exhibit{caption ? `: ${caption}` : ""}
      </figcaption>
      <pre
        tabIndex={0}
        className="bg-card overflow-x-auto px-3 py-3 font-mono text-[13px] leading-5 whitespace-pre"
      >
        {body.replace(/\n+$/, "")}
      </pre>
    </figure>
  );
}
