import fc from "fast-check";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import { applyChangesToGrid } from "../../../src/core/scenario/applyChangesToGrid";
import type { ScenarioChangeSet } from "../../../src/core/scenario/scenarioChange";
import { scenarioChanges } from "../../../src/core/scenario/scenarioChanges";
import type { ScenarioEdit } from "../../../src/core/scenario/scenarioEdit";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";

const HEADER = ["Position ID", "Reports To", "Title", "Name", "FTE", "Base Salary", "Status"];

/** A random tree of `size` positions (each reports to an earlier one), as a table at B3. */
function treeGrid(parents: number[]): SheetGrid {
  const rows: CellValue[][] = [HEADER];
  parents.forEach((parent, i) => {
    const manager = i === 0 ? "" : `P${parent % i}`;
    rows.push([`P${i}`, manager, `Title ${i}`, i % 3 === 0 ? "" : `Person ${i}`, 1, 1000 * i, ""]);
  });
  return { sheetName: "Plan - X", tableName: "Scenario_1", firstRow: 3, firstColumn: 2, rows };
}

const editArbitrary = (size: number): fc.Arbitrary<ScenarioEdit> => {
  const id = fc.integer({ min: 0, max: size + 2 }).map((n) => `P${n}`);
  return fc.oneof(
    fc.record({ kind: fc.constant("move" as const), id, newManager: fc.oneof(id, fc.constant("")) }),
    fc.record({ kind: fc.constant("add" as const), manager: fc.oneof(id, fc.constant("")) }),
    fc.record({ kind: fc.constant("remove" as const), id }),
    fc.record({
      kind: fc.constant("setStatus" as const),
      id,
      status: fc.constantFrom("filled" as const, "vacant" as const, "planned" as const, "closed" as const),
    }),
    fc.record({ kind: fc.constant("setFte" as const), id, fte: fc.double({ min: 0, max: 2, noNaN: true }) }),
    fc.record({ kind: fc.constant("setSalary" as const), id, baseSalary: fc.option(fc.integer({ min: 0, max: 1e6 })) }),
  );
};

const cells = (grid: SheetGrid) => grid.rows.map((row) => row.map((cell) => (cell === "" ? null : (cell ?? null))));

describe("scenario edits, on random orgs and random edit sequences", () => {
  test("undoing every edit in reverse order gives the table back; the org never loops; no row is lost", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 25 }),
        fc.array(editArbitrary(30), { maxLength: 12 }),
        (parents, edits) => {
          const original = treeGrid(parents);
          let grid = original;
          const undo: ScenarioChangeSet[] = [];
          for (const edit of edits) {
            const made = scenarioChanges(grid, edit, { lang: "en" });
            if (!made.ok) {
              expect(made.refusal.message).not.toBe("");
              continue;
            }
            const applied = applyChangesToGrid(grid, made.changes);
            if (!applied.ok) throw new Error("changes made from this grid must apply to it");
            const { model, findings } = buildOrgModel(applied.grid);
            expect(findings.filter((finding) => finding.code === "CYCLE")).toEqual([]);
            const before = buildOrgModel(grid).model.positions.length;
            const expected = before + (edit.kind === "add" ? 1 : edit.kind === "remove" ? -1 : 0);
            expect(model.positions.length).toBe(expected);
            grid = applied.grid;
            undo.push(made.inverse);
          }
          for (const inverse of undo.reverse()) {
            const applied = applyChangesToGrid(grid, inverse);
            if (!applied.ok) throw new Error("an inverse must apply right after its edits");
            grid = applied.grid;
          }
          expect(cells(grid)).toEqual(cells(original));
        },
      ),
      { numRuns: 200 },
    );
  });
});
