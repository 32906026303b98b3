import {
  hashCells,
  newSheetGuid,
  ownedSheets,
  parseCreatedSheets,
  recordCreatedSheet,
  serializeCreatedSheets,
} from "../../src/excel/createdSheets";

describe("the add-in's list of created sheets", () => {
  it("reads entries with GUIDs, roles and hashes, older entries with ids or plain names, and ignores junk", () => {
    expect(
      parseCreatedSheets(
        '[{"id":"{1}","guid":"g1","name":"Org","role":"report"},{"id":"{2}","name":"Old"},"Legacy",3,{"x":1},' +
          '{"guid":"g3","name":"Positions","role":"data","hash":"3:ab","pending":true}]',
      ),
    ).toEqual([
      { id: "{1}", guid: "g1", name: "Org", role: "report" },
      { id: "{2}", name: "Old" },
      { name: "Legacy" },
      { guid: "g3", name: "Positions", role: "data", hash: "3:ab", pending: true },
    ]);
    expect(parseCreatedSheets("not json")).toEqual([]);
    expect(parseCreatedSheets(undefined)).toEqual([]);
    expect(parseCreatedSheets('{"a":1}')).toEqual([]);
  });

  it("owns a sheet by its GUID tag (after a rename, after reopening changed its id), never by name alone", () => {
    const created = [{ id: "{1}", guid: "g1", name: "Org Report" }];
    // Reopened: the id changed, the tag travelled with the sheet.
    expect([...ownedSheets(created, [{ id: "{7}", name: "Renamed", tag: "g1" }]).keys()]).toEqual(["{7}"]);
    // A user's sheet of the same name, or with the old id but no tag, is not the add-in's.
    expect(ownedSheets(created, [{ id: "{9}", name: "Org Report" }]).size).toBe(0);
    expect(ownedSheets(created, [{ id: "{1}", name: "Org Report" }]).size).toBe(0);
    // A copy of the sheet carries the tag too: the one with the recorded id is the add-in's.
    const copies = [
      { id: "{5}", name: "Org Report (2)", tag: "g1" },
      { id: "{1}", name: "Org Report", tag: "g1" },
    ];
    expect([...ownedSheets(created, copies).keys()]).toEqual(["{1}"]);
    // Two copies and neither has the recorded id: neither is taken.
    expect(ownedSheets([{ guid: "g1", name: "x" }], [copies[0], { ...copies[1], id: "{6}" }]).size).toBe(0);
  });

  it("migrates older entries: an id still identifies an untagged sheet; a plain name identifies nothing", () => {
    const created = [{ id: "{1}", name: "Old" }, { name: "Legacy" }];
    const sheets = [
      { id: "{1}", name: "Old" },
      { id: "{3}", name: "Legacy" },
    ];
    expect([...ownedSheets(created, sheets).keys()]).toEqual(["{1}"]);
  });

  it("records a written sheet in place of its entry, refreshes the others and drops sheets that are gone", () => {
    const created = [
      { id: "{1}", guid: "g1", name: "Org", role: "report" as const },
      { id: "{2}", guid: "g2", name: "Deleted", role: "report" as const },
      { name: "Legacy" },
      { id: "{4}", name: "Old" },
    ];
    const sheets = [
      { id: "{1}", name: "Org renamed", tag: "g1" },
      { id: "{3}", name: "Legacy" },
      { id: "{4}", name: "Old", tag: "g4" },
    ];
    const next = recordCreatedSheet(created, sheets, { id: "{4}", guid: "g4", name: "Old", role: "report" });
    expect(next).toEqual([
      { id: "{1}", guid: "g1", name: "Org renamed", role: "report" },
      { id: "{4}", guid: "g4", name: "Old", role: "report" },
    ]);
    expect(parseCreatedSheets(serializeCreatedSheets(next))).toEqual(next);
  });

  it("makes distinct GUIDs and hashes that change with any cell", () => {
    expect(newSheetGuid()).not.toBe(newSheetGuid());
    expect(hashCells([["a", 1]])).toBe(hashCells([["a", 1]]));
    expect(hashCells([["a", 1]])).not.toBe(hashCells([["a", 2]]));
  });
});
