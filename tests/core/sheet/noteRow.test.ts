import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { noteRowText } from "../../../src/core/sheet/noteRow";
import { makeGrid } from "../makeGrid";

describe("note rows", () => {
  it("knows a note alone on its row: a label first, or text longer than an ID", () => {
    expect(noteRowText(["Note: figures as of June"], "Note: figures as of June")).toBe("Note: figures as of June");
    expect(noteRowText([null, "Source: HR system"], "")).toBe("Source: HR system");
    expect(noteRowText(["注：以上数据截至 6 月"], "注：以上数据截至 6 月")).toBe("注：以上数据截至 6 月");
    expect(noteRowText(["* excludes contractors"], "* excludes contractors")).toBe("* excludes contractors");
    const long = "Figures are full-time equivalents as of the end of the second quarter";
    expect(noteRowText([long], long)).toBe(long);
    // Not notes: an ID, a labelled note with other cells beside it, a number.
    expect(noteRowText(["N001"], "N001")).toBeUndefined();
    expect(noteRowText(["Note: x", "CEO"], "Note: x")).toBeUndefined();
    expect(noteRowText([null, 12], "")).toBeUndefined();
    expect(noteRowText(["Source", "Title"], "Source")).toBeUndefined();
  });

  it("leaves note rows out of the org, each with an info finding on its row; the rows around them stay", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(
        ["Position ID", "Title", "Reports To", "Name"],
        [
          ["P1", "CEO", null, "Ann"],
          ["注：财务部编制含外包", null, null, null],
          ["P2", "CFO", "P1", "Bob"],
          [null, null, null, null],
          ["Note: figures as of 30 June 2026, source HR system", null, null, null],
        ],
      ),
    });
    expect(analysis.model.positions.map((p) => p.id)).toEqual(["P1", "P2"]);
    expect(analysis.findings.map((f) => f.code)).not.toContain("MULTIPLE_ROOTS");
    const notes = analysis.findings.filter((f) => f.code === "NOTE_ROW");
    expect(notes.map((f) => f.rows)).toEqual([[3], [6]]);
    expect(analysis.accounting).toMatchObject({ positions: 2, rowsOnlyInFindings: 2 });
    expect(localizeFinding(notes[0], "en").message).toBe(
      "Row 3 holds a note (“注：财务部编制含外包”), not a position: left out of the org.",
    );
    expect(localizeFinding(notes[0], "zh-CN").message).toContain("第 3 行是备注");
  });
});
