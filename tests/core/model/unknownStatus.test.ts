import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { statedStatus } from "../../../src/core/model/positionStatus";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Reports To", "Name", "Employee Status"];

function analyze(rows: (string | number | null)[][]) {
  const analysis = analyzeWorkbook({ positions: makeGrid(HEADER, rows) });
  return { analysis, statuses: analysis.model.positions.map((p) => p.status) };
}

describe("Status words of HR exports", () => {
  it("reads leavers as an empty post and people away or on probation as holding theirs, in English and Chinese", () => {
    for (const word of ["Terminated", "Resigned", "Leaver", "Retired", "离职", "已离职", "已辞职", "退休"])
      expect({ word, status: statedStatus(word) }).toEqual({ word, status: "vacant" });
    for (const word of [
      "On Leave",
      "Leave of Absence",
      "LOA",
      "Probation",
      "Seconded",
      "Acting",
      "试用期",
      "休假",
      "产假",
      "借调",
    ])
      expect({ word, status: statedStatus(word) }).toEqual({ word, status: "filled" });
    const { statuses, analysis } = analyze([
      ["A", null, "Ann", "Active"],
      ["B", "A", "Bob", "Terminated"],
      ["C", "A", "Cy", "On Leave"],
      ["D", "A", "丁一", "试用期"],
    ]);
    expect(statuses).toEqual(["filled", "vacant", "filled", "filled"]);
    expect(analysis.findings.map((f) => f.code)).not.toContain("UNKNOWN_STATUS");
  });

  it("says which Status words it does not know, on every row that holds them, and reads those rows by their Name", () => {
    const { statuses, analysis } = analyze([
      ["A", null, "Ann", "Active"],
      ["B", "A", "Bob", "TBC"],
      ["C", "A", null, "TBC"],
      ["D", "A", "Di", "在途"],
      ["E", "A", "Ed", null],
      ["F", "A", "Fay", "tbc"],
    ]);
    expect(statuses).toEqual(["filled", "filled", "vacant", "filled", "filled", "filled"]);
    const unknown = analysis.findings.filter((f) => f.code === "UNKNOWN_STATUS");
    // One finding per word as written, in the order of first appearance; a blank Status is not one.
    expect(unknown.map((f) => [f.params.status, f.rows, f.ids])).toEqual([
      ["TBC", [3, 4], ["B", "C"]],
      ["在途", [5], ["D"]],
      ["tbc", [7], ["F"]],
    ]);
    expect(unknown[0].severity).toBe("warning");
    const en = localizeFinding(unknown[0], "en").message;
    expect(en).toContain("“TBC” in the column “Employee Status” is not a status Orgwright knows (2 rows: 3, 4)");
    const zh = localizeFinding(unknown[0], "zh-CN").message;
    expect(zh).toContain("“Employee Status”列中的“TBC”不是可识别的岗位状态（2 行：第 3, 4 行）");
    // Every row is a position: nothing is lost.
    expect(analysis.accounting.positions).toBe(6);
  });

  it("lists a word on every row it holds, however many (the message shows the first few)", () => {
    const rows: (string | null)[][] = [["A", null, "Ann", "Active"]];
    for (let i = 0; i < 40; i++) rows.push([`P${i}`, "A", `N${i}`, "Contractor?"]);
    const finding = analyze(rows).analysis.findings.find((f) => f.code === "UNKNOWN_STATUS")!;
    expect(finding.rows).toHaveLength(40);
    expect(localizeFinding(finding, "en").message).toContain("(40 rows: 3, 4, 5, 6, 7, … (+35))");
    const one = analyze([["A", null, "Ann", "TBC"]]).analysis.findings.find((f) => f.code === "UNKNOWN_STATUS")!;
    expect(localizeFinding(one, "en").message).toContain("knows (1 row: 2)");
  });
});
