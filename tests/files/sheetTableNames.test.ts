import { currentTableNames, rewrittenTableNames } from "../../src/files/sheetTableNames";

const WRITTEN = [
  { spec: "OrgChecksFindings", name: "OrgChecksFindings" },
  { spec: "OrgChecksLayers", name: "OrgChecksLayers_2" },
];

describe("the names a rewritten report's tables get in a file", () => {
  test("a table keeps the name it has now: the user's after a rename, Excel's 'Name_2' as written", () => {
    const current = currentTableNames(["OrgChecksFindings", "MyLayers"], WRITTEN);
    expect(rewrittenTableNames(["OrgChecksFindings", "OrgChecksLayers"], current, new Set())).toEqual([
      "OrgChecksFindings",
      "MyLayers",
    ]);
    const asWritten = currentTableNames(["OrgChecksFindings", "OrgChecksLayers_2"], WRITTEN);
    expect(rewrittenTableNames(["OrgChecksFindings", "OrgChecksLayers"], asWritten, new Set())[1]).toBe(
      "OrgChecksLayers_2",
    );
  });

  test("places are not trusted when the sheet has more or fewer tables than were written, or they were moved", () => {
    const current = currentTableNames(["MyTable", "OrgChecksFindings", "MyLayers"], WRITTEN);
    expect(current.size).toBe(0);
    // The user moved the layers table above the findings.
    expect(currentTableNames(["OrgChecksLayers_2", "OrgChecksFindings"], WRITTEN).size).toBe(0);
    expect(rewrittenTableNames(["OrgChecksFindings", "OrgChecksLayers"], current, new Set())).toEqual([
      "OrgChecksFindings",
      "OrgChecksLayers",
    ]);
  });

  test("a name another table of the workbook took since is not reused; a new table gets a free name", () => {
    const current = currentTableNames(["OrgChecksFindings", "MyLayers"], WRITTEN);
    const taken = new Set(["mylayers", "orgcheckslayers"]);
    expect(rewrittenTableNames(["OrgChecksFindings", "OrgChecksLayers", "OrgChecksNew"], current, taken)).toEqual([
      "OrgChecksFindings",
      "OrgChecksLayers2",
      "OrgChecksNew",
    ]);
    expect(taken).toEqual(
      new Set(["mylayers", "orgcheckslayers", "orgchecksfindings", "orgcheckslayers2", "orgchecksnew"]),
    );
  });
});
