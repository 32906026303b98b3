import { operationsCenterWorkbook, SETTING_COLUMN_MAPPING, type SupportTableKind } from "../../src/core";
import { DEFAULT_ORG_RULES } from "../../src/core/checks/orgRules";
import { SETTING_ORG_RULES } from "../../src/core/checks/orgRulesSetting";
import { FileWorkbookSource, openWorkbookFile } from "../../src/files";
import { analyseWorkbookRead, loadWorkbook, readWorkbook } from "../../src/pipeline/loadWorkbook";
import { SUPPORT_TABLES } from "../../src/pipeline/supportTables";
import { generateOrg } from "../../bench/generateOrg";

const BOSS_CODE_CSV = "Position ID,Title,Boss Code,Name\nE1,Head of Ops,,Dana\nE2,Team Lead,E1,Eli\nE3,Agent,E2,Fay\n";

async function openCsv(text: string): Promise<FileWorkbookSource> {
  const opened = await openWorkbookFile(new TextEncoder().encode(text), "boss-code.csv");
  if (!opened.ok) throw new Error(opened.problem.code);
  return opened.source;
}

describe("the load-and-analyse pipeline (pane, command line and analysis worker)", () => {
  test("reads every support table of the registry through the one source interface", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook("en"));
    const asked: SupportTableKind[] = [];
    const readSupportTable = source.readSupportTable.bind(source);
    source.readSupportTable = (kind) => {
      asked.push(kind);
      return readSupportTable(kind);
    };
    const result = await readWorkbook(source);
    if (!result.ok) throw new Error(result.problem.code);
    expect(asked).toEqual([...SUPPORT_TABLES]);
    expect(Object.keys(result.read.support)).toEqual(["departments"]);
    expect(result.read.support.departments?.sheetName).toBe("Departments");
    expect(result.read.rules).toEqual(DEFAULT_ORG_RULES);
    const loaded = analyseWorkbookRead(result.read);
    expect(loaded.analysis.model.positions).toHaveLength(35);
    expect(loaded.analysis.departments).toBeDefined();
  });

  test("the caller's mapping goes over the saved one and reaches the source's header search", async () => {
    const source = await openCsv(BOSS_CODE_CSV);
    await source.writeSetting(SETTING_COLUMN_MAPPING, JSON.stringify({ name: "Name" }));
    const mappings: unknown[] = [];
    const readPositions = source.readPositions.bind(source);
    source.readPositions = (options) => {
      mappings.push(options?.mapping);
      return readPositions(options);
    };
    const result = await loadWorkbook(source, { lang: "en", mapping: { reportsTo: "Boss Code" } });
    if (!result.ok) throw new Error(result.problem.code);
    expect(mappings).toEqual([{ name: "Name", reportsTo: "Boss Code" }]);
    expect(result.loaded.mapping).toEqual({ name: "Name", reportsTo: "Boss Code" });
    expect(result.loaded.analysis.model.layerCount).toBe(3);
  });

  test("given rules win over the saved ones; saved rules apply otherwise", async () => {
    const source = await openCsv(BOSS_CODE_CSV);
    const saved = { ...DEFAULT_ORG_RULES, maxLayers: 2 };
    await source.writeSetting(SETTING_ORG_RULES, JSON.stringify(saved));
    const fromWorkbook = await readWorkbook(source);
    expect(fromWorkbook.ok && fromWorkbook.read.rules.maxLayers).toBe(2);
    const given = await readWorkbook(source, { rules: DEFAULT_ORG_RULES });
    expect(given.ok && given.read.rules).toEqual(DEFAULT_ORG_RULES);
  });

  test("a sheet that is gone is a problem, unless the caller falls back to the source's own choice", async () => {
    const source = await openCsv(BOSS_CODE_CSV);
    const strict = await readWorkbook(source, { sheet: "Nope" });
    expect(strict.ok ? undefined : strict.problem.code).toBe("SHEET_NOT_FOUND");
    const lenient = await readWorkbook(source, { sheet: "Nope", fallBackWhenSheetGone: true });
    expect(lenient.ok && lenient.read.positions.rows).toHaveLength(4);
  });
});

describe("a CSV file with malformed quotes", () => {
  test("is read, and each row read despite them is named in a finding; every row is in the model", async () => {
    // Row 3's title opens a quote closed only on the next line but one: rows 3–5 of the file are one row.
    const text = 'Position ID,Title,Reports To\nE1,Head,\nE2,"Lead\nE3,Agent,E2\n"x",E1\nE4,"Say "hi" team",E1\n';
    const result = await loadWorkbook(await openCsv(text), { lang: "en" });
    if (!result.ok) throw new Error(result.problem.code);
    const { analysis } = result.loaded;
    expect(analysis.model.positions.map((p) => p.id)).toEqual(["E1", "E2", "E4"]);
    const quotes = analysis.findings.filter((f) => f.code.startsWith("CSV_"));
    expect(quotes.map((f) => [f.code, f.severity, f.rows])).toEqual([
      ["CSV_LINES_JOINED", "warning", [3]],
      ["CSV_QUOTE_NOT_DOUBLED", "info", [4]],
    ]);
    expect(quotes[0].params).toEqual({ row: 3, lines: 3 });
  });
});

describe("loadWorkbook without the cost model (check)", () => {
  test("the same analysis, no cost and no budget worked out", async () => {
    const { grid } = generateOrg(300, 5);
    const withCost = await loadWorkbook(FileWorkbookSource.fromGrid("a", grid), { lang: "en" });
    const without = await loadWorkbook(FileWorkbookSource.fromGrid("a", grid), { lang: "en", cost: false });
    if (!withCost.ok || !without.ok) throw new Error("not loaded");
    expect(withCost.loaded.cost).toBeDefined();
    expect(without.loaded.cost).toBeUndefined();
    expect(without.loaded.budget).toBeUndefined();
    expect(without.loaded.analysis.findings).toEqual(withCost.loaded.analysis.findings);
  });
});
