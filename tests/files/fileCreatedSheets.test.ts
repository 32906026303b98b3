import { SETTING_CREATED_SHEETS } from "../../src/core/sheet/workbookSource";
import {
  createdEntries,
  forgetCreatedSheet,
  recordCreatedSheet,
  replaceableSheets,
  sheetsWithRole,
} from "../../src/files/fileCreatedSheets";
import { specTableNames, uniqueTableNames } from "../../src/files/sheetTableNames";

const meta = { title: "Plan A", source: "Positions", created: "2026-12-07T12:00:00.000Z" };

describe("the file's list of the sheets the add-in created", () => {
  it("reads names, Excel's { id, name } entries and scenarios; skips what names no sheet; keeps each entry as saved", () => {
    const excelEntry = { id: "{1}", name: "Org checks" };
    const settings = new Map([
      [
        SETTING_CREATED_SHEETS,
        JSON.stringify([
          "Coverage",
          "",
          excelEntry,
          { name: "Plan A", role: "scenario", scenario: meta },
          { id: 3 },
          7,
        ]),
      ],
    ]);
    const entries = createdEntries(settings);
    expect(entries.map(({ name, role }) => [name, role])).toEqual([
      ["Coverage", undefined],
      ["Org checks", undefined],
      ["Plan A", "scenario"],
    ]);
    expect(entries[1].raw).toEqual(excelEntry);
    expect(entries[2].scenario).toEqual(meta);
    expect(replaceableSheets(settings)).toEqual(["Coverage", "Org checks"]); // a scenario is never replaced
    expect(createdEntries(new Map([[SETTING_CREATED_SHEETS, "not json"]]))).toEqual([]);
    expect(createdEntries(new Map())).toEqual([]);
  });

  it("records a report or a scenario in place of an entry of the same name, and forgets a deleted one", () => {
    const settings = new Map([[SETTING_CREATED_SHEETS, JSON.stringify(["coverage", "Org checks"])]]);
    recordCreatedSheet(settings, "Coverage");
    recordCreatedSheet(settings, "Plan A", { name: "Plan A", columns: [], rows: [], role: "scenario", scenario: meta });
    const saved = JSON.parse(settings.get(SETTING_CREATED_SHEETS)!);
    expect(saved.slice(0, 2)).toEqual(["Org checks", { name: "Coverage", role: "report" }]);
    expect(saved[2]).toMatchObject({ name: "Plan A", role: "scenario", scenario: meta });
    expect(typeof saved[2].guid).toBe("string");
    expect([...sheetsWithRole(settings, "scenario")]).toEqual(["plan a"]);
    expect([...sheetsWithRole(settings, "scenario", "report")].sort()).toEqual(["coverage", "plan a"]);
    forgetCreatedSheet(settings, "PLAN A");
    expect(createdEntries(settings).map((entry) => entry.name)).toEqual(["Org checks", "Coverage"]);
  });
});

describe("table names for a sheet the add-in writes", () => {
  it("takes a spec's tables top to bottom, and makes each name one Excel accepts and no other table has", () => {
    const spec = {
      name: "Report",
      columns: [{ header: "A" }],
      rows: [["x"]],
      table: { name: "Staff" },
      sections: [{ columns: [{ header: "B" }], rows: [["y"]], table: { name: "2026 plan" } }],
    };
    expect(specTableNames(spec)).toEqual(["Staff", "2026 plan"]);
    const taken = new Set(["staff", "staff2"]);
    expect(uniqueTableNames(["Staff", "2026 plan", "Cost (¥)", "Staff", ""], taken)).toEqual([
      "Staff3",
      "_2026_plan",
      "Cost____",
      "Staff4",
      "Table",
    ]);
    expect(taken.has("_2026_plan")).toBe(true);
  });
});
