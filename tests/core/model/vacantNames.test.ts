import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { isVacantName } from "../../../src/core/model/positionStatus";
import { makeGrid } from "../makeGrid";

describe("placeholders for nobody in a Name cell, as real sheets write them", () => {
  it("reads vacancy words with notes after them, in brackets, in Chinese, and bare punctuation as no one", () => {
    const placeholders = [
      "Vacant - backfill",
      "Vacant Position",
      "Vacancy",
      "Open Req 1234",
      "TBD - Q3",
      "TBH Q3",
      "(vacant)",
      "<vacant>",
      "[Vacant]",
      "（空缺）",
      "待招聘",
      "招聘中",
      "空岗",
      "缺编",
      "暂缺",
      "待补",
      "空",
      "-",
      "—",
      "?",
    ];
    expect(placeholders.filter((name) => !isVacantName(name))).toEqual([]);
  });

  it("keeps people's names: surnames that start like a vacancy word, bracketed names", () => {
    const names = ["Vacanti, Maria", "Openshaw", "Tobias", "Todd", "Victor", "Olga", "(Maria)", "王空", "张待"];
    expect(names.filter((name) => isVacantName(name))).toEqual([]);
  });

  it("makes such a post vacant: a VACANT_MANAGER warning, no person on the card", () => {
    const grid = makeGrid(
      ["Position ID", "Title", "Reports To", "Name"],
      [
        ["1", "CEO", null, "Ann"],
        ["2", "CFO", "1", "Vacant - backfill"],
        ["3", "Controller", "2", "Bo"],
        ["4", "COO", "1", "待招聘"],
        ["5", "Ops", "4", "Cy"],
      ],
    );
    const analysis = analyzeWorkbook({ positions: grid });
    expect(analysis.model.positions.map((p) => p.status)).toEqual(["filled", "vacant", "filled", "vacant", "filled"]);
    expect(analysis.model.positions[1].name).toBe("");
    expect(analysis.findings.filter((f) => f.code === "VACANT_MANAGER").map((f) => f.ids)).toEqual([["2"], ["4"]]);
  });
});
