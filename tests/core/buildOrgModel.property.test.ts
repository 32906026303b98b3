import { findingMessage } from "../../src/core/findings/localizeFinding";
import fc from "fast-check";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import type { CellValue } from "../../src/core/cells/cell";
import { isBlankRow } from "../../src/core/cells/cell";
import { FINDING_CODES } from "../../src/core/findings/finding";
import { VIRTUAL_TOP } from "../../src/core/model/orgModel";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";

const HEADERS = [
  "Position ID",
  "岗位编号",
  "Reports To",
  "汇报对象",
  "Title",
  "Name",
  "FTE",
  "年薪",
  "Start Date",
  "Dotted Line To",
  "Status",
  "Junk",
  "",
];

/** IDs from a small pool, so duplicates, cycles and self-reports are common. */
const id = fc.oneof(
  fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "8", "001", " 1 ", ""),
  fc.integer({ min: 1, max: 9 }),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  id,
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom(
    "#N/A",
    "#REF!",
    "¥1,200",
    "50%",
    "2024-02-30",
    "<b>x</b>",
    "张伟",
    "TBD",
    "XX",
    "N/A",
    "N/D",
    "-",
    "未公开",
  ),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!") }),
);

const grid: fc.Arbitrary<SheetGrid> = fc
  .record({
    header: fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: HEADERS.length }),
    rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 40 }),
    title: fc.option(fc.array(cell, { maxLength: 3 }), { nil: undefined }),
    firstRow: fc.integer({ min: 1, max: 50 }),
  })
  .map(({ header, rows, title, firstRow }) => ({
    sheetName: "Fuzz",
    firstRow,
    firstColumn: 1,
    rows: title ? [title, header, ...rows] : [header, ...rows],
  }));

describe("buildOrgModel over random tables", () => {
  test("never throws, and every data row is a position or named in a finding", () => {
    fc.assert(
      fc.property(grid, fc.constantFrom("en" as const, "zh-CN" as const), (g, lang) => {
        const { model, findings, accounting, columns } = buildOrgModel(g, { lang });
        expect(accounting.rowsRead).toBe(accounting.positions + accounting.rowsOnlyInFindings);
        expect(accounting.positions).toBe(model.positions.length);

        const positionRows = new Set(model.positions.map((p) => p.row));
        expect(positionRows.size).toBe(model.positions.length);
        const findingRows = new Set(findings.flatMap((f) => f.rows));
        const headerIndex = columns.headerRow === 0 ? g.rows.length : columns.headerRow - g.firstRow;
        let dataRows = 0;
        for (let r = headerIndex + 1; r < g.rows.length; r++) {
          if (isBlankRow(g.rows[r])) continue;
          dataRows++;
          const row = g.firstRow + r;
          expect(positionRows.has(row) || findingRows.has(row)).toBe(true);
        }
        if (columns.headerRow !== 0) expect(accounting.rowsRead).toBe(dataRows);

        for (const finding of findings) {
          expect(FINDING_CODES).toContain(finding.code);
          expect(["error", "warning", "info"]).toContain(finding.severity);
          expect(findingMessage(finding, lang).length).toBeGreaterThan(0);
          // No placeholder left unfilled; cell text quoted in the message may hold braces of its own ("{0}").
          let template = findingMessage(finding, lang);
          for (const value of Object.values(finding.params)) template = template.split(String(value)).join("");
          expect(template).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("the model is always a forest: every position reaches the top, layers are consistent", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const { model } = buildOrgModel(g);
        const n = model.positions.length;
        for (let i = 0; i < n; i++) {
          let steps = 0;
          for (let p = i; model.parent[p] !== VIRTUAL_TOP; p = model.parent[p]) expect(++steps).toBeLessThanOrEqual(n);
          const parent = model.parent[i];
          expect(model.layer[i]).toBe(parent === VIRTUAL_TOP ? 1 : model.layer[parent] + 1);
        }
        expect(model.childIndex.length + model.roots.length).toBe(n);
        expect(new Set(model.positions.map((p) => p.id)).size).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  test("a repeated ID makes no one vanish: a row left out repeats a position's post (shared) or its every cell (pasted)", () => {
    const small = (values: string[]) => fc.constantFrom(...values);
    const rows = fc.array(
      fc.tuple(
        small(["1", "2", "3", "XX"]),
        small(["Head", "Clerk"]),
        small(["", "1", "2", "XX", "N/A"]),
        small(["Ann", "Bo", "N/D", "Vacant", ""]),
        small(["0.5", "1", ""]),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(rows, (data) => {
        const g: SheetGrid = {
          sheetName: "Posts",
          firstRow: 1,
          firstColumn: 1,
          rows: [["Post Unique Reference", "Job Title", "Reports to Senior Post", "Name", "FTE"], ...data],
        };
        const { model, findings, accounting } = buildOrgModel(g);
        expect(accounting.rowsRead).toBe(accounting.positions + accounting.rowsOnlyInFindings);
        const byRow = new Map(model.positions.map((p) => [p.row, p]));
        const rowsOf = (code: string) => new Set(findings.filter((f) => f.code === code).flatMap((f) => f.rows));
        const shared = rowsOf("SHARED_POST");
        const duplicate = rowsOf("DUPLICATE_ID");
        data.forEach(([id, title, reportsTo], r) => {
          const row = r + 2;
          if (byRow.has(row)) return;
          const post = model.positions.find((p) => p.id === id)!;
          // A paste of the post's own row, or of a row that joined it as another holder.
          const pasted = data
            .slice(0, r)
            .some(
              (earlier, e) => earlier[0] === id && earlier.every((cell, c) => cell === data[r][c]) && e >= post.row - 2,
            );
          if (pasted) expect(duplicate.has(row)).toBe(true);
          else {
            expect(shared.has(row)).toBe(true);
            expect([post.title, post.reportsTo]).toEqual([title, reportsTo]);
          }
        });
        const sharedFte = model.positions
          .filter((p) => p.holders !== undefined)
          .every((p) => p.fte !== null && p.fte > 0);
        expect(sharedFte).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
