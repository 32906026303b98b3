import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { plainPosition } from "../../../src/core/model/position";
import { modelStoreOf, positionFieldsOf } from "../../../src/core/model/positionFields";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Reports To", "Title", "Grade", "Name", "Family Name", "Status", "Capabilities"];

/** A sheet with what the fields must read as the positions do: padding, a formula error, vacant and undisclosed names. */
const grid = makeGrid(HEADER, [
  ["P1", "", "  Director ", "M5", "Wang", "Li", "", "Retention; 留存"],
  ["P2", "P1", "Analyst", " P3 ", "Vacant", "", "", ""],
  ["P3", "P1", { error: "#N/A" }, "P4", "N/D", "", "Filled", "Payroll"],
  ["P4", "P3", "Engineer", "", "Chloé", "Müller", "", "  "],
  ["P5", "P3", "Engineer", 7, "", "", "Planned", "Audit"],
]);

/** Each position's fields as {@link positionFieldsOf} reads them. */
function readFields(model: OrgModel) {
  const fields = positionFieldsOf(model);
  return model.positions.map((_, p) => ({
    id: fields.ids[p],
    row: fields.row[p],
    title: fields.title(p),
    grade: fields.grade(p),
    name: fields.name(p),
  }));
}

/** The same fields read from each position. */
function positionsFields(model: OrgModel) {
  return model.positions.map(({ id, row, title, grade, name }) => ({ id, row, title, grade, name }));
}

describe("positionFieldsOf(model)", () => {
  const { model } = buildOrgModel(grid);

  test("reads the parser's store: every field as the position itself reads it", () => {
    expect(modelStoreOf(model)).toBeDefined();
    expect(positionFieldsOf(model)).toBe(modelStoreOf(model));
    const read = readFields(model);
    expect(read).toEqual(positionsFields(model));
    // The cases the store must get right, spelled out.
    expect(read.map((f) => f.title)).toEqual(["Director", "Analyst", "", "Engineer", "Engineer"]);
    expect(read.map((f) => f.grade)).toEqual(["M5", "P3", "P4", "", "7"]);
    expect(read.map((f) => f.name)).toEqual(["Wang Li", "", "", "Chloé Müller", ""]);
    expect(read.map((f) => f.row)).toEqual([2, 3, 4, 5, 6]);
  });

  test("reads the positions of a model the parser did not make, and keeps what it read", () => {
    const plain: OrgModel = { ...model, positions: model.positions.map(plainPosition) };
    expect(modelStoreOf(plain)).toBeUndefined();
    expect(readFields(plain)).toEqual(positionsFields(model));
    expect(positionFieldsOf(plain)).toBe(positionFieldsOf({ positions: plain.positions }));
  });

  test("the Capabilities text as written, trimmed; blank for a blank cell", () => {
    const store = modelStoreOf(model)!;
    expect(model.positions.map((_, p) => store.capabilitiesText(p))).toEqual([
      "Retention; 留存",
      "",
      "Payroll",
      "",
      "Audit",
    ]);
  });
});
