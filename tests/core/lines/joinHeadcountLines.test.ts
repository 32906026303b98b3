import { findingMessage } from "../../../src/core/findings/localizeFinding";
import ExcelJS from "exceljs";
import { ticksToAmount } from "../../../src/core/cost/decimal";
import { isHeadcountLinesTable, joinHeadcountLines } from "../../../src/core/lines/joinHeadcountLines";
import { positionValuesOf } from "../../../src/core/rollup/positionValues";
import { openWorkbookFile } from "../../../src/files/openWorkbookFile";
import { loadWorkbook } from "../../../src/pipeline/loadWorkbook";
import {
  UK_JUNIOR_HEADER,
  UK_JUNIOR_ROWS,
  UK_ORGANOGRAM_HEADER,
  UK_ORGANOGRAM_ROWS,
} from "../../fixtures/ukOrganogram";
import { makeGrid } from "../makeGrid";

/** The senior and the junior organogram as two sheets of one real .xlsx (written by exceljs). */
async function organogramWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const senior = workbook.addWorksheet("Senior staff");
  senior.addRows([UK_ORGANOGRAM_HEADER, ...UK_ORGANOGRAM_ROWS]);
  const junior = workbook.addWorksheet("Junior staff");
  junior.addRows([UK_JUNIOR_HEADER, ...UK_JUNIOR_ROWS]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function loaded(lang: "en" | "zh-CN" = "en") {
  const opened = await openWorkbookFile(await organogramWorkbook(), "organogram.xlsx");
  if (!opened.ok) throw new Error(opened.problem.code);
  const result = await loadWorkbook(opened.source, { lang, costSettings: { year: 2025 } });
  if (!result.ok) throw new Error(result.problem.code);
  return result.loaded;
}

describe("headcount lines in a second sheet, joined under the managers they name", () => {
  test("a table is a lines table by its header: a manager column and a count, no position ID", () => {
    expect(isHeadcountLinesTable(makeGrid(UK_JUNIOR_HEADER, []))).toBe(true);
    expect(isHeadcountLinesTable(makeGrid(UK_ORGANOGRAM_HEADER, []))).toBe(false);
    expect(isHeadcountLinesTable(makeGrid(["Position ID", "Reports To", "Posts"], []))).toBe(false);
    expect(isHeadcountLinesTable(makeGrid(["Reports To", "Title"], []))).toBe(false);
  });

  test("a real .xlsx with the senior and junior sheets: each line under its senior post, every row accounted for", async () => {
    const { analysis, grid, joined } = await loaded();
    const { model } = analysis;
    expect(grid.sheetName).toBe("Senior staff");
    expect(joined!.map((sheet) => [sheet.sheet, Array.from(sheet.rows)])).toEqual([["Junior staff", [2, 3, 4]]]);
    const eo = model.indexById.get("DG1/Executive Officer/Junior staff!2")!;
    const heo = model.indexById.get("D21/Higher Executive Officer/Junior staff!3")!;
    expect(model.positions[model.parent[eo]].id).toBe("DG1");
    expect(model.positions[model.parent[heo]].id).toBe("D21");
    expect(model.positions[eo].title).toBe("Executive Officer");
    expect(model.positions[eo].grade).toBe("EO");
    // The senior file's 11 rows (a pasted row and a job share's second row are in findings) and the 3 lines.
    expect(analysis.accounting.rowsRead).toBe(14);
    expect(analysis.accounting.positions + analysis.accounting.rowsOnlyInFindings).toBe(14);
    // Counted as posts: DG1's span is its Director (a shared post) and 3 EOs; D21's 2.5 FTE of HEOs are 3 people.
    const dg1 = model.indexById.get("DG1")!;
    const d21 = model.indexById.get("D21")!;
    expect(analysis.checks.span[dg1]).toBe(4);
    expect(analysis.checks.span[d21]).toBe(3);
    expect(positionValuesOf(model).fte[heo]).toBe(2.5);
  });

  test("findings point at the junior sheet's own rows: each generated ID, and the line whose manager is not there", async () => {
    const { analysis } = await loaded();
    const generated = analysis.findings.filter((finding) => finding.code === "LINE_ID_GENERATED");
    expect(generated.map((finding) => [finding.sheet, finding.rows])).toEqual([
      ["Junior staff", [2]],
      ["Junior staff", [3]],
      ["Junior staff", [4]],
    ]);
    expect(findingMessage(generated[0], "en")).toBe(
      "Row 2 of sheet “Junior staff” is a headcount line (3 × “Executive Officer”): joined into the org under its manager as “DG1/Executive Officer/Junior staff!2” (its manager, title, sheet and row).",
    );
    const unknown = analysis.findings.filter((finding) => finding.code === "UNKNOWN_MANAGER");
    expect(unknown).toEqual([expect.objectContaining({ sheet: "Junior staff", rows: [4] })]);
    expect(findingMessage(unknown[0], "en")).toBe(
      "The headcount line on sheet “Junior staff”, row 4 (“Administrative Officer”), names “ZZ9” as its manager, which is not a position ID of the org: it is shown as a top position.",
    );
    const zh = await loaded("zh-CN");
    expect(
      findingMessage(
        zh.analysis.findings.find((finding) => finding.code === "UNKNOWN_MANAGER")!,
        "zh-CN",
      ),
    ).toBe(
      "工作表“Junior staff”第 4 行的编制行（“Administrative Officer”）所写上级“ZZ9”不是组织中的岗位编号：该行按顶层岗位显示。",
    );
  });

  test("cost: a line is costed at its pay scale's point × its posts (3 EOs at the mid point, 30,000 a year each)", async () => {
    const { analysis, cost } = await loaded();
    const eo = analysis.model.indexById.get("DG1/Executive Officer/Junior staff!2")!;
    expect(cost!.posts[eo]).toBe(3);
    expect(ticksToAmount(cost!.pay[eo * 12])).toBe(7500);
  });

  test("without a lines table the positions grid is the one read, untouched", () => {
    const positions = makeGrid(["Position ID", "Reports To"], [["A", ""]]);
    const joined = joinHeadcountLines(positions, [makeGrid(["Capability"], [["Payroll"]])]);
    expect(joined.grid).toBe(positions);
    expect(joined.joined).toEqual([]);
  });

  test("a pay scale's minimum goes to Pay Min where the positions' salary is what a post is paid", () => {
    const positions = makeGrid(["Position ID", "Title", "Reports To", "Base Salary"], [["A", "Head", "", 90000]]);
    const lines = makeGrid(
      ["Reporting Senior Post", "Generic Job Title", "Payscale Minimum", "Payscale Maximum", "Number of Posts"],
      [["A", "Clerk", 20000, 30000, 2]],
      "Lines",
    );
    const { grid } = joinHeadcountLines(positions, [lines]);
    expect(grid.rows[0]).toEqual([
      "Position ID",
      "Title",
      "Reports To",
      "Base Salary",
      "Pay Min",
      "Number of Posts",
      "Pay Max",
    ]);
    expect(grid.rows[2]).toEqual(["A/Clerk/Lines!2", "Clerk", "A", null, 20000, 2, 30000]);
    // The positions' own rows are the same arrays, not copies.
    expect(grid.rows[1]).toBe(positions.rows[1]);
  });
});
