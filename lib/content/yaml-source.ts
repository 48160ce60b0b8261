// Parses YAML while keeping positions, so every problem can point at file:line.
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";

export type ContentProblem = { file: string; line: number; rule: string; message: string };

export type YamlSource = { file: string; doc: Document; lines: LineCounter };

export function parseYaml(file: string, text: string): { source?: YamlSource; problems: ContentProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const problems = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line ?? 1,
    rule: "yaml",
    message: e.message.split("\n")[0] ?? "invalid YAML",
  }));
  return problems.length ? { problems } : { source: { file, doc, lines }, problems };
}

/** The line of the node at `path`, or of its nearest existing ancestor. */
export function lineOf(source: YamlSource, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n -= 1) {
    const node: unknown = source.doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return source.lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** Validates a parsed file against a schema, turning each issue into a located problem. */
export function validate<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
): { data?: z.output<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(source.doc.toJS());
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: source.file,
      line: lineOf(source, issue.path),
      rule: "schema",
      message: `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`,
    })),
  };
}
