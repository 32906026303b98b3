/**
 * Findings leave the core without a message; each edge makes the messages it shows or writes, in its language,
 * from the finding's code and params (src/core/findings/localizeFinding.ts).
 */
import { toCheckJson } from "../../../src/cli/toCheckJson";
import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { findingMessage, localizeFinding } from "../../../src/core/findings/localizeFinding";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";
import { shownMessage } from "../../../src/taskpane/findings/shownMessage";

const grid: SheetGrid = {
  sheetName: "Org",
  firstRow: 1,
  firstColumn: 1,
  rows: [
    ["Position ID", "Reports To", "Title", "FTE", "Capabilities"],
    ["1", "", "CEO", 1, ""],
    ["2", "1", "Lead", "abc", "Juggling"],
    ["2", "1", "Analyst", 1, ""],
    ["3", "99", "Clerk", 1, ""],
    ["4", "1", "", 1, ""],
  ],
};

describe("findings leave the analysis without messages", () => {
  const analysis = analyzeWorkbook({ positions: grid });

  test("no finding carries a message, whatever the language asked for", () => {
    expect(analysis.findings.length).toBeGreaterThan(3);
    for (const finding of [...analysis.findings, ...analyzeWorkbook({ positions: grid }, { lang: "zh-CN" }).findings])
      expect(Object.keys(finding)).not.toContain("message");
  });

  test("the command line's JSON keeps a message on every finding, made in its language", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const json = toCheckJson("org.csv", grid, analysis, lang);
      expect(json.findings.map((finding) => finding.message)).toEqual(
        analysis.findings.map((finding) => findingMessage(finding, lang)),
      );
    }
    const unknown = toCheckJson("org.csv", grid, analysis, "en").findings.find((f) => f.code === "UNKNOWN_MANAGER");
    expect(unknown?.message).toBe("Position “3” reports to “99”, which is not a position ID in this table.");
    expect(Object.keys(toCheckJson("org.csv", grid, analysis, "en").findings[0]).at(-1)).toBe("message");
  });

  test("localizeFinding adds the message last, leaving the finding as it was", () => {
    const [first] = analysis.findings;
    const localized = localizeFinding(first, "zh-CN");
    expect(localized).toEqual({ ...first, message: findingMessage(first, "zh-CN") });
    expect(Object.keys(localized).at(-1)).toBe("message");
    expect(Object.keys(first)).not.toContain("message");
  });

  test("the pane shows the message in its language, made from the finding", () => {
    const finding = analysis.findings.find((f) => f.code === "UNKNOWN_MANAGER")!;
    const en = shownMessage(finding, "en");
    expect(en).toBe(findingMessage(finding, "en"));
    expect(shownMessage(finding, "en")).toBe(en);
    expect(shownMessage(finding, "zh-CN")).toBe("岗位“3”的汇报对象“99”不是本表中的岗位编号。");
  });
});
