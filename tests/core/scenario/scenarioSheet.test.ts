import { defaultScenarioTitle, scenarioSheetName, scenarioTableName } from "../../../src/core/scenario/scenarioNaming";
import { scenarioSheetSpec } from "../../../src/core/scenario/scenarioSheet";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";

/** Excel's rules for sheet names: 1–31 characters, none of [ ] : * ? / \, no apostrophe at either end. */
const legalSheetName = (name: string) =>
  Array.from(name).length <= 31 && name.length > 0 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);

describe("scenario names", () => {
  test("English uses a dash (Excel refuses ':'), Chinese the full-width colon (which Excel accepts)", () => {
    expect(scenarioSheetName("2026 reorg", "en")).toBe("Plan - 2026 reorg");
    expect(scenarioSheetName("2026 重组", "zh-CN")).toBe("方案：2026 重组");
    expect("方案：2026 重组").not.toMatch(/:/);
  });

  test("any title gives a legal sheet name", () => {
    for (const title of [
      "Q1: cuts [draft]",
      "a/b\\c*d?e",
      "x".repeat(60),
      "  spaced   out  ",
      "'quoted'",
      "再".repeat(40),
    ])
      for (const lang of ["en", "zh-CN"] as const) expect(legalSheetName(scenarioSheetName(title, lang))).toBe(true);
    expect(scenarioSheetName("Q1: cuts [draft]", "en")).toBe("Plan - Q1- cuts -draft-");
  });

  test("a title that starts with the prefix's word is the sheet name itself, not said twice", () => {
    expect(scenarioSheetName("Plan 1", "en")).toBe("Plan 1");
    expect(scenarioSheetName("scenario B", "en")).toBe("scenario B");
    expect(scenarioSheetName("SCENARIO 3", "zh-CN")).toBe("SCENARIO 3");
    expect(scenarioSheetName("方案 1", "zh-CN")).toBe("方案 1");
    expect(scenarioSheetName("方案 1", "en")).toBe("方案 1");
    // Still made legal: forbidden characters, Excel's 31 characters.
    expect(scenarioSheetName("Plan: Q1 [draft]", "en")).toBe("Plan- Q1 -draft-");
    const long = scenarioSheetName(`Plan ${"x".repeat(60)}`, "en");
    expect(legalSheetName(long)).toBe(true);
    expect(long).toBe(`Plan ${"x".repeat(26)}`);
    // Only the whole word: "Planning" and "Plans" are prefixed like any title.
    expect(scenarioSheetName("Planning 2027", "en")).toBe("Plan - Planning 2027");
    expect(scenarioSheetName("Plans B", "en")).toBe("Plan - Plans B");
    expect(scenarioSheetName("2026 reorg", "en")).toBe("Plan - 2026 reorg");
  });

  test("table names and one-click titles are the first free ones", () => {
    expect(scenarioTableName(["tblPositions", "scenario_1", "Scenario_3"])).toBe("Scenario_2");
    expect(defaultScenarioTitle([{ title: "Scenario 1" }], "en")).toBe("Scenario 2");
    expect(defaultScenarioTitle([], "zh-CN")).toBe("方案 1");
  });
});

describe("the scenario sheet: a full copy of the positions table", () => {
  const grid: SheetGrid = {
    sheetName: "Positions",
    firstRow: 2,
    firstColumn: 2,
    rows: [
      ["Org chart 2026"],
      [],
      ["Position ID", "Title", "Reports To", "Start Date", "Notes"],
      ["P1", "Director", "", 45658, "=keep as value"],
      [],
      ["P2", "Lead", "P1", new Date(Date.UTC(2025, 0, 2)), null, "stray"],
      ["P3", "Analyst", "P2", { error: "#N/A" }],
    ],
  };
  const spec = scenarioSheetSpec(grid, {
    title: "Lean",
    source: "Positions",
    created: "2026-12-07T05:00:00.000Z",
    lang: "en",
    tableName: "Scenario_1",
  });

  test("every column in order, values only, blank rows left out, Status / FTE / Base Salary added", () => {
    expect(spec).toMatchObject({
      name: "Plan - Lean",
      role: "scenario",
      scenario: { title: "Lean", source: "Positions", created: "2026-12-07T05:00:00.000Z" },
      table: { name: "Scenario_1" },
      freezeHeader: true,
    });
    expect(spec.notes).toEqual([
      "Scenario “Lean”: a copy of Positions made 2026-12-07. Edit it freely: Orgwright never changes Positions itself.",
    ]);
    expect(spec.columns.map((c) => c.header)).toEqual([
      "Position ID",
      "Title",
      "Reports To",
      "Start Date",
      "Notes",
      "",
      "Status",
      "FTE",
      "Base Salary",
    ]);
    expect(spec.columns[3].numberFormat).toBe("yyyy-mm-dd");
    expect(spec.rows).toEqual([
      ["P1", "Director", "", 45658, "=keep as value", null, null, null, null],
      ["P2", "Lead", "P1", 45659, null, "stray", null, null, null],
      ["P3", "Analyst", "P2", "#N/A", null, null, null, null, null],
    ]);
  });

  test("read back, it builds the same org as the source", () => {
    const copy = gridFromSheetSpec(spec);
    const ids = (g: SheetGrid) => buildOrgModel(g).model.positions.map((p) => [p.id, p.reportsTo, p.startDate]);
    expect(ids(copy)).toEqual(ids(grid));
  });
});
