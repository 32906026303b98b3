import ExcelJS from "exceljs";
import { cardOf, openCsvChart } from "./support/chartPage";
import {
  listedFindingCodes,
  openFileInPane,
  openPane,
  paneSessionForFile,
  saveScreenshot,
  type OpenedPane,
} from "./support/paneBrowser";
import { openTab } from "./support/paneViews";

const session = paneSessionForFile();
let pane: OpenedPane;

beforeEach(async () => {
  pane = await openPane(session, { viewport: { width: 1280, height: 900 } });
});

afterEach(async () => {
  expect(pane.blockedRequests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

/** A Chinese planning workbook as a user keeps it, written by exceljs: title and note above the header, a department
 * merged down its rows, formulas with cached results, a hidden row, a blank row, and a totals row (合计) at the bottom. */
async function planningWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("岗位表");
  sheet.getCell("A1").value = "2026 年度编制计划";
  sheet.mergeCells("A1:G1");
  sheet.getCell("A2").value = "说明：年薪单位为元";
  sheet.addRow([]);
  sheet.addRow(["岗位编号", "岗位名称", "部门", "直属上级", "任职者", "编制", "年薪（元）"]);
  sheet.addRow(["P001", "总经理", "总经办", "", "王伟", 1, 1200000]);
  sheet.addRow(["P002", "财务总监", "财务部", "P001", "李娜", "100%", "¥600,000"]);
  sheet.addRow(["P003", "会计", "", "P002", "张三", "50%", { formula: "G6/2", result: 300000 }]);
  sheet.addRow(["P004", "出纳", "", "Ｐ００２", "待招聘", 1, "1.2万"]);
  sheet.addRow([]);
  sheet.addRow(["P005", "人力资源总监", "人力资源部", "P001", "赵六", 1, "RMB 480,000"]);
  sheet.addRow([
    "合计",
    "",
    "",
    "",
    "",
    { formula: "SUM(F5:F10)", result: 4.5 },
    { formula: "SUM(G5:G10)", result: 2592000 },
  ]);
  sheet.mergeCells("C6:C8");
  sheet.getRow(7).hidden = true;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("messy real-world sheets in the pane", () => {
  test("an .xlsx as a user keeps it: merged department, full-width manager, 待招聘, totals row left out", async () => {
    const { page } = pane;
    await openFileInPane(
      page,
      "编制计划.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      await planningWorkbook(),
    );
    await cardOf(page, "P001").waitFor({ state: "attached" });
    // The totals row is no card; the post whose holder is 待招聘 is vacant, under P002 though written Ｐ００２.
    await expect(cardOf(page, "合计").count()).resolves.toBe(0);
    await expect(cardOf(page, "P004").locator(".oc-card-name").textContent()).resolves.toBe("Vacant");
    // The merged department reaches P003 and P004: their cards wear 财务部's colour, as P002's does.
    const band = (id: string) =>
      cardOf(page, id)
        .locator(".oc-card-band")
        .evaluate((element) => getComputedStyle(element).fill);
    const finance = await band("P002");
    await expect(band("P003")).resolves.toBe(finance);
    await expect(band("P004")).resolves.toBe(finance);
    await expect(band("P005")).resolves.not.toBe(finance);
    await saveScreenshot(page, "messy-data-planning-xlsx");
    await openTab(page, "overview");
    const codes = await listedFindingCodes(page);
    expect(codes).toEqual(expect.arrayContaining(["TOTALS_ROW", "MERGED_CELLS_FILLED", "MANAGER_ID_VARIANT"]));
    expect(codes).not.toContain("UNKNOWN_MANAGER");
    expect(codes).not.toContain("MULTIPLE_ROOTS");
  });

  test("an HR directory export: managers by email, HR status words, monthly pay typed as 30,000 and 1.2w; costed", async () => {
    const { page } = pane;
    const csv = [
      "Employee ID,Full Name,Work Email,Job Title,Manager Email,Employee Status,Monthly Salary,Currency",
      "E1,John Smith,john@example.com,CEO,,Active,50000,CNY",
      'E2,Jane Doe,jane@example.com,CFO,JOHN@example.com,On Leave,"30,000",CNY',
      "E3,Bob Lee,bob@example.com,Analyst,jane@example.com,Terminated,12000,CNY",
      "E4,Al Wu,al@example.com,Analyst,jane@example.com,TBC,1.2w,CNY",
    ].join("\n");
    await openCsvChart(page, "directory.csv", Buffer.from(csv + "\n", "utf8"), "E1");
    // Linked by email: one top, E3's post empty (its holder left), E4's read by its name (held).
    await expect(cardOf(page, "E3").locator(".oc-card-name").textContent()).resolves.toBe("Vacant");
    await expect(cardOf(page, "E4").locator(".oc-card-name").textContent()).resolves.toBe("Al Wu");
    await openTab(page, "checks");
    const codes = await listedFindingCodes(page);
    expect(codes).toEqual(expect.arrayContaining(["MANAGER_BY_EMAIL", "UNKNOWN_STATUS", "MONTHLY_SALARY"]));
    expect(codes).not.toContain("UNKNOWN_MANAGER");
    expect(codes).not.toContain("MULTIPLE_ROOTS");
    expect(codes).not.toContain("INVALID_NUMBER");
    const unknown = page.locator("[data-testid='checks'] [data-finding-code='UNKNOWN_STATUS']");
    await expect(unknown.textContent()).resolves.toContain("“TBC”");
    await saveScreenshot(page, "messy-data-directory-export");
    // The year: 12 × (50,000 + 30,000 + 12,000 + 12,000) of base, the vacant post funded all year, no on-costs
    // without a location.
    await openTab(page, "cost");
    await expect(page.getByTestId("cost-total").textContent()).resolves.toContain("1,248,000.00");
  });

  test("a position-based plan with no Name or Status column: no card says vacant, one info finding", async () => {
    const { page } = pane;
    const csv = [
      "Position ID,Title,Reports To,Department,Salary",
      "1,CEO,,Exec,120000",
      "2,CFO,1,Finance,96000",
      "3,Controller,2,Finance,80000",
      "4,COO,1,Operations,90000",
    ].join("\n");
    await openCsvChart(page, "plan.csv", Buffer.from(csv + "\n", "utf8"), "1");
    await expect(page.getByTestId("org-chart").textContent()).resolves.not.toContain("Vacant");
    await openTab(page, "checks");
    const info = page.locator("[data-testid='checks'] [data-finding-code='HOLDERS_UNKNOWN']");
    await info.waitFor();
    await expect(info.textContent()).resolves.toContain("no Name or Status column");
    await expect(page.locator("[data-testid='checks'] [data-finding-code='VACANT_MANAGER']").count()).resolves.toBe(0);
    await saveScreenshot(page, "messy-data-no-holder-column");
  });
});
