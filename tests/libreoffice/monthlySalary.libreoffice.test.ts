import { readFileSync } from "node:fs";
import { loadXlsx, makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { cents, cost, expectTableEqualsJson, readCostTable } from "./costSheetReading";
import { recalculateAllWithLibreOffice } from "./recalculate";

jest.setTimeout(300_000);

const temp = makeTempDir();
afterAll(() => temp.remove());

/** A Chinese sheet that gives pay by the month (月薪) and a 13th month (十三薪), Beijing and Shanghai. */
const HEADER = ["岗位编号", "职位", "汇报对象", "姓名", "月薪", "十三薪", "币种", "工作地点"];
const ROWS = [
  ["A1", "运营总监", "", "王芳", 45000, 13, "CNY", "Beijing"],
  ["A2", "内容经理", "A1", "李雷", 18333.33, 12, "CNY", "Beijing"],
  ["A3", "用户运营", "A1", "韩梅梅", 12345.67, 13, "CNY", "Shanghai"],
];

describe("a sheet of monthly pay (月薪) costed in the Headcount cost sheet (LibreOffice)", () => {
  test("the annual pay is a formula of 12 × the monthly cell; recalculated, the sheet equals the JSON, and an edit of a monthly cell moves it as Orgwright does", async () => {
    const input = temp.file("monthly.xlsx");
    await writeXlsxFile(input, (workbook) => workbook.addWorksheet("岗位").addRows([HEADER, ...ROWS]));
    const out = temp.file("monthly-cost.xlsx");
    const json = await cost(input, ["--out", out]);
    // 45,000 × 13 months + on-costs: more than 12 × the month, and the year is there at all (it was 0 before).
    expect(json.total).toBeGreaterThan(45000 * 13 + 18333.33 * 12 + 12345.67 * 13);
    const written = readFileSync(out);

    const formulas: string[] = [];
    (await loadXlsx(new Uint8Array(written))).getWorksheet("Headcount cost")!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string };
        if (value && typeof value === "object" && value.formula) formulas.push(value.formula);
      }),
    );
    expect(formulas).toContain("ROUND('岗位'!$E$4*12,4)");

    // A raise of 1,000 a month for A3, in a copy of the written file.
    const copy = await loadXlsx(new Uint8Array(written));
    copy.getWorksheet("岗位")!.getCell(4, 5).value = 13345.67;
    const raised = temp.file("raised.xlsx");
    await copy.xlsx.writeFile(raised);
    const [original, edited] = await recalculateAllWithLibreOffice([
      { name: "original.xlsx", bytes: new Uint8Array(written) },
      { name: "raised.xlsx", bytes: new Uint8Array(readFileSync(raised)) },
    ]);
    const before = expectTableEqualsJson((await loadXlsx(original)).getWorksheet("Headcount cost")!, json);
    const after = readCostTable((await loadXlsx(edited)).getWorksheet("Headcount cost")!);
    const recosted = await cost(raised);
    expect(cents(after.total[12])).toBe(cents(recosted.total));
    // 1,000 a month × 13 months of pay more for A3, and its on-costs on the higher base.
    expect(cents(after.total[12]) - cents(before.total[12])).toBeGreaterThanOrEqual(1_300_000);
  });

  test("pay by the month typed as text in the annual column (12,000元/月): the annual pay is 12 × it as a value, and the recalculated sheet equals the JSON", async () => {
    const input = temp.file("per-month.xlsx");
    await writeXlsxFile(input, (workbook) =>
      workbook.addWorksheet("岗位").addRows([
        ["岗位编号", "职位", "汇报对象", "姓名", "年薪", "币种", "工作地点"],
        ["A1", "运营总监", "", "王芳", 540000, "CNY", "Beijing"],
        ["A2", "内容经理", "A1", "李雷", "18,333.33元/月", "CNY", "Beijing"],
        ["A3", "用户运营", "A1", "韩梅梅", "月薪12345.67", "CNY", "Shanghai"],
      ]),
    );
    const out = temp.file("per-month-cost.xlsx");
    const json = await cost(input, ["--out", out]);
    // The year of pay is there for A2 and A3 (it was 0 before: an INVALID_NUMBER).
    expect(json.total).toBeGreaterThan(540000 + 18333.33 * 12 + 12345.67 * 12);
    const [recalculated] = await recalculateAllWithLibreOffice([
      { name: "per-month-cost.xlsx", bytes: new Uint8Array(readFileSync(out)) },
    ]);
    const table = expectTableEqualsJson((await loadXlsx(recalculated)).getWorksheet("Headcount cost")!, json);
    expect(cents(table.total[12])).toBe(cents(json.total));
  });

  test("a full-time salary with hours a week (全职年薪 + 周工时): costed at hours ÷ 40, and the recalculated sheet equals the JSON", async () => {
    const input = temp.file("weekly-hours.xlsx");
    await writeXlsxFile(input, (workbook) =>
      workbook.addWorksheet("岗位").addRows([
        ["岗位编号", "职位", "汇报对象", "姓名", "全职年薪", "周工时", "币种", "工作地点"],
        ["A1", "运营总监", "", "王芳", 540000, 40, "CNY", "Beijing"],
        ["A2", "内容经理", "A1", "李雷", 240000, 20, "CNY", "Beijing"],
        ["A3", "用户运营", "A1", "韩梅梅", 180000, 30, "CNY", "Shanghai"],
      ]),
    );
    const out = temp.file("weekly-hours-cost.xlsx");
    const json = await cost(input, ["--out", out]);
    // 540,000 + 240,000 × 0.5 + 180,000 × 0.75 of pay, and on-costs above it.
    expect(json.total).toBeGreaterThan(540000 + 120000 + 135000);
    // A2 works 20 of 40 hours: half its 240,000 full-time salary, with on-costs, stays under the full-time pay.
    const a2 = json.positions.find((position) => position.id === "A2")!;
    expect(a2.total).toBeGreaterThan(120000);
    expect(a2.total).toBeLessThan(240000);
    const [recalculated] = await recalculateAllWithLibreOffice([
      { name: "weekly-hours-cost.xlsx", bytes: new Uint8Array(readFileSync(out)) },
    ]);
    const table = expectTableEqualsJson((await loadXlsx(recalculated)).getWorksheet("Headcount cost")!, json);
    expect(cents(table.total[12])).toBe(cents(json.total));
  });
});
