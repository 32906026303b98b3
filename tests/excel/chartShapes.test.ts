import { chartBasis } from "../../src/chart/chartBasis";
import { svgExport } from "../../src/chart/export/exportFiles";
import { sheetShapesPlan, type SheetShapesPlan } from "../../src/chart/export/sheetShapesPlan";
import { estimateTextWidth } from "../../src/chart/textMeasure";
import { analyzeWorkbook, gridFromSheetSpec, operationsCenterWorkbook } from "../../src/core";
import { SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import { MAX_SHAPE_CARDS } from "../../src/excel/chartShapes";
import { writeChartSheet } from "../../src/excel/chartShapesSheet";
import { OWNER_NAME } from "../../src/excel/createdSheets";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../../src/excel/payloadSize";
import { translatorFor, type Lang } from "../../src/i18n";
import { generateOrg } from "../../bench/generateOrg";
import { fakeExcelRun } from "./fakeExcel/mockExcelContext";
import { FakeWorkbook } from "./fakeExcel/fakeWorkbook";
import { officeWithExcelApiUpTo } from "./fakeExcel/excelApiHost";

jest.setTimeout(120_000);

const context = (lang: Lang) => ({
  lang,
  translate: translatorFor(lang),
  measure: estimateTextWidth,
  date: new Date(0),
});

function samplePlan(lang: Lang, edit?: (title: string) => string): { plan: SheetShapesPlan; titles: string[] } {
  const [positions, departments] = operationsCenterWorkbook(lang).map(gridFromSheetSpec);
  if (edit) {
    const column = positions.rows[0].findIndex((cell) => /title/i.test(String(cell)));
    positions.rows[1][column] = edit(String(positions.rows[1][column]));
  }
  const analysis = analyzeWorkbook({ positions, departments }, { lang });
  const { drawing } = svgExport(chartBasis(analysis), { view: "positions" }, context(lang));
  return {
    plan: sheetShapesPlan(drawing),
    titles: analysis.model.positions.map((position) => position.title).filter((title) => title.trim() !== ""),
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe.each<Lang>(["en", "zh-CN"])("the chart as Excel shapes (%s)", (lang) => {
  test("a card per shape with its text, a connector per line glued to both cards, on a sheet the add-in owns", async () => {
    const { plan, titles } = samplePlan(lang);
    const book = new FakeWorkbook(["Positions"]);
    const result = await writeChartSheet(
      "Org chart",
      ["Org chart", "Exported"],
      { kind: "shapes", plan },
      fakeExcelRun(book),
    );
    expect(result).toMatchObject({ ok: true, sheetName: "Org chart" });
    const sheet = book.sheet("Org chart");
    expect(book.values("Org chart", "A1:A2")).toEqual([["Org chart"], ["Exported"]]);
    // Tagged and recorded as the add-in's (the GUID in the sheet-scoped name is the one in the setting).
    const tag = sheet.names.get(OWNER_NAME)!;
    const created = JSON.parse(String(book.settings.get(SETTING_CREATED_SHEETS)));
    expect(created).toHaveLength(1);
    expect(tag).toBe(`="${created[0].guid}"`);
    expect(created[0].pending).toBeUndefined();

    const shapes = book.drawing.onSheet(sheet.id);
    const cards = shapes.filter((shape) => shape.type === "GeometricShape");
    const lines = shapes.filter((shape) => shape.type === "Line");
    expect(cards).toHaveLength(plan.cards.length);
    expect(lines).toHaveLength(plan.connectors.length);
    expect(cards.every((card) => card.geometricShapeType === "RoundRectangle")).toBe(true);
    const allText = cards.map((card) => card.text).join("\n");
    for (const title of titles) expect(allText.replace(/\s+/g, "")).toContain(title.replace(/\s+/g, ""));
    expect(cards[0].bold.length).toBe(1);
    expect(cards[0].fontName).toBe(plan.fontName);
    // Every reporting line joins the two cards it joins in the chart: the manager's bottom to the report's top.
    const idOfCard = cards.map((card) => card.id);
    lines.forEach((line, i) => {
      const connector = plan.connectors[i];
      expect(line.connectorType).toBe("Elbow");
      expect(line.begin).toEqual({ shapeId: idOfCard[connector.from], site: connector.fromSite });
      expect(line.end).toEqual({ shapeId: idOfCard[connector.to], site: connector.toSite });
    });
    // Requests stay under Excel on the web's 5 MB limit.
    for (const request of book.requests) expect(request.requestBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET_BYTES);
  });
});

test("cell text that looks like markup is the shape's text as written", async () => {
  const { plan } = samplePlan("en", () => "<b>Chief</b> <i>&amp;</i>");
  const book = new FakeWorkbook(["Positions"]);
  await writeChartSheet("Org chart", ["Org chart"], { kind: "shapes", plan }, fakeExcelRun(book));
  const texts = book.drawing.shapes.map((shape) => shape.text).join("\n");
  // The top card's title (the card is wide enough for its first words): the characters as typed, nothing parsed.
  expect(texts).toContain("<b>Chief</b>");
});

test("a second export redraws the add-in's sheet in place; a user's sheet of that name is never touched", async () => {
  const { plan } = samplePlan("en");
  const book = new FakeWorkbook(["Positions", "Org chart"]);
  book.putCells("Org chart", "A1", [["the user's own"]]);
  const run = fakeExcelRun(book);
  const first = await writeChartSheet("Org chart", ["Org chart"], { kind: "shapes", plan }, run);
  expect(first).toMatchObject({ ok: true, sheetName: "Org chart (2)" });
  expect(book.values("Org chart", "A1")).toEqual([["the user's own"]]);
  expect(book.drawing.onSheet(book.sheet("Org chart").id)).toHaveLength(0);
  const second = await writeChartSheet("Org chart", ["Org chart"], { kind: "shapes", plan }, run);
  expect(second).toMatchObject({ ok: true, sheetName: "Org chart (2)" });
  expect(book.sheetNames()).toEqual(["Positions", "Org chart", "Org chart (2)"]);
  expect(book.drawing.onSheet(book.sheet("Org chart (2)").id)).toHaveLength(plan.cards.length + plan.connectors.length);
});

test("without ExcelApi 1.9 nothing is written and the reason comes back", async () => {
  (globalThis as { Office?: unknown }).Office = officeWithExcelApiUpTo("1.8");
  const { plan } = samplePlan("en");
  const book = new FakeWorkbook(["Positions"]);
  await expect(
    writeChartSheet("Org chart", ["Org chart"], { kind: "shapes", plan }, fakeExcelRun(book)),
  ).resolves.toEqual({ ok: false, reason: "noShapesApi" });
  expect(book.sheetNames()).toEqual(["Positions"]);
});

test("more cards than shapes are offered for: nothing is written", async () => {
  const { plan } = samplePlan("en");
  const many = { ...plan, cards: Array.from({ length: MAX_SHAPE_CARDS + 1 }, () => plan.cards[0]), connectors: [] };
  const book = new FakeWorkbook(["Positions"]);
  await expect(
    writeChartSheet("Org chart", ["Org chart"], { kind: "shapes", plan: many }, fakeExcelRun(book)),
  ).resolves.toEqual({ ok: false, reason: "tooManyCards", cards: MAX_SHAPE_CARDS + 1, max: MAX_SHAPE_CARDS });
  expect(book.sheetNames()).toEqual(["Positions"]);
});

test("the picture: one image on the sheet, replacing an earlier chart's shapes", async () => {
  const { plan } = samplePlan("en");
  const book = new FakeWorkbook(["Positions"]);
  const run = fakeExcelRun(book);
  await writeChartSheet("Org chart", ["Org chart"], { kind: "shapes", plan }, run);
  // A 1 × 1 PNG.
  const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
  const result = await writeChartSheet(
    "Org chart",
    ["Org chart"],
    { kind: "picture", pngBase64: png, width: 300, height: 200, description: "The org chart" },
    run,
  );
  expect(result).toMatchObject({ ok: true, sheetName: "Org chart" });
  const shapes = book.drawing.onSheet(book.sheet("Org chart").id);
  expect(shapes).toHaveLength(1);
  expect(shapes[0]).toMatchObject({ type: "Image", width: 300, height: 200, altTextDescription: "The org chart" });
});

test("size: requests and bytes per card, measured on the fake, stay under the limit up to the cards offered", async () => {
  const measured: string[] = [];
  // 100 and 300 here (the fake scans every proxy per operation); 500 cards measured the same 2.7 KB a card.
  for (const size of [100, 300]) {
    const { grid } = generateOrg(size);
    const analysis = analyzeWorkbook({ positions: grid }, { lang: "en" });
    const { drawing } = svgExport(chartBasis(analysis), { view: "positions" }, context("en"));
    const plan = sheetShapesPlan(drawing);
    const book = new FakeWorkbook(["Positions"]);
    const result = await writeChartSheet("Org chart", ["Org chart"], { kind: "shapes", plan }, fakeExcelRun(book));
    expect(result.ok).toBe(true);
    const shapeRequests = book.requests.filter((request) => (request.shapeOperations ?? 0) > 0);
    const bytes = shapeRequests.reduce((sum, request) => sum + request.requestBytes, 0);
    const operations = shapeRequests.reduce((sum, request) => sum + (request.shapeOperations ?? 0), 0);
    for (const request of shapeRequests) expect(request.requestBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET_BYTES);
    // The writer's own estimate is never below what the fake counts.
    if (result.ok && result.stats)
      expect(result.stats.estimatedBytes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(bytes * 0.9);
    measured.push(
      `${plan.cards.length} cards: ${shapeRequests.length} requests, ${operations} operations, ` +
        `${Math.round(bytes / 1024)} KB (${Math.round(bytes / plan.cards.length)} B and ${(operations / plan.cards.length).toFixed(1)} operations per card with its line)`,
    );
    expect(bytes / plan.cards.length).toBeLessThan(4096);
  }
  console.log(measured.join("\n"));
});
