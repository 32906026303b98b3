import { checkVacantManagers } from "../../../src/core/checks/checkVacantManagers";
import { craftOrg } from "./craftOrg";

describe("checkVacantManagers", () => {
  it("reports vacant and planned positions with reports, assistants counted", () => {
    // Rows: V 2, V1 3, V2 4, P 5, PA 6, E 7, F 8, F1 9, C 10, C1 11.
    const model = craftOrg(
      { id: "V", name: null, title: "Open Lead" },
      { id: "V1", reportsTo: "V" },
      { id: "V2", reportsTo: "V" },
      { id: "P", name: "Someone", status: "Planned" },
      { id: "PA", reportsTo: "P", assistant: true },
      { id: "E", name: null },
      { id: "F" },
      { id: "F1", reportsTo: "F" },
      { id: "C", status: "Closed" },
      { id: "C1", reportsTo: "C" },
    );
    expect(checkVacantManagers(model)).toEqual([
      {
        code: "VACANT_MANAGER",
        severity: "warning",
        rows: [2],
        ids: ["V"],
        params: { id: "V", title: "Open Lead", reports: 2, status: "vacant" },
      },
      {
        code: "VACANT_MANAGER",
        severity: "warning",
        rows: [5],
        ids: ["P"],
        params: { id: "P", title: "Title P", reports: 1, status: "planned" },
      },
    ]);
  });

  it("reads a status word in Chinese", () => {
    const model = craftOrg({ id: "V", status: "空缺" }, { id: "V1", reportsTo: "V" });
    expect(checkVacantManagers(model).map((f) => f.ids)).toEqual([["V"]]);
  });
});
