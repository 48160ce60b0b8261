import { describe, expect, it } from "vitest";
import { ZItemFilters, ZReportTab, ZResolveReport } from "./authoring";

describe("ZItemFilters", () => {
  it("treats empty selects as no filter and coerces the page", () => {
    expect(ZItemFilters.parse({ certification: "", domain: "", topic: "", check: "", page: "2" })).toEqual({
      page: 2,
    });
    expect(
      ZItemFilters.parse({
        certification: "ciip",
        domain: "ciip:A",
        topic: "hl7-v2",
        check: "any",
        sort: "facility",
        dir: "asc",
      }),
    ).toEqual({
      certification: "ciip",
      domain: "ciip:A",
      topic: "hl7-v2",
      check: "any",
      sort: "facility",
      dir: "asc",
    });
  });

  it("ignores parameters it does not know (tracking tags and the like)", () => {
    expect(ZItemFilters.parse({ utm_source: "mail", done: "resolved" })).toEqual({});
  });

  it.each([
    [{ certification: "abc" }, "certification", /Unknown certification/],
    [{ domain: "A" }, "domain", /ciip:A/],
    [{ topic: "Not A Slug!" }, "topic", /slug/],
    [{ topic: ["a", "b"] }, "topic", /one topic/],
    [{ check: "broken" }, "check", /"check" must be/],
    [{ sort: "stem" }, "sort", /"sort" must be one of/],
    [{ dir: "up" }, "dir", /asc or desc/],
    [{ page: "0" }, "page", /starts at 1/],
    [{ page: "x" }, "page", /number/],
  ])("refuses %j with a message about %s", (input, field, message) => {
    const r = ZItemFilters.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([field]);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });
});

describe("ZReportTab", () => {
  it("defaults to open and maps tabs to report statuses", () => {
    expect(ZReportTab.parse(undefined)).toBe("OPEN");
    expect(ZReportTab.parse("resolved")).toBe("RESOLVED");
    expect(ZReportTab.safeParse("deleted").success).toBe(false);
  });
});

describe("ZResolveReport", () => {
  const base = { reportId: "r1", outcome: "RESOLVED", note: " Fixed the key. " };

  it("trims the note and defaults the return page to the inbox", () => {
    expect(ZResolveReport.parse(base)).toEqual({
      ...base,
      note: "Fixed the key.",
      returnTo: "/author/reports",
    });
  });

  it("requires a note and a known outcome", () => {
    expect(ZResolveReport.safeParse({ ...base, note: "   " }).error?.issues[0]?.path).toEqual(["note"]);
    expect(ZResolveReport.safeParse({ ...base, outcome: "DELETED" }).success).toBe(false);
  });

  it("only returns to author pages (no open redirect)", () => {
    expect(ZResolveReport.parse({ ...base, returnTo: "/author/items/im-dicom-0007" }).returnTo).toBe(
      "/author/items/im-dicom-0007",
    );
    expect(ZResolveReport.parse({ ...base, returnTo: "/author/reports?status=open" }).returnTo).toBe(
      "/author/reports?status=open",
    );
    for (const returnTo of [
      "https://evil.example/author",
      "//evil.example",
      "/dashboard",
      "/authorx",
      "/author/../x?",
    ])
      expect(ZResolveReport.safeParse({ ...base, returnTo }).success, returnTo).toBe(false);
  });
});
