import { operationsCenterWorkbook } from "../../../src/core";
import { comparePlans } from "../../../src/core/compare/planComparison";
import { FileWorkbookSource } from "../../../src/files";
import { translate } from "../../../src/i18n";
import { loadOrgWorkbook } from "../../../src/taskpane/loadOrgWorkbook";
import { writePlanComparisonSheet } from "../../../src/taskpane/writeReportSheets";

describe("writePlanComparisonSheet: Write comparison in the Plan tab", () => {
  test("writes the Plan comparison sheet of a plan against the current table, as a report, and rewrites it in place", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook("en"));
    const created = await source.createScenario({ title: "Reorg", lang: "en" });
    if (!created.ok) throw new Error(created.problem.code);
    const sheet = created.scenario.sheetName;
    const current = await loadOrgWorkbook(source, { lang: "en" });
    const plan = await loadOrgWorkbook(source, { lang: "en", sheet });
    if (!current.ok || !plan.ok) throw new Error("unreadable");
    expect(plan.loaded.grid.sheetName).toBe(sheet);
    const comparison = comparePlans(
      { analysis: current.loaded.analysis, cost: current.loaded.cost },
      { analysis: plan.loaded.analysis, cost: plan.loaded.cost },
    );
    const before = await source.listSheets();
    const baseline = { label: current.loaded.grid.sheetName, loaded: current.loaded };
    const written = await writePlanComparisonSheet(
      source,
      comparison,
      baseline,
      { label: sheet, loaded: plan.loaded },
      "en",
    );
    const after = await source.listSheets();
    expect(after).toEqual([...before, written.sheetName]);
    expect(written.sheetName).toBe(translate("en", "compare.sheet.name"));
    // Written again: the same sheet, rewritten (a report), not a second one.
    const again = await writePlanComparisonSheet(
      source,
      comparison,
      baseline,
      { label: sheet, loaded: plan.loaded },
      "en",
    );
    expect(again.sheetName).toBe(written.sheetName);
    expect(await source.listSheets()).toEqual(after);
    // Never read as the positions.
    const positions = await source.readPositions();
    expect(positions.ok && positions.grid.sheetName).toBe(current.loaded.grid.sheetName);
  });
});
