import type { Finding } from "../../../src/core";
import { perFindings } from "../../../src/taskpane/components/checks/perFindings";
import { EMPTY_FINDING_FILTER, filterFindings } from "../../../src/taskpane/findings/filterFindings";

const finding = (code: Finding["code"], severity: Finding["severity"]): Finding => ({
  code,
  severity,
  rows: [2],
  ids: [],
  params: { id: "P1" },
});

describe("what the Checks view works out once per findings array", () => {
  test("perFindings works once per array, again for another", () => {
    const work = jest.fn((items: readonly Finding[]) => items.length);
    const counted = perFindings(work);
    const a = [finding("DUPLICATE_ID", "error")];
    const b = [...a, finding("SPAN_TOO_WIDE", "warning")];
    expect([counted(a), counted(a), counted(b), counted(a)]).toEqual([1, 1, 2, 1]);
    expect(work).toHaveBeenCalledTimes(2);
  });

  test("a filter that hides nothing gives the findings' own array, so what was worked out from it is kept", () => {
    const all = [finding("DUPLICATE_ID", "error"), finding("SPAN_TOO_WIDE", "warning")];
    expect(filterFindings(all, EMPTY_FINDING_FILTER, "en")).toBe(all);
    expect(filterFindings(all, { severities: [], text: "  " }, "zh-CN")).toBe(all);
    expect(filterFindings(all, { severities: ["warning"], text: "" }, "en")).toEqual([all[1]]);
  });
});
