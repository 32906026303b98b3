import { buildOrgModel, type Finding } from "../../src/core";
import { translatorFor } from "../../src/i18n";
import { chooseLang, readSavedLang, saveLang, SAVED_LANG_KEY } from "../../src/taskpane/chooseLang";
import { describeSource, xlsxFileName } from "../../src/taskpane/describeSource";
import { formatNumber } from "../../src/taskpane/formatNumber";
import { formatRows } from "../../src/taskpane/formatRows";
import { groupFindings, positionsWithFindings } from "../../src/taskpane/groupFindings";
import { org } from "../core/makeGrid";

const en = translatorFor("en");
const zh = translatorFor("zh-CN");

describe("formatRows(rows, t)", () => {
  test("names one row, a few rows, and the first five of many", () => {
    expect(formatRows([57], en)).toBe("Row 57");
    expect(formatRows([57], zh)).toBe("第 57 行");
    expect(formatRows([3, 5, 9], en)).toBe("Rows 3, 5, 9");
    expect(formatRows([3, 5, 9], zh)).toBe("第 3、5、9 行");
    const many = Array.from({ length: 100 }, (_, i) => i + 2);
    expect(formatRows(many, en)).toBe("Rows 2, 3, 4, 5, 6 and 95 more");
    expect(formatRows(many, zh)).toBe("第 2、3、4、5、6 行等，另有 95 行");
    expect(formatRows([], en)).toBe("");
  });
});

describe("describeSource(origin, label, grid, t)", () => {
  const grid = { sheetName: "Staff", firstRow: 1, firstColumn: 1, rows: [] };
  test("says where the data comes from", () => {
    expect(describeSource("sample", "Operations center sample", grid, en)).toBe("Sample: operations center");
    expect(describeSource("sample", "运营中心示例", grid, zh)).toBe("示例：运营中心");
    expect(describeSource("file", "plan.xlsx", grid, en)).toBe("plan.xlsx · sheet Staff");
    expect(describeSource("file", "Staff.csv", grid, en)).toBe("Staff.csv");
    expect(describeSource("excel", "Excel", { ...grid, tableName: "Positions" }, en)).toBe(
      "Excel · sheet Staff · table Positions",
    );
    expect(describeSource("excel", "Excel", { ...grid, tableName: "Positions" }, zh)).toBe(
      "Excel · 工作表 Staff · 表格 Positions",
    );
    expect(describeSource("excel", "Excel", grid, en)).toBe("Excel · sheet Staff");
    expect(describeSource("excel", "Excel", undefined, en)).toBe("Excel");
  });

  test("xlsxFileName(label) keeps the workbook's name", () => {
    expect(xlsxFileName("岗位表.csv")).toBe("岗位表.xlsx");
    expect(xlsxFileName("plan.v2.xlsm")).toBe("plan.v2.xlsx");
    expect(xlsxFileName("Operations center sample")).toBe("Operations center sample.xlsx");
    expect(xlsxFileName("  ")).toBe("Orgwright.xlsx");
  });
});

describe("chooseLang(options)", () => {
  test("the URL wins, then Office's display language in Excel, then the browser's", () => {
    expect(
      chooseLang({ search: "?lang=zh-CN", inExcel: true, displayLanguage: "en-US", browserLanguage: "en-US" }),
    ).toBe("zh-CN");
    expect(chooseLang({ search: "?office=1&lang=en", inExcel: false, browserLanguage: "zh-CN" })).toBe("en");
    expect(chooseLang({ search: "", inExcel: true, displayLanguage: "zh-CN", browserLanguage: "en-US" })).toBe("zh-CN");
    expect(chooseLang({ search: "", inExcel: false, displayLanguage: "zh-CN", browserLanguage: "en-GB" })).toBe("en");
    expect(chooseLang({ search: "", inExcel: false, browserLanguage: "zh-TW" })).toBe("zh-CN");
    expect(chooseLang({ search: "", inExcel: false })).toBe("en");
  });

  test("the language the user chose in the pane comes after the URL and before Office's and the browser's", () => {
    expect(chooseLang({ search: "", inExcel: true, saved: "zh-CN", displayLanguage: "en-US" })).toBe("zh-CN");
    expect(chooseLang({ search: "", inExcel: false, saved: "en", browserLanguage: "zh-CN" })).toBe("en");
    expect(chooseLang({ search: "?lang=en", inExcel: false, saved: "zh-CN" })).toBe("en");
    // Anything else saved there (an older or damaged value) is not a choice.
    expect(chooseLang({ search: "", inExcel: false, saved: "fr", browserLanguage: "zh-CN" })).toBe("zh-CN");
  });

  test("the choice is kept in the page's storage; a storage that refuses changes nothing", () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
    } as unknown as Storage;
    expect(readSavedLang(storage)).toBeUndefined();
    saveLang("zh-CN", storage);
    expect(kept.get(SAVED_LANG_KEY)).toBe("zh-CN");
    expect(readSavedLang(storage)).toBe("zh-CN");
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    } as unknown as Storage;
    expect(() => saveLang("en", refusing)).not.toThrow();
    expect(readSavedLang(refusing)).toBeUndefined();
  });
});

describe("formatNumber(lang, value)", () => {
  test("groups thousands and keeps the asked-for decimals", () => {
    expect(formatNumber("en", 10_386_000)).toBe("10,386,000");
    expect(formatNumber("zh-CN", 100_000)).toBe("100,000");
    expect(formatNumber("en", 32.8, 2)).toBe("32.8");
    expect(formatNumber("en", 2.456, 2)).toBe("2.46");
  });
});

describe("groupFindings(findings) and positionsWithFindings(model, findings)", () => {
  const analysis = buildOrgModel(
    org(["A", "Head", ""], ["B", "Lead", "A"], ["X", "Loop", "Y"], ["Y", "Loop", "X"], ["Z", "Lost", "NOPE"]),
  );

  test("groups errors, warnings and info in that order, leaving out empty groups", () => {
    const finding = (severity: Finding["severity"], code: Finding["code"]): Finding => ({
      code,
      severity,
      rows: [],
      ids: [],
      params: {},
    });
    const groups = groupFindings([
      finding("info", "MULTIPLE_ROOTS"),
      finding("error", "CYCLE"),
      finding("info", "SELF_REPORT"),
    ]);
    expect(groups.map((group) => [group.severity, group.findings.map((f) => f.code)])).toEqual([
      ["error", ["CYCLE"]],
      ["info", ["MULTIPLE_ROOTS", "SELF_REPORT"]],
    ]);
    expect(groupFindings([])).toEqual([]);
  });

  test("flags the positions a finding names", () => {
    const flagged = positionsWithFindings(analysis.model, analysis.findings);
    const ids = [...flagged].map((index) => analysis.model.positions[index].id);
    expect(ids).toEqual(expect.arrayContaining(["X", "Y", "Z"]));
    expect(ids).not.toContain("B");
  });
});
