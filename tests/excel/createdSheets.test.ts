import {
  isCreatedSheet,
  parseCreatedSheets,
  recordCreatedSheet,
  serializeCreatedSheets,
} from "../../src/excel/createdSheets";

describe("the add-in's list of created sheets", () => {
  it("reads entries with ids, plain names, and ignores junk", () => {
    expect(parseCreatedSheets('[{"id":"{1}","name":"Org"},"Legacy",3,{"x":1}]')).toEqual([
      { id: "{1}", name: "Org" },
      { name: "Legacy" },
    ]);
    expect(parseCreatedSheets("not json")).toEqual([]);
    expect(parseCreatedSheets(undefined)).toEqual([]);
    expect(parseCreatedSheets('{"a":1}')).toEqual([]);
  });

  it("recognises a sheet by id even after renaming, and never by name when the entry has an id", () => {
    const created = [{ id: "{1}", name: "Org Report" }];
    expect(isCreatedSheet(created, { id: "{1}", name: "Renamed by user" })).toBe(true);
    expect(isCreatedSheet(created, { id: "{9}", name: "Org Report" })).toBe(false);
    expect(isCreatedSheet([{ name: "Org Report" }], { id: "{9}", name: "org report" })).toBe(true);
  });

  it("records a written sheet, drops the replaced one and sheets that are gone, and upgrades names to ids", () => {
    const created = [{ id: "{1}", name: "Old" }, { id: "{2}", name: "Deleted" }, { name: "Legacy" }];
    const existing = [
      { id: "{1}", name: "Old" },
      { id: "{3}", name: "Legacy" },
      { id: "{4}", name: "New" },
    ];
    const next = recordCreatedSheet(created, { id: "{4}", name: "New" }, existing, "{1}");
    expect(next).toEqual([
      { id: "{3}", name: "Legacy" },
      { id: "{4}", name: "New" },
    ]);
    expect(parseCreatedSheets(serializeCreatedSheets(next))).toEqual(next);
  });
});
