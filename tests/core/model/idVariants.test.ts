import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { foldWidth, idKey, isIdKey } from "../../../src/core/cells/foldWidth";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Title", "Reports To", "Name", "Dotted Line To"];

function analyze(rows: (string | null)[][]) {
  const analysis = analyzeWorkbook({ positions: makeGrid(HEADER, rows) });
  const { model } = analysis;
  const managerOf = (id: string) => {
    const parent = model.parent[model.indexById.get(id)!];
    return parent < 0 ? null : model.positions[parent].id;
  };
  return { analysis, managerOf, codes: analysis.findings.map((f) => f.code) };
}

describe("foldWidth", () => {
  it("folds full-width letters, digits and spaces to ASCII, and leaves ASCII and Chinese text as it is", () => {
    expect(foldWidth("Ａ１２")).toBe("A12");
    expect(foldWidth("１")).toBe("1");
    expect(foldWidth("ＨＲ－００１")).toBe("HR-001");
    expect(foldWidth("财务01")).toBe("财务01");
    expect(foldWidth("P-001")).toBe("P-001");
  });

  it("keys an ID as a user means it: width-folded, upper case, a number without leading zeros", () => {
    expect(idKey("Ａ１２")).toBe("A12");
    expect(idKey("p1")).toBe("P1");
    expect(idKey("007")).toBe("7");
    expect(idKey("０")).toBe("0");
    expect(idKey("0")).toBe("0");
    expect(idKey("P-007")).toBe("P-007");
    // A whole number exported as a float (pandas, R): 1002.0 is 1002; other decimals and outline numbers stay.
    expect(idKey("1002.0")).toBe("1002");
    expect(idKey("007.00")).toBe("7");
    expect(idKey("１００２.０")).toBe("1002");
    expect(idKey("1.10")).toBe("1.10");
    expect(idKey("1.5")).toBe("1.5");
    expect(idKey("1.")).toBe("1.");
    expect(idKey("A.0")).toBe("A.0");
    expect(isIdKey("1002.0")).toBe(false);
    expect(isIdKey("1.10")).toBe(true);
    const plain = "HR-001";
    expect(idKey(plain)).toBe(plain);
  });
});

describe("IDs written another way: full width (Chinese input methods), case, leading zeros, a name around them", () => {
  it("links a full-width Reports To to the ASCII ID it names, and an ASCII one to a full-width ID, with one info finding", () => {
    const { analysis, managerOf, codes } = analyze([
      ["1", "CEO", null, "Wang", null],
      ["2", "CFO", "１", "Li", null],
      ["Ａ１２", "Analyst", "2", "Zhao", null],
      ["4", "Analyst", "A12", "Qian", null],
    ]);
    expect(codes).not.toContain("UNKNOWN_MANAGER");
    expect(managerOf("2")).toBe("1");
    expect(managerOf("4")).toBe("Ａ１２");
    // The cell's text stays the ID shown.
    expect(analysis.model.positions.map((p) => p.id)).toEqual(["1", "2", "Ａ１２", "4"]);
    const info = analysis.findings.filter((f) => f.code === "MANAGER_ID_VARIANT");
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ severity: "info", rows: [3, 5], ids: ["2", "4"] });
    expect(localizeFinding(info[0], "en").message).toContain("“１” → “1”");
    expect(localizeFinding(info[0], "zh-CN").message).toContain("全角");
  });

  it("links a manager written in another case, without the zeros Excel dropped, or with a name around the ID", () => {
    const { analysis, managerOf, codes } = analyze([
      ["P001", "CEO", null, "Wang Wei", null],
      ["p002", "CFO", "p001", "Li Na", null],
      ["007", "Ops", "P001 - Wang Wei", "Zhao", null],
      ["P004", "Dev", "Li Na (P002)", "Qian", null],
      ["P005", "Dev", "7", "Sun", null],
      ["P006", "Dev", "王伟（P001）", "Zhou", null],
    ]);
    expect(codes).not.toContain("UNKNOWN_MANAGER");
    expect(["p002", "007", "P004", "P005", "P006"].map(managerOf)).toEqual(["P001", "P001", "p002", "007", "P001"]);
    const info = analysis.findings.filter((f) => f.code === "MANAGER_ID_VARIANT");
    expect(info).toHaveLength(1);
    expect(info[0].rows).toEqual([3, 4, 5, 6, 7]);
  });

  it("links IDs a float export wrote as 1002.0 to the 1002 they name, either way round", () => {
    const { managerOf, codes, analysis } = analyze([
      ["1001.0", "CEO", null, "Ann", null],
      ["1002.0", "CFO", "1001.0", "Bob", null],
      ["1003", "Analyst", "1002.0", "Cy", null],
      ["1004", "Analyst", "1002", "Di", null],
      ["1005.0", "Analyst", "1003.0", "Ed", null],
    ]);
    expect(codes).not.toContain("UNKNOWN_MANAGER");
    expect(["1004", "1005.0"].map(managerOf)).toEqual(["1002.0", "1003"]);
    const info = analysis.findings.filter((f) => f.code === "MANAGER_ID_VARIANT");
    expect(info).toHaveLength(1);
    expect(info[0].rows).toEqual([5, 6]);
    expect(localizeFinding(info[0], "en").message).toContain("1002.0");
  });

  it("does not guess when the text names two positions, or a name only", () => {
    const { managerOf, codes } = analyze([
      ["P1", "CEO", null, "Wang Wei", null],
      ["P2", "CFO", "P1", "Li Na", null],
      ["P3", "Dev", "P1 / P2", "Qian", null],
      ["P4", "Dev", "Li Na", "Sun", null],
    ]);
    expect(managerOf("P3")).toBeNull();
    expect(codes.filter((code) => code === "UNKNOWN_MANAGER")).toHaveLength(1);
    // A holder's name is MANAGER_BY_NAME's, as before.
    expect(managerOf("P4")).toBe("P2");
  });

  it("folds dotted lines the same way", () => {
    const { analysis, codes } = analyze([
      ["1", "CEO", null, "Wang", null],
      ["2", "CFO", "1", "Li", "１"],
    ]);
    expect(codes).not.toContain("UNKNOWN_MANAGER");
    expect(analysis.model.dottedLines).toEqual([{ from: 1, to: 0 }]);
  });

  it("warns of IDs written in two ways: P1 and p1, 7 and 007", () => {
    const { analysis } = analyze([
      ["P1", "CEO", null, "Wang", null],
      ["p1", "COO", "P1", "Li", null],
      ["007", "CFO", "P1", "Zhao", null],
      ["7", "CTO", "P1", "Qian", null],
    ]);
    const variants = analysis.findings.filter((f) => f.code === "ID_VARIANTS");
    expect(variants.map((f) => f.ids)).toEqual([
      ["P1", "p1"],
      ["007", "7"],
    ]);
  });

  it("keeps `1` and `１` as two positions with a warning naming both rows; an exact Reports To wins", () => {
    const { analysis, managerOf, codes } = analyze([
      ["1", "CEO", null, "Wang", null],
      ["１", "COO", "1", "Li", null],
      ["3", "CFO", "１", "Zhao", null],
      ["4", "CTO", "①", "Qian", null],
    ]);
    expect(analysis.model.positions).toHaveLength(4);
    expect(managerOf("3")).toBe("１");
    const variants = analysis.findings.filter((f) => f.code === "ID_VARIANTS");
    expect(variants).toHaveLength(1);
    expect(variants[0]).toMatchObject({ severity: "warning", rows: [2, 3], ids: ["1", "１"] });
    expect(localizeFinding(variants[0], "en").message).toContain("rows 2, 3");
    expect(localizeFinding(variants[0], "zh-CN").message).toContain("第 2, 3 行");
    // `①` folds to `1`, which names two positions: not guessed.
    expect(codes).toContain("UNKNOWN_MANAGER");
    expect(managerOf("4")).toBeNull();
  });

  it("reports nothing for a sheet of ASCII IDs", () => {
    const { codes } = analyze([
      ["1", "CEO", null, "Wang", null],
      ["2", "CFO", "1", "Li", null],
    ]);
    expect(codes).not.toContain("ID_VARIANTS");
    expect(codes).not.toContain("MANAGER_ID_VARIANT");
  });
});
