import { checkArchetypes } from "../../../src/core/checks/checkArchetypes";
import { craftOrg } from "./craftOrg";

describe("checkArchetypes", () => {
  it("reports each Archetype cell that names no archetype, and only those", () => {
    // Rows: A 2, B 3, C 4, D 5, E 6.
    const model = craftOrg(
      { id: "A", archetype: "Player/coach" },
      { id: "B", archetype: "Boss", reportsTo: "A" },
      { id: "C", archetype: "督导", reportsTo: "A" },
      { id: "D", reportsTo: "A" },
      { id: "E", archetype: "Boss", reportsTo: "A" },
    );
    expect(checkArchetypes(model)).toEqual([
      {
        code: "UNKNOWN_ARCHETYPE",
        severity: "warning",
        rows: [3],
        ids: ["B"],
        field: "archetype",
        params: { value: "Boss", id: "B", row: 3 },
      },
      {
        code: "UNKNOWN_ARCHETYPE",
        severity: "warning",
        rows: [6],
        ids: ["E"],
        field: "archetype",
        params: { value: "Boss", id: "E", row: 6 },
      },
    ]);
  });
});
