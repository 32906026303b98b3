import { findingMessage } from "../../src/core/findings/localizeFinding";
import readXlsxFile from "read-excel-file/node";
import type ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { COVERAGE_TABLES } from "../../src/core/report/coverageSheet";
import { ORG_CHECKS_TABLES } from "../../src/core/report/orgChecksSheet";
import { workbookReport } from "../../src/core/report/workbookReport";
import { operationsCenterWorkbook } from "../../src/core/sample/operationsCenterWorkbook";
import { gridFromSheetSpec } from "../../src/core/sheet/gridFromSheetSpec";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import type { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import type { Lang } from "../../src/i18n";
import { makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { cellElement, childText, elements, openXlsxParts } from "./xlsxParts";

const temp = makeTempDir();
afterAll(() => temp.remove());

/** The sample as a user's own workbook (tables made by exceljs), plus a sheet of theirs named Coverage. */
async function userWorkbook(lang: Lang): Promise<Uint8Array> {
  const addSpec = (workbook: ExcelJS.Workbook, spec: SheetSpec) => {
    const rows = gridFromSheetSpec(spec).rows;
    workbook.addWorksheet(spec.name).addTable({
      name: spec.table!.name,
      ref: "A1",
      columns: rows[0].map((header) => ({ name: String(header) })),
      rows: rows.slice(1) as ExcelJS.CellValue[][],
    });
  };
  return writeXlsxFile(temp.file(`user-${lang}.xlsx`), (workbook) => {
    for (const spec of operationsCenterWorkbook(lang)) addSpec(workbook, spec);
    const mine = workbook.addWorksheet(lang === "en" ? "Coverage" : "职责覆盖");
    mine.getCell("A1").value = "my own coverage notes";
  });
}

async function open(bytes: Uint8Array, name: string): Promise<FileWorkbookSource> {
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(`could not open ${name}`);
  return opened.source;
}

/** Opens the file, analyses it as the pane and the command line do, and writes the report sheets. */
async function writeReport(bytes: Uint8Array, lang: Lang) {
  const source = await open(bytes, "org.xlsx");
  const positions = await source.readPositions();
  if (!positions.ok) throw new Error("no positions");
  const departments = await source.readSupportTable("departments");
  const analysis = analyzeWorkbook(
    { positions: positions.grid, departments: departments?.ok ? departments.grid : undefined },
    { lang },
  );
  const specs = workbookReport(analysis, lang, { positionsSheet: positions.grid.sheetName });
  const written = [];
  for (const spec of specs) written.push(await source.writeSheet(spec));
  return { source, analysis, specs, written, bytes: await source.toXlsx() };
}

describe("the report sheets in a saved .xlsx, opened by independent readers", () => {
  it("has the Org checks sheet: reconciliation line, findings with HYPERLINK formulas, tables, formats", async () => {
    const { analysis, specs, written, bytes } = await writeReport(await userWorkbook("en"), "en");
    expect(written).toEqual([
      { sheetName: "Org checks", replaced: false },
      { sheetName: "Coverage (2)", replaced: false },
    ]);

    // read-excel-file: the sheets and the values as Excel shows them.
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((sheet) => sheet.sheet).filter((name) => name !== "_orgwright")).toEqual([
      "Positions",
      "Departments",
      "Coverage",
      "Org checks",
      "Coverage (2)",
    ]);
    const orgChecks = sheets.find((sheet) => sheet.sheet === "Org checks")!.data;
    expect(orgChecks[0][0]).toBe("Rows read 35 = positions 35 + rows only in findings 0");
    expect(orgChecks[5]).toEqual(["#", "Severity", "Rule", "Message", "Positions involved", "Sheet", "Row", "To row"]);
    const first = analysis.findings[0];
    expect(orgChecks[6]).toEqual([
      1,
      "Warning",
      first.code,
      findingMessage(first, "en"),
      first.ids.join(", "),
      first.sheet ?? "Positions",
      first.rows[0],
      null,
    ]);
    expect(sheets.find((sheet) => sheet.sheet === "Coverage")!.data).toEqual([["my own coverage notes"]]);

    // The parts themselves.
    const parts = await openXlsxParts(bytes);
    const sheet = await parts.sheet("Org checks");
    const link = cellElement(sheet, "G7")!;
    expect(childText(link, "f")).toBe(`HYPERLINK("#'Positions'!A${first.rows[0]}",${first.rows[0]})`);
    expect(childText(link, "v")).toBe(String(first.rows[0]));
    const pane = elements(sheet, "pane")[0];
    expect([pane.getAttribute("state"), pane.getAttribute("ySplit"), pane.getAttribute("topLeftCell")]).toEqual([
      "frozen",
      "6",
      "A7",
    ]);

    const findingLines = specs[0].rows.length;
    const tables = (await parts.tables("Org checks")).map((table) => {
      const root = table.documentElement!;
      return {
        name: root.getAttribute("name"),
        ref: root.getAttribute("ref"),
        columns: elements(table, "tableColumn").map((column) => column.getAttribute("name")),
      };
    });
    const bandsHeader = 6 + findingLines + 3;
    expect(tables).toEqual([
      {
        name: ORG_CHECKS_TABLES.findings,
        ref: `A6:H${6 + findingLines}`,
        columns: ["#", "Severity", "Rule", "Message", "Positions involved", "Sheet", "Row", "To row"],
      },
      {
        name: ORG_CHECKS_TABLES.spanBands,
        ref: `A${bandsHeader}:C${bandsHeader + 6}`,
        columns: ["Span band", "Managers", "Share of managers"],
      },
      {
        name: ORG_CHECKS_TABLES.spanStats,
        ref: `A${bandsHeader + 9}:D${bandsHeader + 10}`,
        columns: ["Managers", "Median span", "Mean span", "Widest span"],
      },
      {
        name: ORG_CHECKS_TABLES.layers,
        ref: `A${bandsHeader + 13}:E${bandsHeader + 13 + 4}`,
        columns: ["Layer", "Positions", "FTE", "Managers", "Average span"],
      },
    ]);

    // Conditional formats on the severities, with Excel's red, amber and blue fills.
    const dxfs = elements(await parts.styles(), "dxf");
    const rules = elements(sheet, "conditionalFormatting").map((format) => {
      const rule = elements(format, "cfRule")[0];
      const dxf = dxfs[Number(rule.getAttribute("dxfId"))];
      return {
        sqref: format.getAttribute("sqref"),
        type: rule.getAttribute("type"),
        operator: rule.getAttribute("operator"),
        priority: rule.getAttribute("priority"),
        formula: childText(rule, "formula"),
        fill: elements(dxf, "bgColor")[0]?.getAttribute("rgb"),
      };
    });
    const severities = `B7:B${6 + findingLines}`;
    expect(rules).toEqual([
      { sqref: severities, type: "cellIs", operator: "equal", priority: "1", formula: '"Error"', fill: "FFFFC7CE" },
      { sqref: severities, type: "cellIs", operator: "equal", priority: "2", formula: '"Warning"', fill: "FFFFEB9C" },
      { sqref: severities, type: "cellIs", operator: "equal", priority: "3", formula: '"Info"', fill: "FFDDEBF7" },
    ]);
    // Number formats: the Row column shows whole numbers.
    const style = Number(link.getAttribute("s"));
    const xf = elements(elements(await parts.styles(), "cellXfs")[0], "xf")[style];
    const numFmtId = xf.getAttribute("numFmtId");
    const numFmt = elements(await parts.styles(), "numFmt").find(
      (format) => format.getAttribute("numFmtId") === numFmtId,
    );
    expect(numFmtId === "1" || numFmt?.getAttribute("formatCode") === "0").toBe(true);
  });

  it("has the Coverage sheet beside the user's: two tables, colour scales and zero flags, in Chinese", async () => {
    const { specs, written, bytes } = await writeReport(await userWorkbook("zh-CN"), "zh-CN");
    expect(written.map((result) => result.sheetName)).toEqual(["组织检查", "职责覆盖 (2)"]);
    const coverage = specs[1];
    const sheets = await readXlsxFile(Buffer.from(bytes));
    const data = sheets.find((sheet) => sheet.sheet === "职责覆盖 (2)")!.data;
    expect(data[3][0]).toBe("在职编制（按部门）");
    expect(data[4].slice(0, 8)).toEqual([
      "职责 \\ 部门",
      "领域",
      "主责部门",
      "所需人数",
      "承担人数",
      "在职编制",
      "空缺编制",
      "管理层",
    ]);
    expect(data[5][0]).toBe(coverage.rows[0][0]);

    const parts = await openXlsxParts(bytes);
    const tables = (await parts.tables("职责覆盖 (2)")).map((table) => table.documentElement!.getAttribute("name"));
    const pane = elements(await parts.sheet("职责覆盖 (2)"), "pane")[0];
    expect(["xSplit", "ySplit", "topLeftCell", "state"].map((name) => pane.getAttribute(name))).toEqual([
      "1",
      "5",
      "B6",
      "frozen",
    ]);
    expect(tables).toEqual([COVERAGE_TABLES.filled, COVERAGE_TABLES.vacant]);
    const sheet = await parts.sheet("职责覆盖 (2)");
    const capabilities = coverage.rows.length;
    const formats = elements(sheet, "conditionalFormatting").map((format) => {
      const rule = elements(format, "cfRule")[0];
      return {
        sqref: format.getAttribute("sqref"),
        type: rule.getAttribute("type"),
        formula: childText(rule, "formula") ?? null,
        colors: elements(rule, "color").map((color) => color.getAttribute("rgb")),
        cfvo: elements(rule, "cfvo").map((cfvo) => cfvo.getAttribute("type")),
      };
    });
    const last = 5 + capabilities;
    const vacantRows = Math.max(1, coverage.sections![0].rows.length);
    expect(formats).toEqual([
      { sqref: `E6:E${last}`, type: "cellIs", formula: "0", colors: [], cfvo: [] },
      { sqref: `E6:E${last}`, type: "cellIs", formula: "1", colors: [], cfvo: [] },
      { sqref: `F6:F${last}`, type: "cellIs", formula: "0", colors: [], cfvo: [] },
      {
        sqref: `H6:P${last}`,
        type: "colorScale",
        formula: null,
        colors: ["FFFFFFFF", "FF63BE7B"],
        cfvo: ["min", "max"],
      },
      {
        sqref: `C${last + 4}:K${last + 3 + vacantRows}`,
        type: "colorScale",
        formula: null,
        colors: ["FFFFFFFF", "FFF4B183"],
        cfvo: ["min", "max"],
      },
    ]);
  });

  it("replaces its own sheets when the report is written again into the saved file", async () => {
    const first = await writeReport(await userWorkbook("en"), "en");
    // writeReport reads the positions again: the report's own tables are never taken for them.
    const second = await writeReport(first.bytes, "en");
    expect(second.analysis.accounting.positions).toBe(35);
    expect(second.written).toEqual([
      { sheetName: "Org checks", replaced: true },
      { sheetName: "Coverage (2)", replaced: true },
    ]);
    const parts = await openXlsxParts(second.bytes);
    expect(parts.sheetNames).toEqual([
      "Positions",
      "Departments",
      "Coverage",
      "Org checks",
      "Coverage (2)",
      "_orgwright",
    ]);
    const tableNames = [];
    for (const name of parts.sheetNames)
      for (const table of await parts.tables(name)) tableNames.push(table.documentElement!.getAttribute("name"));
    expect(tableNames).toEqual([
      "Positions",
      "Departments",
      ...Object.values(ORG_CHECKS_TABLES),
      ...Object.values(COVERAGE_TABLES),
    ]);
  });
});
