import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { fteOfHours, fullTimeHoursOf, isWeeklyHoursHeader } from "../../../src/core/columns/weeklyHours";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { readNumberCell } from "../../../src/core/model/readCells";
import { amount, costOf } from "../cost/costOrg";
import { makeGrid } from "../makeGrid";

describe("an FTE column given as hours a week (Weekly Hours, Contracted Hours, 周工时)", () => {
  it("knows the headers, in English and Chinese", () => {
    for (const header of ["Weekly Hours", "Hours per week", "Contracted Hours", "周工时", "每周工时", "Hours/Week"])
      expect({ header, hours: isWeeklyHoursHeader(header) }).toEqual({ header, hours: true });
    expect(isWeeklyHoursHeader("Weekly Hours (37.5)")).toBe(true);
    expect(isWeeklyHoursHeader("FTE")).toBe(false);
  });

  it("reads hours ÷ the full-time week exactly, to 4 places half up", () => {
    expect(fteOfHours(30, 37.5)).toBe(0.8);
    expect(fteOfHours(18.75, 37.5)).toBe(0.5);
    expect(fteOfHours(20, 37.5)).toBe(0.5333);
    expect(fteOfHours(25, 37.5)).toBe(0.6667);
    expect(fteOfHours(0.00002, 40)).toBe(0); // 0.0000005 → 0
    expect(fteOfHours(0.002, 40)).toBe(0.0001); // 0.00005, a tie: half up
    expect(fteOfHours(45, 40)).toBe(1.125);
  });

  it("takes the full-time week the header states, else the column's most common week of 35 to 48 hours, else 40", () => {
    const rows = (...hours: number[]) => hours.map((h) => [h]);
    expect(fullTimeHoursOf("Weekly Hours", rows(37.5, 37.5, 18.75, 40), 0, 0, readNumberCell)).toBe(37.5);
    expect(fullTimeHoursOf("Weekly Hours", rows(20, 16, 30), 0, 0, readNumberCell)).toBe(40);
    expect(fullTimeHoursOf("Weekly Hours", rows(35, 40), 0, 0, readNumberCell)).toBe(40); // a tie: the longer
    expect(fullTimeHoursOf("Weekly Hours (FT = 37.5)", rows(40, 40), 0, 0, readNumberCell)).toBe(37.5);
    expect(fullTimeHoursOf("周工时（标准36）", rows(40), 0, 0, readNumberCell)).toBe(36);
  });

  const HEADER = ["Position ID", "Reports To", "Name", "Contracted Hours"];

  it("reads a UK sheet's contracted hours as FTE of its 37.5-hour week, and says so on the header row", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ["A", "", "Ann", 37.5],
        ["B", "A", "Bo", 18.75],
        ["C", "A", "Cy", "30"],
        ["D", "A", "Di", null],
        ["E", "A", "Ed", 37.5],
      ]),
    });
    expect(analysis.columns.columnOf.fte).toBe(3);
    expect(analysis.model.positions.map((p) => p.fte)).toEqual([1, 0.5, 0.8, 1, 1]);
    const finding = analysis.findings.find((f) => f.code === "WEEKLY_HOURS_FTE")!;
    expect(finding).toMatchObject({ severity: "info", rows: [1], field: "fte" });
    const en = localizeFinding(finding, "en").message;
    expect(en).toContain("“Contracted Hours” (header in row 1) holds hours a week");
    expect(en).toContain("a full-time week of 37.5 hours");
    expect(localizeFinding(finding, "zh-CN").message).toContain("每周 37.5 小时");
    expect(analysis.findings.map((f) => f.code)).not.toContain("HOURS_OVER_FULL_TIME");
  });

  it("keeps hours above the full-time week as FTE above 1, and warns naming the rows", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(
        ["岗位编号", "汇报对象", "姓名", "周工时"],
        [
          ["A1", "", "王芳", 40],
          ["A2", "A1", "李雷", 44],
          ["A3", "A1", "韩梅梅", 20],
          ["A4", "A1", "张伟", 40],
        ],
      ),
    });
    expect(analysis.model.positions.map((p) => p.fte)).toEqual([1, 1.1, 0.5, 1]);
    const over = analysis.findings.find((f) => f.code === "HOURS_OVER_FULL_TIME")!;
    expect(over).toMatchObject({ severity: "warning", rows: [3], ids: ["A2"] });
    expect(localizeFinding(over, "en").message).toBe(
      "1 position works more than the full-time week of 40 hours in the column “周工时” (1 row: 3): their FTE is above 1, kept as written. Overtime, or a different full-time week?",
    );
    expect(localizeFinding(over, "zh-CN").message).toContain("超过全职的 40 小时（第 3 行）");
  });

  it("reads the FTE column when the sheet has one, the hours left unused", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid([...HEADER, "FTE"], [["A", "", "Ann", 20, 0.6]]),
    });
    expect(analysis.columns.columnOf.fte).toBe(4);
    expect(analysis.model.positions[0].fte).toBe(0.6);
    expect(analysis.findings.map((f) => f.code)).not.toContain("WEEKLY_HOURS_FTE");
  });

  it("costs a full-time salary at the FTE the hours give, to the cent", () => {
    const settings = { settings: { year: 2025, startMonth: 1 } };
    const header = ["Position ID", "Reports To", "Name", "FTE Salary", "Currency", "Location"];
    const hours = costOf(
      [...header, "Contracted Hours"],
      [
        ["A", "", "Ann", 60000, "GBP", "Testville", 37.5],
        ["B", "A", "Bo", 45000, "GBP", "Testville", 30],
      ],
      settings,
    );
    const fte = costOf(
      [...header, "FTE"],
      [
        ["A", "", "Ann", 60000, "GBP", "Testville", 1],
        ["B", "A", "Bo", 45000, "GBP", "Testville", 0.8],
      ],
      settings,
    );
    expect(amount(hours.total)).toBe(amount(fte.total));
    expect(Array.from(hours.fte)).toEqual([1, 0.8]);
    const bFullTime = hours.pay.slice(12, 24).reduce((sum, ticks) => sum + ticks, 0);
    expect(amount(bFullTime)).toBe(36000); // 45,000 × 0.8
  });
});
