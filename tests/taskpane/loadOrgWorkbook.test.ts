import { findingMessage } from "../../src/core/findings/localizeFinding";
import { operationsCenterSample, operationsCenterWorkbook, SETTING_COLUMN_MAPPING } from "../../src/core";
import { DEFAULT_ORG_RULES } from "../../src/core/checks/orgRules";
import { SETTING_ORG_RULES } from "../../src/core/checks/orgRulesSetting";
import { FileWorkbookSource, openWorkbookFile } from "../../src/files";
import { findingKindOf } from "../../src/core";
import { loadOrgWorkbook, saveColumnMapping, saveOrgRules } from "../../src/taskpane/loadOrgWorkbook";

const BOSS_CODE_CSV = "Position ID,Title,Boss Code,Name\nE1,Head of Ops,,Dana\nE2,Team Lead,E1,Eli\nE3,Agent,E2,Fay\n";

async function openCsv(text: string, name = "boss-code.csv"): Promise<FileWorkbookSource> {
  const opened = await openWorkbookFile(new TextEncoder().encode(text), name);
  if (!opened.ok) throw new Error(`could not open ${name}: ${opened.problem.code}`);
  return opened.source;
}

describe("loadOrgWorkbook(source) and saveColumnMapping(source, mapping)", () => {
  test("reads the sample and analyses it in the chosen language", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("Sample", [operationsCenterSample("zh-CN")]);
    const result = await loadOrgWorkbook(source, { lang: "zh-CN" });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.loaded.grid.sheetName).toBe("岗位表");
    expect(result.loaded.mapping).toEqual({});
    expect(result.loaded.analysis.model.positions).toHaveLength(35);
    expect(result.loaded.analysis.model.positions[0].name).toBe("张伟");
  });

  test("a missing column is a finding; the saved mapping fixes it on the next read", async () => {
    const source = await openCsv(BOSS_CODE_CSV);
    const first = await loadOrgWorkbook(source, { lang: "en" });
    if (!first.ok) throw new Error(first.problem.code);
    expect(first.loaded.analysis.findings.map((finding) => finding.code)).toEqual(["MISSING_COLUMN"]);
    expect(findingMessage(first.loaded.analysis.findings[0], "en")).toContain("Reports To");

    await saveColumnMapping(source, { reportsTo: "Boss Code", id: "Position ID" });
    await expect(source.readSetting(SETTING_COLUMN_MAPPING)).resolves.toBe(
      '{"id":"Position ID","reportsTo":"Boss Code"}',
    );

    const second = await loadOrgWorkbook(source, { lang: "en" });
    if (!second.ok) throw new Error(second.problem.code);
    expect(second.loaded.mapping).toEqual({ id: "Position ID", reportsTo: "Boss Code" });
    const codes = second.loaded.analysis.findings.map((finding) => finding.code);
    expect(codes.filter((code) => findingKindOf(code) === "data")).toEqual([]);
    // Now that the org can be read, the org checks run on it: E1 → E2 → E3 is a one-over-one chain.
    expect(codes).toContain("SINGLE_REPORT_CHAIN");
    expect(second.loaded.analysis.model.layerCount).toBe(3);
  });

  test("the mapping travels with the workbook: saved as .xlsx and opened again, it still applies", async () => {
    const source = await openCsv(BOSS_CODE_CSV);
    await saveColumnMapping(source, { reportsTo: "Boss Code" });
    const reopened = await openWorkbookFile(await source.toXlsx(), "boss-code.xlsx");
    if (!reopened.ok) throw new Error(reopened.problem.code);
    const result = await loadOrgWorkbook(reopened.source, { lang: "en" });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.loaded.mapping).toEqual({ reportsTo: "Boss Code" });
    expect(result.loaded.analysis.accounting).toMatchObject({ rowsRead: 3, positions: 3, rowsOnlyInFindings: 0 });
  });

  test("a damaged saved mapping is ignored rather than stopping the read", async () => {
    const source = await openCsv(BOSS_CODE_CSV);
    await source.writeSetting(SETTING_COLUMN_MAPPING, "{not json");
    const result = await loadOrgWorkbook(source, { lang: "en" });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.loaded.mapping).toEqual({});
    expect(result.loaded.analysis.columns.missing).toEqual(["reportsTo"]);
  });

  test("reads the named sheet, and falls back to the source's choice when that sheet is gone", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("Book", [operationsCenterSample("en")]);
    const written = await source.writeSheet(operationsCenterSample("zh-CN"));
    const named = await loadOrgWorkbook(source, { lang: "en", sheet: written.sheetName });
    if (!named.ok) throw new Error(named.problem.code);
    expect(named.loaded.grid.sheetName).toBe(written.sheetName);
    expect(named.loaded.analysis.model.positions[0].title).toBe("运营总监");

    const fallback = await loadOrgWorkbook(source, { lang: "en", sheet: "Deleted meanwhile" });
    expect(fallback.ok).toBe(true);
  });

  test("reads the Departments table beside the positions and checks the sample against the default rules", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook("en"));
    const result = await loadOrgWorkbook(source, { lang: "en" });
    if (!result.ok) throw new Error(result.problem.code);
    const { analysis, rules } = result.loaded;
    expect(rules).toEqual(DEFAULT_ORG_RULES);
    expect(analysis.rules).toEqual(DEFAULT_ORG_RULES);
    expect(analysis.departments?.sheetName).toBe("Departments");
    // Operations ↔ Design and Marketing ↔ Data Analysis have neither a dotted line nor a partner.
    const support = analysis.findings.filter((finding) => finding.code === "SUPPORT_MISSING");
    expect(support).toHaveLength(2);
    expect(support.every((finding) => finding.sheet === "Departments")).toBe(true);
    expect(analysis.findings.map((finding) => finding.code)).toContain("SPAN_TOO_NARROW");
    expect(analysis.checks.spans.managers).toBeGreaterThan(0);
    expect(analysis.checks.layers.layers).toHaveLength(analysis.model.layerCount);
    expect(analysis.coverage.matrix.rows.length).toBe(analysis.catalogue.capabilities.length);
  });

  test("the rules saved in the workbook are the ones the checks apply, also after a round trip through .xlsx", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook("en"));
    await saveOrgRules(source, { ...DEFAULT_ORG_RULES, maxLayers: 2, defaultSpan: { min: 1, max: 20 } });
    await expect(source.readSetting(SETTING_ORG_RULES)).resolves.toContain('"maxLayers":2');
    const reopened = await openWorkbookFile(await source.toXlsx(), "sample.xlsx");
    if (!reopened.ok) throw new Error(reopened.problem.code);
    const result = await loadOrgWorkbook(reopened.source, { lang: "en" });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.loaded.rules.maxLayers).toBe(2);
    expect(result.loaded.rules.defaultSpan).toEqual({ min: 1, max: 20 });
    const codes = result.loaded.analysis.findings.map((finding) => finding.code);
    // Four layers against a limit of two.
    expect(codes).toContain("LAYERS_EXCEEDED");
  });

  test("hands back the source's problem when the workbook cannot be read", async () => {
    const result = await loadOrgWorkbook(FileWorkbookSource.fromSheetSpecs("Empty", []), { lang: "en" });
    expect(result).toEqual({ ok: false, problem: { code: "NO_SHEETS", subject: "Empty" } });
  });
});
