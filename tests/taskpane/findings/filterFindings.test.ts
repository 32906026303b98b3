import type { Finding } from "../../../src/core";
import {
  EMPTY_FINDING_FILTER,
  filterFindings,
  isEmptyFilter,
  matchesFindingFilter,
  normalizeSearchText,
} from "../../../src/taskpane/findings/filterFindings";

function finding(partial: Partial<Finding> & Pick<Finding, "code" | "severity">): Finding {
  return { rows: [], ids: [], params: {}, message: "", ...partial };
}

const FINDINGS: Finding[] = [
  finding({
    code: "DUPLICATE_ID",
    severity: "error",
    rows: [4, 9],
    ids: ["P-7"],
    message: "Position ID “P-7” is on rows 4, 9.",
  }),
  finding({
    code: "SPAN_TOO_NARROW",
    severity: "warning",
    rows: [5],
    ids: ["OC-011"],
    message: "“Product Manager” (OC-011) has a span of control of 2.",
  }),
  finding({
    code: "SPAN_TOO_NARROW",
    severity: "warning",
    rows: [18],
    ids: ["OC-030"],
    message: "“技术支持主管”（OC-030）的管理幅度为 3。",
  }),
  finding({
    code: "SUPPORT_MISSING",
    severity: "warning",
    rows: [3],
    ids: [],
    sheet: "Departments",
    message: "Operations needs support from Design.",
  }),
  finding({
    code: "CAPABILITY_FRAGMENTED",
    severity: "info",
    rows: [],
    ids: ["OC-020", "OC-051"],
    message: "“Channel expansion” is spread over 4 teams.",
  }),
];

describe("filterFindings(findings, filter)", () => {
  test("an empty filter keeps every finding, in order", () => {
    expect(filterFindings(FINDINGS, EMPTY_FINDING_FILTER)).toEqual(FINDINGS);
    expect(isEmptyFilter(EMPTY_FINDING_FILTER)).toBe(true);
    expect(isEmptyFilter({ severities: [], text: "   " })).toBe(true);
  });

  test("severities: only the ticked ones; several may be ticked", () => {
    expect(filterFindings(FINDINGS, { severities: ["error"], text: "" }).map((f) => f.code)).toEqual(["DUPLICATE_ID"]);
    expect(filterFindings(FINDINGS, { severities: ["error", "info"], text: "" }).map((f) => f.code)).toEqual([
      "DUPLICATE_ID",
      "CAPABILITY_FRAGMENTED",
    ]);
  });

  test("one rule", () => {
    const narrow = filterFindings(FINDINGS, { severities: [], code: "SPAN_TOO_NARROW", text: "" });
    expect(narrow.map((f) => f.ids[0])).toEqual(["OC-011", "OC-030"]);
    expect(filterFindings(FINDINGS, { severities: ["error"], code: "SPAN_TOO_NARROW", text: "" })).toEqual([]);
  });

  test("text: the message, a position ID, the code, the sheet or a row number, in any case, every word", () => {
    const ids = (text: string) => filterFindings(FINDINGS, { severities: [], text }).map((f) => f.code);
    expect(ids("product manager")).toEqual(["SPAN_TOO_NARROW"]);
    expect(ids("oc-051")).toEqual(["CAPABILITY_FRAGMENTED"]);
    expect(ids("support_missing")).toEqual(["SUPPORT_MISSING"]);
    expect(ids("departments")).toEqual(["SUPPORT_MISSING"]);
    expect(ids("18")).toEqual(["SPAN_TOO_NARROW"]);
    expect(ids("技术支持")).toEqual(["SPAN_TOO_NARROW"]);
    expect(ids("span 2")).toEqual(["SPAN_TOO_NARROW"]);
    expect(ids("span nothing")).toEqual([]);
  });

  test("full-width text typed in a Chinese input method matches the half-width text of the sheet", () => {
    expect(normalizeSearchText("ＯＣ－０１１")).toBe("oc-011");
    expect(matchesFindingFilter(FINDINGS[1], { severities: [], text: "ＯＣ－０１１" })).toBe(true);
  });
});
