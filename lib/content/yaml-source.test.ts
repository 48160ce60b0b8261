import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZItemFile } from "./schema";
import { parseYaml, validate } from "./yaml-source";

const item = (extra = "") => `- id: dicom-networking-001
  version: 1
  topic: dicom-networking
  certifications: [ciip]
  difficulty: 3
  cognitive: application
  status: active
  stem: A stem long enough to pass the schema check for this test case.
  options:
    - { text: A, correct: true, why: Correct because of the reason given here. }
${extra}`;

describe("parseYaml and validate", () => {
  it("points a schema problem at the file and line of the offending field", () => {
    const text = item().replace("difficulty: 3", "difficulty: 9");
    const { source } = parseYaml("questions/bank/x/dicom-networking.yaml", text);
    const { problems } = validate(source!, ZItemFile);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: "questions/bank/x/dicom-networking.yaml",
      line: 5,
      rule: "schema",
    });
    expect(problems[0]!.message).toMatch(/^0\.difficulty: /);
  });

  it("reports unknown keys and wrong enum values with their lines", () => {
    const text = item("  colour: blue\n").replace("status: active", "status: live");
    const { problems } = validate(parseYaml("f.yaml", text).source!, ZItemFile);
    expect(problems.map((p) => [p.line, p.message.split(":")[0]])).toEqual(
      expect.arrayContaining([
        [7, "0.status"],
        [1, "0"],
      ]),
    );
  });

  it("reports YAML syntax errors with their line, before any schema check", () => {
    const { source, problems } = parseYaml("broken.yaml", "- id: a\n  stem: [unclosed\n  topic: b\n");
    expect(source).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: "broken.yaml", rule: "yaml" });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it("accepts a valid document", () => {
    const { source } = parseYaml("ok.yaml", "name: x\n");
    expect(validate(source!, z.object({ name: z.string() })).problems).toEqual([]);
  });
});
