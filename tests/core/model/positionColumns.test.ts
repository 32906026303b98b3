import fc from "fast-check";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import { normalizeHeader } from "../../../src/core/columns/normalizeHeader";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { plainPosition } from "../../../src/core/model/position";
import { positionColumnsOf, STATUS_OF_CODE, type PositionColumns } from "../../../src/core/model/positionColumns";
import { isVacantName } from "../../../src/core/model/positionStatus";
import { listDepartments } from "../../../src/core/rollup/listDepartments";
import { rollUpPositions } from "../../../src/core/rollup/positionRollups";
import { operationsCenterSample } from "../../../src/core/sample/operationsCenter";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";
import { makeGrid } from "../makeGrid";

/** Each position's fields as the columns hold them, read back through the column arrays. */
function fieldsFromColumns(columns: PositionColumns, count: number) {
  return Array.from({ length: count }, (_, p) => ({
    status: STATUS_OF_CODE[columns.status[p]],
    fte: Number.isNaN(columns.fte[p]) ? null : columns.fte[p],
    baseSalary: Number.isNaN(columns.baseSalary[p]) ? null : columns.baseSalary[p],
    department: columns.departments[columns.department[p]],
    currency: columns.currencies[columns.currency[p]],
  }));
}

/** The same fields read from the positions themselves. */
function fieldsFromPositions(model: OrgModel) {
  return model.positions.map(({ status, fte, baseSalary, department, currency }) => ({
    status,
    fte,
    baseSalary,
    department,
    currency,
  }));
}

/** The distinct values of a list, in order of first appearance. */
function firstAppearances(values: string[]): string[] {
  return [...new Set(values)];
}

/** The model as code outside the parser might make it: plain positions, no columns. */
function withoutColumns(model: OrgModel): OrgModel {
  return { ...model, positions: model.positions.map(plainPosition), positionColumns: undefined };
}

function expectColumnsMatchPositions(model: OrgModel): void {
  const columns = model.positionColumns!;
  expect(columns).toBeDefined();
  expect(fieldsFromColumns(columns, model.positions.length)).toEqual(fieldsFromPositions(model));
  expect(columns.departments).toEqual(firstAppearances(model.positions.map((p) => p.department)));
  expect(columns.currencies).toEqual(firstAppearances(model.positions.map((p) => p.currency)));
  // A model made without the parser gets the same columns, read from its positions.
  const plain = withoutColumns(model);
  const read = positionColumnsOf(plain);
  expect(positionColumnsOf(plain)).toBe(read);
  expect(fieldsFromColumns(read, model.positions.length)).toEqual(fieldsFromPositions(model));
  expect(read.departments).toEqual(columns.departments);
  expect(read.currencies).toEqual(columns.currencies);
}

const HEADER = ["Position ID", "Reports To", "Name", "Department", "Currency", "Status", "FTE", "Base Salary"];

describe("the parser's position columns", () => {
  test.each(["en", "zh-CN"] as const)(
    "hold every position's status, FTE, salary, department and currency (%s sample)",
    (lang) => {
      const model = buildOrgModel(gridFromSheetSpec(operationsCenterSample(lang)), { lang }).model;
      expectColumnsMatchPositions(model);
      expect(model.positionColumns!.departments.length).toBeGreaterThan(3);
    },
  );

  test("read cells as the positions do: trimmed, upper-case currency, formula errors blank, any cell type", () => {
    const error = { error: "#N/A" };
    const rows: CellValue[][] = [
      ["1", null, "Ann Lee", " Operations ", "cny", "Active", 1, 1000],
      ["2", "1", "TBD", "Operations", " CNY ", "active", 0.5, null],
      ["3", "1", "Bo Chen", error, error, error, "x", "¥2,000"],
      ["4", "1", error, "运营部", "usd", null, null, 3000],
      ["5", "1", "", 42, "Usd", "  空缺 ", 1, 500],
      ["6", "1", "Cy Wu", new Date(Date.UTC(2024, 0, 2)), true, "Closed", 1, 900],
      ["7", "1", "Ｖａｃａｎｔ", "Operations", "cny", "filled", 1, 100],
      ["8", "1", "To Be Hired", "operations", "CNY", "planned", 1, 100],
      ["9", "1", "Dee Fox", "", "", "someday", 1, 100],
      ["10", "1", "Nina Ott", "Ops", "eur", "计划", 2, 100],
    ];
    const model = buildOrgModel(makeGrid(HEADER, rows)).model;
    expect(model.positions).toHaveLength(rows.length);
    expectColumnsMatchPositions(model);
    expect(model.positions.map((p) => p.status)).toEqual([
      "filled",
      "vacant",
      "filled",
      "vacant",
      "vacant",
      "closed",
      "vacant",
      "planned",
      "filled",
      "planned",
    ]);
    expect(model.positionColumns!.currencies).toEqual(["CNY", "", "USD", "TRUE", "EUR"]);
  });

  test("hold a blank department and currency for every position when the sheet has no such columns", () => {
    const model = buildOrgModel(
      makeGrid(
        ["Position ID", "Reports To"],
        [
          ["1", null],
          ["2", "1"],
        ],
      ),
    ).model;
    expectColumnsMatchPositions(model);
    expect(model.positionColumns!.departments).toEqual([""]);
    expect(listDepartments(model)).toEqual([""]);
    // No Assistant column: no position can be one, and passes over the positions need not read the flag.
    expect(model.positionColumns!.mayHaveAssistants).toBe(false);
  });

  test("say assistants may exist when the sheet has an Assistant column (and the sample's has)", () => {
    const model = buildOrgModel(makeGrid(["Position ID", "Reports To", "Assistant"], [["1", null, "no"]])).model;
    expect(model.positionColumns!.mayHaveAssistants).toBe(true);
    const sample = buildOrgModel(gridFromSheetSpec(operationsCenterSample("en"))).model;
    expect(sample.positionColumns!.mayHaveAssistants).toBe(true);
    expect(sample.positions.some((position) => position.assistant)).toBe(true);
  });

  test("are empty for an org without positions", () => {
    const model = buildOrgModel(makeGrid(["Position ID", "Reports To", "Department"], [])).model;
    expect(model.positionColumns!.departments).toEqual([]);
    expect(listDepartments(model)).toEqual([]);
    expect(rollUpPositions(model).totals.positions).toBe(0);
  });

  const STATUSES = [
    "Active",
    "active",
    " Open",
    "Vacant",
    "空缺",
    "Planned",
    "计划",
    "Closed",
    "已关闭",
    "?",
    "",
    null,
  ];
  const NAMES = ["Ann", "Tom Hu", "TBD", "tbd", "Vacant", "Ｖａｃａｎｔ", "To Be Hired", "N/A", "na", "无", "", null];
  const DEPARTMENTS = ["Ops", " Ops ", "ops", "运营部", "", null, 7];
  const CURRENCIES = ["CNY", "cny", " usd ", "", null];
  const maybeError = <T>(value: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant({ error: "#REF!" }) });

  test("match the positions' own fields over random tables, and feed rollups and departments as the positions would", () => {
    const row = fc.tuple(
      maybeError(fc.constantFrom(...NAMES)),
      maybeError(fc.constantFrom(...DEPARTMENTS)),
      maybeError(fc.constantFrom(...CURRENCIES)),
      maybeError(fc.constantFrom(...STATUSES)),
      maybeError(fc.constantFrom<CellValue>(1, 0.5, null, "x", -1)),
      maybeError(fc.constantFrom<CellValue>(1000, "¥2,000", null, "n/a")),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (cells) => {
        const grid: SheetGrid = makeGrid(
          HEADER,
          cells.map((rest, i) => [String(i + 1), i === 0 ? null : String(Math.floor(i / 2) + 1), ...rest]),
        );
        const model = buildOrgModel(grid).model;
        expectColumnsMatchPositions(model);
        const plain = withoutColumns(model);
        expect(listDepartments(model)).toEqual(listDepartments(plain));
        expect(rollUpPositions(model)).toEqual(rollUpPositions(plain));
      }),
      { numRuns: 200 },
    );
  });
});

/** Placeholder names, as positionStatus.ts lists them. */
const PLACEHOLDERS = new Set([
  "vacant",
  "tbd",
  "tbh",
  "tobehired",
  "tobedetermined",
  "open",
  "空缺",
  "待定",
  "待招",
  "无",
  "na",
  "vacancy",
  "待招聘",
  "招聘中",
  "空岗",
  "缺编",
  "暂缺",
  "待补",
  "空",
]);
const PLACEHOLDER_INITIALS = new Set([...PLACEHOLDERS].map((word) => word.charCodeAt(0)));

/** isVacantName without its shortcuts for plain names: the placeholder's initial (any case, or full width), then normalized. */
function isVacantNameSlowly(name: string): boolean {
  if (name === "") return true;
  if (name.length > 24) return false;
  const initial = name.charCodeAt(0);
  // A placeholder in punctuation ("-", "?", "(vacant)"): no letters, or a placeholder word, once stripped.
  if (/^[(\-/<?[\u2013\u2014\uff08\u3010]/.test(name)) {
    const letters = name
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "");
    return letters === "" || PLACEHOLDERS.has(letters);
  }
  if (!PLACEHOLDER_INITIALS.has(initial | (initial >= 65 && initial <= 90 ? 32 : 0)) && initial < 0xff00) return false;
  // A placeholder word with a note after it ("Vacant - backfill", "Open Req 12"), not a longer word ("Vacanti").
  if (/^(?:vacant|vacancy|open|tbh|tbd|to be hired|to be determined)[^a-z]/i.test(name)) return true;
  return PLACEHOLDERS.has(normalizeHeader(name));
}

describe("isVacantName", () => {
  test("gives the same answer as normalizing every name", () => {
    const pieces = [
      "T",
      "t",
      "b",
      "d",
      "B",
      "h",
      "o",
      "O",
      "p",
      "e",
      "n",
      "N",
      "a",
      "V",
      "c",
      " ",
      "-",
      "(",
      ")",
      "x",
      "1",
      "ü",
      "Ｔ",
      "空",
      "缺",
      "?",
      "<",
      "y",
      "（",
      "r",
      "q",
    ];
    const name = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(name, fc.string({ maxLength: 16 })), (text) => {
        expect(isVacantName(text)).toBe(isVacantNameSlowly(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of [
      "TBD",
      "T.B.D.",
      "To Be Determined",
      "Open",
      "open (req)",
      "Na",
      "N/A",
      "Ｖａｃａｎｔ",
      "Tom",
      "Nina",
    ])
      expect(isVacantName(text)).toBe(isVacantNameSlowly(text));
  });
});
