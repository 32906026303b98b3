import { buildOrgModel, FIELD_KEYS, REQUIRED_FIELDS } from "../../src/core";
import {
  choicesFromColumns,
  chooseColumn,
  unchosenRequiredFields,
  findDuplicateChoices,
  headerOptions,
  mappingFieldOrder,
  mappingFromChoices,
} from "../../src/taskpane/columnChoices";
import { makeGrid } from "../core/makeGrid";

const HEADERS = ["Position ID", "Title", "Boss Code", "", "Name"];
const GRID = makeGrid(HEADERS, [
  ["E1", "Head", "", "x", "Dana"],
  ["E2", "Lead", "E1", "y", "Eli"],
]);

describe("the column mapping step", () => {
  test("mappingFieldOrder() lists the required fields first, then every other field once", () => {
    const order = mappingFieldOrder();
    expect(order.slice(0, REQUIRED_FIELDS.length)).toEqual([...REQUIRED_FIELDS]);
    expect(new Set(order).size).toBe(order.length);
    expect(order).toHaveLength(FIELD_KEYS.length);
  });

  test("headerOptions(headers) offers the columns that have a header, by position", () => {
    expect(headerOptions(HEADERS)).toEqual([
      { column: 0, header: "Position ID" },
      { column: 1, header: "Title" },
      { column: 2, header: "Boss Code" },
      { column: 4, header: "Name" },
    ]);
  });

  test("starts from where the core found each field, and the mapping it saves fixes the missing column", () => {
    const before = buildOrgModel(GRID);
    expect(before.columns.missing).toEqual(["reportsTo"]);
    const choices = choicesFromColumns(before.columns);
    expect(choices).toEqual({ id: 0, title: 1, name: 4 });

    const mapping = mappingFromChoices({ ...choices, reportsTo: 2 }, before.columns.headers);
    expect(mapping).toEqual({ id: "Position ID", title: "Title", reportsTo: "Boss Code", name: "Name" });
    const after = buildOrgModel(GRID, { mapping });
    expect(after.columns.missing).toEqual([]);
    expect(after.findings).toEqual([]);
    expect(after.model.positions.map((position) => [position.id, position.reportsTo])).toEqual([
      ["E1", ""],
      ["E2", "E1"],
    ]);
  });

  test("choicesFromColumns does not share the core's object", () => {
    const { columns } = buildOrgModel(GRID);
    const choices = choicesFromColumns(columns);
    choices.grade = 3;
    expect(columns.columnOf.grade).toBeUndefined();
  });

  test("findDuplicateChoices names a column chosen for two fields", () => {
    expect(findDuplicateChoices({ id: 0, title: 4, name: 4 }, HEADERS)).toEqual([
      { header: "Name", fields: ["title", "name"] },
    ]);
    expect(findDuplicateChoices({ id: 0, title: 1, name: 4 }, HEADERS)).toEqual([]);
  });

  test("choosing a column takes it from the field that had it, instead of leaving two fields on it", () => {
    // "Name" was found for name; the user says it is the title: name gives it up.
    expect(chooseColumn({ id: 0, title: 1, name: 4 }, "title", 4)).toEqual({ id: 0, title: 4 });
    expect(findDuplicateChoices(chooseColumn({ id: 0, title: 1, name: 4 }, "title", 4), HEADERS)).toEqual([]);
    // "Not used" leaves the field without a column; a required one then has to be chosen before Apply.
    const withoutId = chooseColumn({ id: 0, title: 1, reportsTo: 2 }, "id", undefined);
    expect(withoutId).toEqual({ title: 1, reportsTo: 2 });
    expect(unchosenRequiredFields(withoutId)).toEqual(["id"]);
    expect(unchosenRequiredFields({ id: 0, reportsTo: 2 })).toEqual([]);
  });

  test('a field set to Not used is saved as "" and stays unread, though an alias matches its header', () => {
    const grid = makeGrid(["Position ID", "Reports To", "Unit", "Job Title"], [["1", "", "Policy", "Director"]]);
    const before = buildOrgModel(grid);
    expect(before.columns.columnOf.team).toBe(2);
    const choices = chooseColumn(choicesFromColumns(before.columns), "team", undefined);
    const mapping = mappingFromChoices(choices, before.columns.headers, before.columns.columnOf);
    expect(mapping).toEqual({ id: "Position ID", reportsTo: "Reports To", team: "", title: "Job Title" });
    const after = buildOrgModel(grid, { mapping });
    expect(after.columns.columnOf.team).toBeUndefined();
    expect(after.model.positions[0].team).toBe("");
    // The moved column: Unit read as the department, the team left without a column.
    const moved = chooseColumn(choicesFromColumns(before.columns), "department", 2);
    const remapped = buildOrgModel(grid, {
      mapping: mappingFromChoices(moved, before.columns.headers, before.columns.columnOf),
    });
    expect(remapped.columns.columnOf).toMatchObject({ department: 2 });
    expect(remapped.columns.columnOf.team).toBeUndefined();
    expect(remapped.model.positions[0].department).toBe("Policy");
  });
});
