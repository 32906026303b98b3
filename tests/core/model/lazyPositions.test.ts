import { analyzeOrg } from "../../../src/core/analyzeWorkbook";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { plainPosition } from "../../../src/core/model/position";
import { modelStoreOf, positionAt, positionCountOf, positionFieldsOf } from "../../../src/core/model/positionFields";
import { makeGrid } from "../makeGrid";

const HEADER = [
  "Position ID",
  "Reports To",
  "Title",
  "Department",
  "Grade",
  "Name",
  "Status",
  "Capabilities",
  "Archetype",
];

/** Spans, layers, grades, vacancies, capabilities and archetypes: every check and the coverage have work to do. */
const grid = makeGrid(HEADER, [
  ["P1", "", "Director", "Ops", "M5", "Wang Wei", "", "Retention"],
  ["P2", "P1", "Lead", "Ops", "M5", "Vacant", "", "Payroll", "Player-coach"],
  ["P3", "P2", "Analyst", "Ops", "P3", "Li Na", "", "Retention; Payroll", "Nonsense"],
  ["P4", "P3", "Analyst", "Ops", "P2", "", "Planned", ""],
  ["P5", "P4", "Clerk", "Ops", "P1", "Chen Jie", "", "Audit"],
  ["P6", "P9", "Clerk", "Ops", "P1", "Zhao Min", "", ""],
]);

/** Counts the reads of `model.positions` from here on (the getter the parser's model has is kept). */
function countPositionReads(model: OrgModel): { reads: number } {
  const counter = { reads: 0 };
  const descriptor = Object.getOwnPropertyDescriptor(model, "positions")!;
  expect(descriptor.get).toBeDefined();
  Object.defineProperty(model, "positions", {
    ...descriptor,
    get() {
      counter.reads++;
      return descriptor.get!.call(model);
    },
  });
  return counter;
}

describe("the parser's positions, made when first read", () => {
  test("the checks and the coverage never read them: the analysis makes no position object", () => {
    const org = buildOrgModel(grid);
    const counter = countPositionReads(org.model);
    const analysis = analyzeOrg(org, { positions: grid });
    expect(counter.reads).toBe(0);
    // The analysis had work to do: a finding of each kind the grid asks for.
    const codes = new Set(analysis.findings.map((finding) => finding.code));
    for (const code of ["UNKNOWN_MANAGER", "VACANT_MANAGER", "SINGLE_REPORT_CHAIN", "UNKNOWN_ARCHETYPE"])
      expect(codes).toContain(code);
    expect(analysis.accounting.positions).toBe(6);
    expect(positionCountOf(org.model)).toBe(6);
  });

  test("read, they are made once: the same objects on every read, each reading its row", () => {
    const { model } = buildOrgModel(grid);
    const positions = model.positions;
    expect(model.positions).toBe(positions);
    expect(positions.map((position) => position.id)).toEqual(["P1", "P2", "P3", "P4", "P5", "P6"]);
    expect(positions.map((position) => position.status)).toEqual([
      "filled",
      "vacant",
      "filled",
      "planned",
      "filled",
      "filled",
    ]);
    expect(modelStoreOf({ positions })).toBe(positionFieldsOf(model));
    // A position read by its index (what the checks do) reads as the one in the array.
    positions.forEach((position, p) => expect(plainPosition(positionAt(model, p))).toEqual(plainPosition(position)));
  });

  test("a copy of the model carries its positions as data, and the fields are still the parser's", () => {
    const { model } = buildOrgModel(grid);
    const copy: OrgModel = { ...model };
    expect(Object.getOwnPropertyDescriptor(copy, "positions")!.get).toBeUndefined();
    expect(copy.positions).toBe(model.positions);
    expect(positionFieldsOf(copy)).toBe(positionFieldsOf(model));
    expect(positionCountOf(copy)).toBe(6);
    const plain: OrgModel = { ...model, positions: model.positions.map(plainPosition) };
    expect(positionAt(plain, 2)).toBe(plain.positions[2]);
  });
});
