/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The pane's "Into the workbook: shapes" in Excel: the chart drawn (jsdom has no canvas: the text estimate measures),
 * planned as shapes and written through Excel.run on the project's Excel fake; each outcome is the pane's message.
 */
import { chartBasis } from "../../src/chart/chartBasis";
import { analyzeWorkbook, gridFromSheetSpec, operationsCenterWorkbook } from "../../src/core";
import { translatorFor } from "../../src/i18n";
import { insertChartIntoExcel } from "../../src/taskpane/host/excelChartInsert";
import { FakeWorkbook } from "../excel/fakeExcel/fakeWorkbook";
import { fakeExcelRun } from "../excel/fakeExcel/mockExcelContext";

const globals = globalThis as { Excel?: unknown; Office?: unknown };

function sample() {
  const [positions, departments] = operationsCenterWorkbook("zh-CN").map(gridFromSheetSpec);
  return chartBasis(analyzeWorkbook({ positions, departments }, { lang: "zh-CN" }));
}

/** `Excel.run([options,] batch)` over the fake workbook. */
function excelOver(book: FakeWorkbook) {
  const run = fakeExcelRun(book);
  return {
    run: (first: unknown, second?: unknown) =>
      run((typeof first === "function" ? first : second) as Parameters<typeof run>[0]),
  };
}

// jsdom has no canvas: say so quietly (the export then measures text with its estimate).
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

test("shapes go onto the add-in's chart sheet, named in the chart's language; the pane says where", async () => {
  const book = new FakeWorkbook(["Positions"]);
  globals.Excel = excelOver(book);
  const basis = sample();
  const result = await insertChartIntoExcel({
    basis,
    options: { view: "positions" },
    lang: "zh-CN",
    mode: "shapes",
    translate: translatorFor("en"),
  });
  const sheet = translatorFor("zh-CN")("export.sheetName");
  expect(result).toEqual({
    ok: true,
    message: translatorFor("en")("export.sheetWritten", { sheet, cards: basis.model.positions.length }),
  });
  expect(book.values(sheet, "A1")).toEqual([[translatorFor("zh-CN")("export.title")]]);
  const shapes = book.drawing.onSheet(book.sheet(sheet).id);
  expect(shapes.filter((shape) => shape.type === "GeometricShape")).toHaveLength(basis.model.positions.length);
  expect(shapes.filter((shape) => shape.type === "Line").every((line) => line.begin && line.end)).toBe(true);
});

test("a host without ExcelApi 1.9 hears why, in the pane's language", async () => {
  const book = new FakeWorkbook(["Positions"]);
  globals.Excel = excelOver(book);
  globals.Office = { context: { requirements: { isSetSupported: (_: string, version: string) => version !== "1.9" } } };
  const t = translatorFor("zh-CN");
  const result = await insertChartIntoExcel({
    basis: sample(),
    options: { view: "positions" },
    lang: "en",
    mode: "shapes",
    translate: t,
  });
  expect(result).toEqual({ ok: false, message: t("export.sheetNoShapes") });
  expect(book.sheetNames()).toEqual(["Positions"]);
});

test("a plan's chart: its change marks as discs and its change legend under the date, in the chart's language", async () => {
  const book = new FakeWorkbook(["Positions"]);
  globals.Excel = excelOver(book);
  const basis = sample();
  const ids = basis.model.positions.map((position) => position.id);
  const changes = { kinds: new Map([[ids[1], "moved" as const]]), removed: [] };
  const result = await insertChartIntoExcel({
    basis,
    options: { view: "positions", changes },
    lang: "zh-CN",
    mode: "shapes",
    translate: translatorFor("en"),
  });
  expect(result.ok).toBe(true);
  const zh = translatorFor("zh-CN");
  const sheet = zh("export.sheetName");
  const legend = String(book.values(sheet, "A3")[0][0]);
  expect(legend.startsWith(`${zh("chart.change.legend")}：`)).toBe(true);
  expect(legend).toContain(`→ ${zh("chart.change.legendItem", { label: zh("chart.change.moved"), count: 1 })}`);
  const discs = book.drawing.onSheet(book.sheet(sheet).id).filter((shape) => shape.geometricShapeType === "Ellipse");
  expect(discs.map((disc) => disc.text)).toEqual(["→"]);
});
