import type { Finding } from "../../../src/core";
import {
  EMPTY_FINDING_FILTER,
  filterFindings,
  isEmptyFilter,
  matchesFindingFilter,
  normalizeSearchText,
} from "../../../src/taskpane/findings/filterFindings";

function finding(partial: Partial<Finding> & Pick<Finding, "code" | "severity">): Finding {
  return { rows: [], ids: [], params: {}, ...partial };
}

const CHANNELS = {
  capabilityKey: "channels",
  capabilityEn: "Channel expansion",
  capabilityZh: "渠道拓展",
  areaEn: "Sales",
  areaZh: "销售",
};

// Findings as the analysis hands them over: no message; the search reads the message made in the pane's language.
const FINDINGS: Finding[] = [
  finding({
    code: "DUPLICATE_ID",
    severity: "error",
    rows: [4, 9],
    ids: ["P-7"],
    params: { id: "P-7", count: 2, rowList: "4, 9" },
  }),
  finding({
    code: "SPAN_TOO_NARROW",
    severity: "warning",
    rows: [5],
    ids: ["OC-011"],
    params: { id: "OC-011", title: "Product Manager", span: 2, min: 3, bandKey: "default", band: "default" },
  }),
  finding({
    code: "SPAN_TOO_NARROW",
    severity: "warning",
    rows: [18],
    ids: ["OC-030"],
    params: { id: "OC-030", title: "技术支持主管", span: 3, min: 4, bandKey: "default", band: "default" },
  }),
  finding({
    code: "SUPPORT_MISSING",
    severity: "warning",
    rows: [3],
    ids: [],
    sheet: "部门表",
    params: { department: "Operations", supporter: "Design" },
  }),
  finding({
    code: "CAPABILITY_FRAGMENTED",
    severity: "info",
    rows: [],
    ids: ["OC-020", "OC-051"],
    params: { ...CHANNELS, count: 4, departmentList: "Ops, Sales, Design, HR", max: 3 },
  }),
];

describe("filterFindings(findings, filter)", () => {
  test("an empty filter keeps every finding, in order", () => {
    expect(filterFindings(FINDINGS, EMPTY_FINDING_FILTER, "en")).toEqual(FINDINGS);
    expect(isEmptyFilter(EMPTY_FINDING_FILTER)).toBe(true);
    expect(isEmptyFilter({ severities: [], text: "   " })).toBe(true);
  });

  test("severities: only the ticked ones; several may be ticked", () => {
    expect(filterFindings(FINDINGS, { severities: ["error"], text: "" }, "en").map((f) => f.code)).toEqual([
      "DUPLICATE_ID",
    ]);
    expect(filterFindings(FINDINGS, { severities: ["error", "info"], text: "" }, "en").map((f) => f.code)).toEqual([
      "DUPLICATE_ID",
      "CAPABILITY_FRAGMENTED",
    ]);
  });

  test("one rule", () => {
    const narrow = filterFindings(FINDINGS, { severities: [], code: "SPAN_TOO_NARROW", text: "" }, "en");
    expect(narrow.map((f) => f.ids[0])).toEqual(["OC-011", "OC-030"]);
    expect(filterFindings(FINDINGS, { severities: ["error"], code: "SPAN_TOO_NARROW", text: "" }, "en")).toEqual([]);
  });

  test("text: the message, a position ID, the code, the sheet or a row number, in any case, every word", () => {
    const ids = (text: string) => filterFindings(FINDINGS, { severities: [], text }, "en").map((f) => f.code);
    expect(ids("product manager")).toEqual(["SPAN_TOO_NARROW"]);
    expect(ids("oc-051")).toEqual(["CAPABILITY_FRAGMENTED"]);
    expect(ids("channel expansion")).toEqual(["CAPABILITY_FRAGMENTED"]);
    expect(ids("support_missing")).toEqual(["SUPPORT_MISSING"]);
    expect(ids("部门表")).toEqual(["SUPPORT_MISSING"]);
    expect(ids("18")).toEqual(["SPAN_TOO_NARROW"]);
    expect(ids("技术支持")).toEqual(["SPAN_TOO_NARROW"]);
    expect(ids("span 2")).toEqual(["SPAN_TOO_NARROW"]);
    expect(ids("span nothing")).toEqual([]);
  });

  test("text: the messages are searched in the pane's language, made from the findings' params", () => {
    const ids = (text: string, lang: "en" | "zh-CN") =>
      filterFindings(FINDINGS, { severities: [], text }, lang).map((f) => f.code);
    expect(ids("渠道拓展", "zh-CN")).toEqual(["CAPABILITY_FRAGMENTED"]);
    expect(ids("渠道拓展", "en")).toEqual([]);
    expect(ids("channel expansion", "zh-CN")).toEqual([]);
    expect(ids("needs support from design", "en")).toEqual(["SUPPORT_MISSING"]);
    expect(ids("支持", "zh-CN")).toEqual(["SPAN_TOO_NARROW", "SUPPORT_MISSING"]);
  });

  test("full-width text typed in a Chinese input method matches the half-width text of the sheet", () => {
    expect(normalizeSearchText("ＯＣ－０１１")).toBe("oc-011");
    expect(matchesFindingFilter(FINDINGS[1], { severities: [], text: "ＯＣ－０１１" }, "en")).toBe(true);
  });
});
