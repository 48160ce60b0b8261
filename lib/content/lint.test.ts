import { describe, expect, it } from "vitest";
import { balancedItems, located, validItem } from "./fixtures";
import {
  bannedOptions,
  explanationAndReference,
  isKeyStrictlyLongest,
  keyBalance,
  leadIn,
  lengthBounds,
  lintBank,
  longestKey,
  nearDuplicates,
  negativeStem,
  oneCorrect,
  optionCount,
  optionRationale,
} from "./lint";

const rules = (problems: { rule: string }[]) => problems.map((p) => p.rule);

describe("a valid bank", () => {
  it("has no problems", () => {
    expect(lintBank(balancedItems(8))).toEqual([]);
  });
});

describe("per-item rules (each with a failing fixture)", () => {
  it("option-count: exactly 4 options", () => {
    const item = validItem();
    expect(optionCount(located({ ...item, options: item.options.slice(0, 3) }))[0]?.message).toMatch(
      /has 3 options/,
    );
    expect(optionCount(located(item))).toEqual([]);
  });

  it("one-correct: exactly one option marked correct", () => {
    const item = validItem();
    const none = item.options.map((o) => ({ ...o, correct: false }));
    const two = item.options.map((o, i) => ({ ...o, correct: i < 2 }));
    expect(oneCorrect(located({ ...item, options: none }))[0]?.message).toMatch(/0 options marked correct/);
    expect(oneCorrect(located({ ...item, options: two }))[0]?.message).toMatch(/2 options marked correct/);
  });

  it("option-rationale: every option explains itself", () => {
    const item = validItem();
    const missing = item.options.map((o, i) => (i === 2 ? { text: o.text } : o));
    const short = item.options.map((o, i) => (i === 1 ? { ...o, why: "Wrong." } : o));
    expect(optionRationale(located({ ...item, options: missing }))[0]?.message).toMatch(
      /option 3 has no rationale/,
    );
    expect(optionRationale(located({ ...item, options: short }))[0]?.message).toMatch(
      /option 2's rationale is 6 characters/,
    );
  });

  it("explanation-reference: an explanation and at least one reference", () => {
    expect(rules(explanationAndReference(located(validItem({ explanation: "Too short." }))))).toEqual([
      "explanation-reference",
    ]);
    expect(explanationAndReference(located(validItem({ references: [] })))[0]?.message).toMatch(
      /at least one reference/,
    );
  });

  it.each(["All of the above", "None of these", "Both A and B", "A and C"])(
    "banned-option: rejects %j",
    (text) => {
      const item = validItem();
      const options = item.options.map((o, i) => (i === 3 ? { ...o, text } : o));
      expect(rules(bannedOptions(located({ ...item, options })))).toEqual(["banned-option"]);
    },
  );

  it("banned-option: allows 'all of them' inside a real option", () => {
    const item = validItem();
    const options = item.options.map((o, i) =>
      i === 3 ? { ...o, text: "Synchronise all of them to one NTP source" } : o,
    );
    expect(bannedOptions(located({ ...item, options }))).toEqual([]);
  });

  it("negative-stem: lower-case negatives in the question are flagged, capitals pass", () => {
    expect(
      rules(
        negativeStem(
          located(
            validItem({
              stem: "A router was replaced last week.\n\nWhich setting should not be changed during the cutover?",
            }),
          ),
        ),
      ),
    ).toEqual(["negative-stem"]);
    expect(
      rules(
        negativeStem(
          located(
            validItem({ stem: "The archive migrated overnight. Which check isn't needed before go-live?" }),
          ),
        ),
      ),
    ).toEqual(["negative-stem"]);
    expect(
      negativeStem(
        located(
          validItem({
            stem: "A router was replaced.\n\nWhich setting should NOT be changed during the cutover?",
          }),
        ),
      ),
    ).toEqual([]);
    // A negative in the scenario is fine; only the question counts.
    expect(
      negativeStem(
        located(
          validItem({
            stem: "Images did not arrive at the PACS after the upgrade.\n\nWhich log should the analyst read first?",
          }),
        ),
      ),
    ).toEqual([]);
  });

  it("leadIn: the last paragraph, or the last sentence of a one-paragraph stem", () => {
    expect(leadIn("Scenario here.\n\nWhat next?")).toBe("What next?");
    expect(leadIn("Scenario here. It failed. What next?")).toBe("What next?");
  });

  it("length: stem, option and exhibit bounds", () => {
    expect(lengthBounds(located(validItem({ stem: "Too short?" })))[0]?.message).toMatch(
      /stem is 10 characters/,
    );
    const item = validItem();
    const long = item.options.map((o, i) => (i === 0 ? { ...o, text: "x".repeat(241) } : o));
    expect(lengthBounds(located({ ...item, options: long }))[0]?.message).toMatch(
      /option 1 is 241 characters/,
    );
    const exhibit = { caption: "Log", body: Array.from({ length: 31 }, (_, i) => `line ${i}`).join("\n") };
    expect(lengthBounds(located(validItem({ exhibit })))[0]?.message).toMatch(/31 lines/);
  });
});

describe("bank-wide rules (each with a failing fixture)", () => {
  it("near-duplicate: identical or nearly identical stems", () => {
    const a = validItem({
      stem: "A CT scanner cannot retrieve priors from the PACS and the log shows status A801H for every move request. What is the most likely cause?",
    });
    const b = validItem({
      stem: "A CT scanner cannot retrieve priors from the PACS and the log shows status A801H for each move request. What is the most likely cause?",
    });
    const problems = nearDuplicates([located(a), located(b)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(new RegExp(`similar to ${a.id}`));
    expect(nearDuplicates(balancedItems(4))).toEqual([]);
  });

  it("key-balance: each position is the key in 20–30% of items", () => {
    const allA = Array.from({ length: 8 }, () => located(validItem()));
    const problems = keyBalance(allA);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/option A is the key in 100.0%/),
      expect.stringMatching(/option B is the key in 0.0%/),
      expect.stringMatching(/option C is the key in 0.0%/),
      expect.stringMatching(/option D is the key in 0.0%/),
    ]);
    expect(keyBalance(balancedItems(8))).toEqual([]);
  });

  it("longest-key: the key is the longest option in at most 30% of items", () => {
    const item = validItem();
    const longKey = item.options.map((o) =>
      o.correct ? { ...o, text: `${o.text} and the called AE title on the device` } : o,
    );
    const cued = located({ ...item, options: longKey });
    expect(isKeyStrictlyLongest(cued)).toBe(true);
    const bank = [cued, cued, ...balancedItems(4)];
    expect(longestKey(bank)[0]?.message).toMatch(/longest option in 33.3% of 6/);
    expect(longestKey([cued, ...balancedItems(4)])).toEqual([]);
  });

  it("retired items are not linted, drafts are", () => {
    const bad = validItem({ references: [] });
    expect(lintBank([...balancedItems(4), located({ ...bad, status: "retired" })])).toEqual([]);
    expect(rules(lintBank([...balancedItems(4), located({ ...bad, status: "draft" })]))).toContain(
      "explanation-reference",
    );
  });
});
