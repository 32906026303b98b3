import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { dateOrderOf, dayFirstDatesRow, yearLastOrder } from "../../../src/core/cells/dayFirstDates";
import { parseDate } from "../../../src/core/cells/parseDate";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { amount, costOf, monthsOf } from "../cost/costOrg";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Title", "Reports To", "Name", "Start Date", "End Date"];
const rows = (starts: (string | number | null)[]) => [
  HEADER,
  ...starts.map((start, i) => [String(i + 1), "T", i === 0 ? "" : "1", "N", start, null]),
];

describe("sheets that write dates day first (the UK, Europe, most of the world)", () => {
  it("parseDate reads 01/03/2024 as 1 March when told the sheet writes the day first, 3 January otherwise", () => {
    expect(parseDate("01/03/2024", true)).toBe("2024-03-01");
    expect(parseDate("01/03/2024")).toBe("2024-01-03");
    expect(parseDate("1.3.2024 09:00", true)).toBe("2024-03-01");
    expect(parseDate("13/03/2024")).toBe("2024-03-13");
    // A second number over 12 cannot be a month: read month first even on such a sheet.
    expect(parseDate("03/13/2024", true)).toBe("2024-03-13");
    expect(parseDate("2024-03-01", true)).toBe("2024-03-01");
  });

  it("tells a day-first sheet from a month-first one, and one it cannot tell", () => {
    expect(dayFirstDatesRow(rows(["01/03/2024", "13/03/2024"]), 1, [4, 5])).toBe(2);
    expect(dayFirstDatesRow(rows(["01/03/2024", "03/13/2024"]), 1, [4])).toBeUndefined();
    expect(dayFirstDatesRow(rows(["13/03/2024", "03/13/2024"]), 1, [4])).toBeUndefined();
    expect(dayFirstDatesRow(rows(["01/03/2024", "02/03/2024"]), 1, [4])).toBeUndefined();
    expect(dayFirstDatesRow(rows(["2024-03-13", 45000, null, "Vacant"]), 1, [4])).toBeUndefined();
    expect(dayFirstDatesRow(rows(["13/03/2024"]), 1, [undefined])).toBeUndefined();
    // Every row is looked at: the first day past the 12th may be far down the sheet.
    const long = rows([...Array<string>(20_000).fill("01/02/2024"), "25.12.2023"]);
    expect(dayFirstDatesRow(long, 1, [4])).toBe(20_001);
  });

  it("reads a day-first sheet's dates as its owner means them and says so on the row that shows it", () => {
    const analysis = analyzeWorkbook({ positions: makeGrid(HEADER, rows(["01/03/2024", "13/03/2024"]).slice(1)) });
    expect(analysis.model.positions.map((p) => p.startDate)).toEqual(["2024-03-01", "2024-03-13"]);
    const finding = analysis.findings.find((f) => f.code === "DAY_FIRST_DATES")!;
    expect(finding).toMatchObject({ severity: "info", rows: [3] });
    expect(localizeFinding(finding, "en").message).toContain("row 3: “13/03/2024”");
    expect(localizeFinding(finding, "en").message).toContain("1 March 2024");
    expect(localizeFinding(finding, "zh-CN").message).toContain("第 3 行");
  });

  it("reads a sheet it cannot tell (no day past the 12th) month first, and says so with the reading of its example", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(HEADER, rows(["05/05/2024", "01/03/2024", "02/03/2024"]).slice(1)),
    });
    expect(analysis.model.positions.map((p) => p.startDate)).toEqual(["2024-05-05", "2024-01-03", "2024-02-03"]);
    const codes = analysis.findings.map((f) => f.code);
    expect(codes).not.toContain("DAY_FIRST_DATES");
    const finding = analysis.findings.find((f) => f.code === "AMBIGUOUS_DATES")!;
    // 05/05/2024 reads the same either way: the first row that reads two ways is named.
    expect(finding).toMatchObject({
      severity: "info",
      rows: [3],
      params: { example: "01/03/2024", reading: "2024-01-03" },
    });
    const en = localizeFinding(finding, "en").message;
    expect(en).toContain("“01/03/2024” (row 3)");
    expect(en).toContain("read month first");
    expect(en).toContain("as 2024-01-03");
    const zh = localizeFinding(finding, "zh-CN").message;
    expect(zh).toContain("第 3 行的“01/03/2024”");
    expect(zh).toContain("读作 2024-01-03");
  });

  it("says nothing of the order where the sheet shows it or has no such date", () => {
    const codesOf = (starts: (string | number | null)[]) =>
      analyzeWorkbook({ positions: makeGrid(HEADER, rows(starts).slice(1)) }).findings.map((f) => f.code);
    for (const starts of [
      ["01/03/2024", "03/13/2024"],
      ["2024-03-01", 45000, null],
      ["05/05/2024", "12/12/2024"],
    ])
      expect(codesOf(starts).filter((c) => c === "AMBIGUOUS_DATES" || c === "DAY_FIRST_DATES")).toEqual([]);
  });

  it("tells what one cell shows of the order of day and month", () => {
    expect(yearLastOrder("13/03/2024")).toBe("dayFirst");
    expect(yearLastOrder("03/13/2024")).toBe("monthFirst");
    expect(yearLastOrder("01/03/2024 09:00")).toBe("either");
    expect(yearLastOrder("1.3.2024")).toBe("either");
    expect(yearLastOrder("05-05-2024")).toBe("same");
    expect(yearLastOrder("2024-03-01")).toBeUndefined();
    expect(yearLastOrder("13/13/2024")).toBeUndefined();
    expect(yearLastOrder(45000)).toBeUndefined();
    expect(dateOrderOf(rows(["05/05/2024", "01/03/2024", "13/03/2024"]), 1, [4])).toEqual({
      order: "dayFirst",
      row: 3,
    });
    expect(dateOrderOf(rows(["05/05/2024", "01/03/2024"]), 1, [4])).toEqual({ order: "unclear", row: 2 });
  });

  it("costs a hire from the day the sheet means: 01/10/2025 on a day-first sheet is 1 October", () => {
    const header = ["Position ID", "Reports To", "Name", "Status", "Base Salary", "Currency", "Location", "Start Date"];
    const cost = costOf(
      header,
      [
        ["A", "", "Ann", "Filled", 120000, "CNY", "Testville", "15/04/2020"],
        ["B", "A", "", "Vacant", 120000, "CNY", "Testville", "01/10/2025"],
      ],
      { settings: { year: 2025, proration: "months" }, rates: [["Location", "Item", "Employer rate"]] },
    );
    expect(monthsOf(cost, 1, "pay")).toEqual([...Array(9).fill(0), 10000, 10000, 10000]);
    expect(amount(cost.positionTotals[1])).toBe(30000);
  });
});
