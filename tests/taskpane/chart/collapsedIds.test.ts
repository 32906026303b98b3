import { buildOrgModel, type SheetGrid } from "../../../src/core";
import {
  collapsedFlagsOf,
  collapsedIdsBelowLayer,
  openingCollapsedIds,
  withAncestorsExpanded,
} from "../../../src/taskpane/chart/collapsedIds";

/** CEO → (A → (A1 → A11), B → B1). */
function org() {
  const rows = [
    ["Position ID", "Title", "Reports To"],
    ["CEO", "Chief", ""],
    ["A", "Head A", "CEO"],
    ["A1", "Lead A1", "A"],
    ["A11", "Member", "A1"],
    ["B", "Head B", "CEO"],
    ["B1", "Member", "B"],
  ];
  const grid: SheetGrid = { sheetName: "Positions", firstRow: 1, firstColumn: 1, rows };
  return buildOrgModel(grid).model;
}

test("expanding to a level collapses the positions of that layer that have reports", () => {
  const model = org();
  expect([...collapsedIdsBelowLayer(model, 1)]).toEqual(["CEO"]);
  expect([...collapsedIdsBelowLayer(model, 2)].sort()).toEqual(["A", "B"]);
  expect([...collapsedIdsBelowLayer(model, 3)]).toEqual(["A1"]);
  expect(collapsedIdsBelowLayer(model, 4).size).toBe(0);
});

test("revealing a position expands every collapsed manager above it, and nothing else", () => {
  const model = org();
  const collapsed = new Set(["CEO", "A1", "B"]);
  const revealed = withAncestorsExpanded(model, model.indexById.get("A11")!, collapsed);
  expect([...revealed].sort()).toEqual(["B"]);
  expect(collapsed.size).toBe(3);
  // Nothing above is collapsed: the same set comes back.
  const none = new Set(["B"]);
  expect(withAncestorsExpanded(model, model.indexById.get("A11")!, none)).toBe(none);
});

test("collapsed IDs become flags by index; IDs gone from the data are ignored", () => {
  const model = org();
  const flags = collapsedFlagsOf(model, new Set(["A", "GONE"]));
  expect([...flags]).toEqual(model.positions.map((position) => (position.id === "A" ? 1 : 0)));
});

test("a new org's chart opens all expanded up to 2,000 positions, else collapsed below layer 3, worked out once per model", () => {
  const small = org();
  expect(openingCollapsedIds(small).size).toBe(0);
  // CEO → 3 heads → 30 leads → 2,970 members: the leads (layer 3) have reports.
  const rows: string[][] = [
    ["Position ID", "Title", "Reports To"],
    ["CEO", "Chief", ""],
  ];
  for (let h = 0; h < 3; h++) {
    rows.push([`H${h}`, "Head", "CEO"]);
    for (let l = 0; l < 10; l++) {
      rows.push([`L${h}.${l}`, "Lead", `H${h}`]);
      for (let m = 0; m < 99; m++) rows.push([`M${h}.${l}.${m}`, "Member", `L${h}.${l}`]);
    }
  }
  const big = buildOrgModel({ sheetName: "Positions", firstRow: 1, firstColumn: 1, rows }).model;
  expect(big.positions.length).toBeGreaterThan(2_000);
  const opening = openingCollapsedIds(big);
  expect([...opening].sort()).toEqual([...collapsedIdsBelowLayer(big, 3)].sort());
  expect(opening.size).toBe(30);
  expect(openingCollapsedIds(big)).toBe(opening);
});
