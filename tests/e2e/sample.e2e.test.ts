import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import {
  listedPositionIds,
  openFileInPane,
  openPane,
  outlineItem,
  revealOutlineItem,
  saveScreenshot,
  paneSessionForFile,
} from "./support/paneBrowser";
import { openTab } from "./support/paneViews";

const session = paneSessionForFile();

describe("the pane outside Office", () => {
  test("opens on the operations-center sample: 35 positions, no error findings, no network", async () => {
    const pane = await openPane(session);
    const { page } = pane;
    try {
      // It opens on the Chart tab, the director's card at the top.
      await expect(page.locator("[role='tab'][data-tab='chart']").getAttribute("aria-selected")).resolves.toBe("true");
      await expect(
        page.locator("[data-testid='org-chart'] [data-position-id='OC-001']").textContent(),
      ).resolves.toContain("Zhang Wei");
      await saveScreenshot(page, "pane-en");

      await openTab(page, "overview");
      const ids = await listedPositionIds(page);
      expect(ids).toHaveLength(35);
      expect(ids[0]).toBe("OC-001");
      expect(ids).toEqual(expect.arrayContaining(["OC-041", "OC-090"]));
      expect(new Set(ids).size).toBe(35);

      await expect(page.locator("[data-severity='error'] [data-finding-code]").count()).resolves.toBe(0);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Orgwright");
      await expect(page.getByTestId("source-description").textContent()).resolves.toContain(
        "Sample: operations center",
      );
      await expect(page.title()).resolves.toBe("Orgwright");
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");

      // The summary reconciles the rows: 35 read = 35 positions + 0 only in findings.
      await expect(page.locator("[data-summary='positions'] dd").textContent()).resolves.toBe("35");
      await expect(page.locator("[data-summary='layers'] dd").textContent()).resolves.toBe("4");
      await expect(page.locator("[data-summary='reconciliation']").textContent()).resolves.toBe(
        "35 rows read = 35 positions + 0 rows only in findings",
      );
      await expect(page.locator("[data-summary='totalSalary'] dd").textContent()).resolves.toMatch(/^[\d,]+ CNY$/);

      // Reporting order: the director first, her reports indented below.
      await revealOutlineItem(page, "OC-013");
      const director = outlineItem(page, "OC-001");
      await expect(director.getAttribute("aria-level")).resolves.toBe("1");
      await expect(outlineItem(page, "OC-011").getAttribute("aria-level")).resolves.toBe("3");
      await expect(director.textContent()).resolves.toContain("Zhang Wei");
      await expect(outlineItem(page, "OC-013").locator("[data-holder]").textContent()).resolves.toBe("Vacant");

      // Landmarks and the list as a list.
      await expect(page.getByRole("banner").count()).resolves.toBe(1);
      await expect(page.getByRole("main").count()).resolves.toBe(1);
      // (The outline renders the positions near the viewport; each says its place among all 35.)
      await expect(
        page.getByRole("list", { name: "Positions" }).getByRole("listitem").first().getAttribute("aria-setsize"),
      ).resolves.toBe("35");

      // Nothing overflows the narrow pane sideways.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(380);

      await saveScreenshot(page, "pane-en-overview");
      expect(pane.blockedRequests).toEqual([]);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("speaks Chinese in a zh-CN browser: the UI and the sample", async () => {
    const pane = await openPane(session, { locale: "zh-CN" });
    const { page } = pane;
    try {
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Orgwright 组织设计");
      await expect(page.getByRole("tab", { name: "组织图" }).getAttribute("aria-selected")).resolves.toBe("true");
      await openTab(page, "overview");
      await expect(page.getByRole("heading", { name: "数据检查结果" }).count()).resolves.toBe(1);
      await expect(page.getByRole("tab", { name: "检查" }).count()).resolves.toBe(1);
      await expect(page.getByRole("heading", { name: "岗位", exact: true }).count()).resolves.toBe(1);
      await expect(page.getByTestId("source-description").textContent()).resolves.toContain("示例：运营中心");
      await revealOutlineItem(page, "OC-013");
      await expect(outlineItem(page, "OC-001").textContent()).resolves.toContain("张伟");
      await expect(outlineItem(page, "OC-001").textContent()).resolves.toContain("运营总监");
      await expect(outlineItem(page, "OC-013").locator("[data-holder]").textContent()).resolves.toBe("空缺");
      await expect(page.getByRole("button", { name: "打开文件…" }).count()).resolves.toBe(1);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
      await expect(page.title()).resolves.toBe("Orgwright 组织设计");
      await expect(page.locator("[data-summary='reconciliation']").textContent()).resolves.toBe(
        "读取 35 行 = 35 个岗位 + 0 行仅见于检查结果",
      );
      await expect(listedPositionIds(page)).resolves.toHaveLength(35);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(380);
      await saveScreenshot(page, "pane-zh-CN");
      expect(pane.blockedRequests).toEqual([]);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("in Chinese, the mapping step and the findings speak Chinese too", async () => {
    const pane = await openPane(session, { locale: "zh-CN" });
    const { page } = pane;
    try {
      await openTab(page, "overview");
      const text = [
        "岗位编号,岗位名称,部门,上级代码,姓名",
        "Z1,运营总监,管理层,,张伟",
        "Z2,运营经理,运营部门,Z1,王芳",
        "Z3,产品经理,运营部门,Z9,",
      ].join("\r\n");
      await openFileInPane(page, "岗位表.csv", "text/csv", Buffer.from(text, "utf8"));
      await expect(page.locator("[data-finding-code='MISSING_COLUMN']").textContent()).resolves.toContain(
        "未找到“汇报对象”列",
      );
      await expect(page.getByRole("heading", { name: "列设置" }).count()).resolves.toBe(1);
      await saveScreenshot(page, "pane-mapping-zh-CN");

      await page.getByRole("combobox", { name: /汇报对象/ }).click();
      await page.getByRole("option", { name: "上级代码" }).click();
      await page.getByRole("button", { name: "应用" }).click();
      await page.locator("[data-finding-code='UNKNOWN_MANAGER']").waitFor();
      await expect(page.locator("[data-finding-code='UNKNOWN_MANAGER']").textContent()).resolves.toContain("第 4 行");
      await expect((await revealOutlineItem(page, "Z3")).locator("[data-holder]").textContent()).resolves.toBe("空缺");
      await expect(page.getByText("列设置已保存到工作簿中。").count()).resolves.toBe(1);
      await saveScreenshot(page, "pane-findings-zh-CN");
      expect(pane.blockedRequests).toEqual([]);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("fits a 320 px wide pane", async () => {
    const pane = await openPane(session, { viewport: { width: 320, height: 700 } });
    try {
      await expect(pane.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
      await saveScreenshot(pane.page, "pane-en-320");
    } finally {
      await pane.close();
    }
  });

  test("?lang=en overrides a Chinese browser, and ?lang=zh-CN an English one", async () => {
    const english = await openPane(session, { locale: "zh-CN", query: "?lang=en" });
    const chinese = await openPane(session, { locale: "en-US", query: "?lang=zh-CN" });
    try {
      await expect(english.page.locator("[data-position-id='OC-001']").textContent()).resolves.toContain("Zhang Wei");
      await expect(chinese.page.locator("[data-position-id='OC-001']").textContent()).resolves.toContain("张伟");
    } finally {
      await english.close();
      await chinese.close();
    }
  });

  test("Download .xlsx saves the workbook: the sample table and the saved column mapping", async () => {
    const pane = await openPane(session);
    const { page } = pane;
    try {
      await page.getByRole("button", { name: "Columns" }).click();
      await page.getByRole("button", { name: "Apply" }).click();
      await page.getByText("The column choices were saved in the workbook.").waitFor();

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download .xlsx" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("Operations center sample.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync((await download.path())!) as never);
      const positions = workbook.getWorksheet("Positions")!;
      expect(positions.getRow(1).getCell(1).value).toBe("Position ID");
      expect(positions.getRow(2).getCell(1).value).toBe("OC-001");
      // The header and the 35 positions.
      expect(positions.rowCount).toBe(36);
      expect(workbook.getWorksheet("Departments")!.getRow(1).getCell(1).value).toBe("Department");
      const settings = workbook.worksheets.find((sheet) => sheet.name === "_orgwright")!;
      expect(settings.state).toBe("veryHidden");
      const saved = new Map<string, string>();
      settings.eachRow((row) => saved.set(String(row.getCell(1).value), String(row.getCell(2).value)));
      expect(JSON.parse(saved.get("orgwright.columnMapping")!)).toMatchObject({
        id: "Position ID",
        reportsTo: "Reports To",
      });
      await expect(page.getByText("“Operations center sample.xlsx” was downloaded.").count()).resolves.toBe(1);
      expect(pane.blockedRequests).toEqual([]);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
