import ExcelJS from "exceljs";
import {
  listedFindingCodes,
  listedPositionIds,
  openFileInPane,
  revealOutlineItem,
  openPane,
  outlineItem,
  saveScreenshot,
  paneSessionForFile,
  type OpenedPane,
} from "./support/paneBrowser";
import { openTab } from "./support/paneViews";

const CSV = "text/csv";
const session = paneSessionForFile();
let pane: OpenedPane;

// These tests are about the findings and the outline of positions: the Overview view shows both (the chart has its own tests).
beforeEach(async () => {
  pane = await openPane(session);
  await openTab(pane.page, "overview");
});

afterEach(async () => {
  expect(pane.blockedRequests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

function csv(lines: string[], eol = "\n"): Buffer {
  return Buffer.from(lines.join(eol) + eol, "utf8");
}

describe("Open file… in the pane", () => {
  test("a CSV whose reporting lines go round in a circle shows CYCLE and still lists every position", async () => {
    const { page } = pane;
    const file = csv([
      "Position ID,Title,Department,Reports To,Name",
      "P1,Chief Executive,Management,,Ann Lee",
      "P2,Operations Lead,Operations,P3,Bob Wu",
      "P3,Product Lead,Operations,P2,Cy Ma",
      "P4,Analyst,Operations,P2,",
    ]);
    await openFileInPane(page, "cycle.csv", CSV, file);

    await expect(page.getByTestId("source-description").textContent()).resolves.toContain("cycle.csv");
    const cycle = page.locator("[data-finding-code='CYCLE']");
    await expect(cycle.count()).resolves.toBe(1);
    await expect(cycle.textContent()).resolves.toMatch(/Reporting lines go round in a circle: .*P2.*P3/);
    await expect(cycle.textContent()).resolves.toMatch(/Rows 3, 4/);
    await expect(listedPositionIds(page)).resolves.toEqual(expect.arrayContaining(["P1", "P2", "P3", "P4"]));
    await expect(listedPositionIds(page)).resolves.toHaveLength(4);
    // A position named by a finding carries the warning icon.
    await expect(outlineItem(page, "P2").locator("[aria-label='Has findings']").count()).resolves.toBe(1);
    await expect(outlineItem(page, "P1").locator("[aria-label='Has findings']").count()).resolves.toBe(0);
    await expect(outlineItem(page, "P4").locator("[data-holder]").textContent()).resolves.toBe("Vacant");
    await saveScreenshot(page, "pane-cycle-en");
  });

  test("a CSV with a byte-order mark, CRLF line ends and Chinese headers opens as it should", async () => {
    const { page } = pane;
    const text =
      "\uFEFF" +
      [
        "岗位编号,岗位名称,部门,汇报对象,姓名,职级,年薪",
        "A1,总经理,管理层,,王五,总监,800000",
        "A2,运营经理,运营部门,A1,赵六,经理,360000",
        "A3,运营专员,运营部门,A2,,专员,180000",
      ].join("\r\n") +
      "\r\n";
    await openFileInPane(page, "岗位表.csv", CSV, Buffer.from(text, "utf8"));

    await expect(page.getByTestId("source-description").textContent()).resolves.toContain("岗位表.csv");
    await expect(listedPositionIds(page)).resolves.toEqual(["A1", "A2", "A3"]);
    await expect(outlineItem(page, "A1").textContent()).resolves.toContain("王五");
    await expect(outlineItem(page, "A1").textContent()).resolves.toContain("总经理");
    await expect(outlineItem(page, "A3").getAttribute("aria-level")).resolves.toBe("3");
    await expect(listedFindingCodes(page)).resolves.toEqual([]);
    await expect(page.locator("[data-summary='totalSalary'] dd").textContent()).resolves.toBe("1,340,000");
  });

  test("an unknown Reports To header shows MISSING_COLUMN and the mapping step; choosing the column fixes it", async () => {
    const { page } = pane;
    const file = csv([
      "Position ID,Title,Boss Code,Name",
      "E1,Head of Ops,,Dana",
      "E2,Team Lead,E1,Eli",
      "E3,Agent,E2,Fay",
    ]);
    await openFileInPane(page, "boss-code.csv", CSV, file);

    await expect(listedFindingCodes(page)).resolves.toEqual(["MISSING_COLUMN"]);
    await expect(page.locator("[data-finding-code='MISSING_COLUMN']").textContent()).resolves.toContain("Reports To");
    await expect(page.locator("[data-testid='positions'] [data-position-id]").count()).resolves.toBe(0);
    await expect(page.locator("[data-summary='reconciliation']").textContent()).resolves.toBe(
      "3 rows read = 0 positions + 3 rows only in findings",
    );
    const mapping = page.getByTestId("column-mapping");
    await expect(mapping.isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "pane-mapping-en");

    // The required field has no column yet; its dropdown lists the sheet's headers.
    const reportsTo = mapping.getByRole("combobox", { name: /Reports To/ });
    await expect(reportsTo.textContent()).resolves.toContain("Not found");
    await reportsTo.click();
    await expect(page.getByRole("option").allTextContents()).resolves.toEqual([
      "Not used",
      "Position ID",
      "Title",
      "Boss Code",
      "Name",
    ]);
    await page.getByRole("option", { name: "Boss Code" }).click();
    await mapping.getByRole("button", { name: "Apply" }).click();

    await outlineItem(page, "E3").waitFor();
    await expect(listedFindingCodes(page)).resolves.toEqual([]);
    await expect(listedPositionIds(page)).resolves.toEqual(["E1", "E2", "E3"]);
    await expect(outlineItem(page, "E3").getAttribute("aria-level")).resolves.toBe("3");
    await expect(page.getByText("The column choices were saved in the workbook.").count()).resolves.toBe(1);
    // The step closes once every required column is found.
    await expect(page.getByTestId("column-mapping").count()).resolves.toBe(0);
  });

  test("choosing a column for another field takes it from the field it was found for; Apply stays enabled", async () => {
    const { page } = pane;
    await page.getByRole("button", { name: "Columns" }).click();
    const mapping = page.getByTestId("column-mapping");
    await mapping.getByRole("combobox", { name: /^Title/ }).click();
    await page.getByRole("option", { name: "Name", exact: true }).click();
    await expect(mapping.getByRole("combobox", { name: /^Title/ }).textContent()).resolves.toContain("Name");
    await expect(mapping.getByRole("combobox", { name: /^Name/ }).textContent()).resolves.toContain("Not used");
    await expect(mapping.getByText(/is chosen for more than one field/).count()).resolves.toBe(0);
    await expect(mapping.getByRole("button", { name: "Apply" }).isDisabled()).resolves.toBe(false);
  });

  test("an .xlsx written by exceljs opens: its table below a title row, numbers and dates", async () => {
    const { page } = pane;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["Read me first"]);
    const sheet = workbook.addWorksheet("Staff");
    sheet.addRow(["Headcount plan 2026"]);
    sheet.addRow(["Position ID", "Title", "Department", "Reports To", "Name", "FTE", "Base Salary", "Start Date"]);
    sheet.addRow([
      "X-1",
      "Managing Director",
      "Management",
      null,
      "Grace Ho",
      1,
      900000,
      new Date(Date.UTC(2020, 0, 6)),
    ]);
    sheet.addRow(["X-2", "Finance Lead", "Finance", "X-1", "Hal Ng", 1, 420000, new Date(Date.UTC(2021, 5, 1))]);
    sheet.addRow(["X-3", "Accountant", "Finance", "X-2", null, 0.5, 120000, new Date(Date.UTC(2026, 2, 1))]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await openFileInPane(page, "plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);

    await expect(page.getByTestId("source-description").textContent()).resolves.toBe("Data: plan.xlsx · sheet Staff");
    await expect(listedPositionIds(page)).resolves.toEqual(["X-1", "X-2", "X-3"]);
    await expect(listedFindingCodes(page)).resolves.toEqual([]);
    await expect(page.locator("[data-summary='totalFte'] dd").textContent()).resolves.toBe("2.5");
    await expect(page.locator("[data-summary='vacancies'] dd").textContent()).resolves.toBe("1");
    await expect(outlineItem(page, "X-1").textContent()).resolves.toContain("Grace Ho");
  });

  test("a file that is not a workbook shows the problem, and the open workbook stays", async () => {
    const { page } = pane;
    await openFileInPane(page, "notes.pdf", "application/pdf", Buffer.from("%PDF-1.4 not a table"));
    const problem = page.locator("[data-problem-code='UNSUPPORTED_FILE_TYPE']");
    await expect(problem.textContent()).resolves.toContain("“notes.pdf” is not an .xlsx or .csv file.");
    await expect(listedPositionIds(page)).resolves.toHaveLength(35);

    await openFileInPane(page, "broken.xlsx", "application/octet-stream", Buffer.from("PK\u0003\u0004 this is no zip"));
    await expect(page.locator("[data-problem-code='FILE_UNREADABLE']").textContent()).resolves.toContain(
      "“broken.xlsx” could not be read",
    );
  });

  test("cell text is shown as text, never as markup", async () => {
    const { page } = pane;
    const file = csv([
      "Position ID,Title,Reports To,Name",
      'H1,"<img src=x onerror=""window.__injected=1"">",,"<b>Bold</b> & Co"',
      "H2,Analyst,<script>window.__injected=2</script>,Ivy",
    ]);
    await openFileInPane(page, "markup.csv", CSV, file);
    await expect(outlineItem(page, "H1").textContent()).resolves.toContain('<img src=x onerror="window.__injected=1">');
    await expect(outlineItem(page, "H1").textContent()).resolves.toContain("<b>Bold</b> & Co");
    await expect(page.locator("[data-finding-code='UNKNOWN_MANAGER']").textContent()).resolves.toContain(
      "<script>window.__injected=2</script>",
    );
    await expect(page.locator("main img, main b, main script").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { __injected?: number }).__injected)).resolves.toBeUndefined();

    // The chart's cards too: the text in SVG <text> and the card's tooltip, no element made from it.
    await openTab(page, "chart");
    const card = page.locator("[data-testid='org-chart'] [data-position-id='H1']");
    await expect(card.locator("title").first().textContent()).resolves.toContain(
      '<img src=x onerror="window.__injected=1">',
    );
    await expect(card.locator("text.oc-card-name").textContent()).resolves.toBe("<b>Bold</b> & Co");
    await expect(page.locator("main img, main b, main script").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { __injected?: number }).__injected)).resolves.toBeUndefined();
  });

  test("a file dropped on the pane opens", async () => {
    const { page } = pane;
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(["Position ID,Title,Reports To\nD1,Lead,\nD2,Member,D1\n"], "dropped.csv", { type: "text/csv" }),
      );
      return transfer;
    });
    for (const type of ["dragenter", "dragover", "drop"])
      await page.dispatchEvent("[data-testid='drop-zone']", type, { dataTransfer });
    await outlineItem(page, "D2").waitFor();
    await expect(page.getByTestId("source-description").textContent()).resolves.toContain("dropped.csv");
    await expect(listedPositionIds(page)).resolves.toEqual(["D1", "D2"]);

    await page.getByRole("button", { name: "Open sample" }).click();
    await revealOutlineItem(page, "OC-041");
    await expect(page.getByTestId("source-description").textContent()).resolves.toContain("Sample: operations center");
  });
});

describe("big and deep orgs", () => {
  test("a reporting chain 200 layers deep is listed in order", async () => {
    const { page } = pane;
    const lines = ["Position ID,Title,Reports To"];
    for (let i = 1; i <= 200; i++) lines.push(`L${i},Lead ${i},${i === 1 ? "" : `L${i - 1}`}`);
    await openFileInPane(page, "deep.csv", CSV, csv(lines));
    const ids = await listedPositionIds(page);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => `L${i + 1}`));
    const deepest = await revealOutlineItem(page, "L200");
    await expect(deepest.getAttribute("aria-level")).resolves.toBe("200");
    await expect(deepest.textContent()).resolves.toContain("Layer 200");
    await expect(page.locator("[data-summary='layers'] dd").textContent()).resolves.toBe("200");
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(380);
  });

  test("100,000 positions: the outline holds them all, rendering those in view", async () => {
    const { page } = pane;
    const lines = ["Position ID,Title,Department,Reports To,Name"];
    for (let i = 1; i <= 100_000; i++) {
      const manager = i === 1 ? "" : `N${Math.floor((i - 2) / 8) + 1}`;
      lines.push(`N${i},Role ${i},Dept ${i % 40},${manager},Person ${i}`);
    }
    await openFileInPane(page, "big.csv", CSV, csv(lines));
    const first = await revealOutlineItem(page, "N1");
    await expect(first.getAttribute("aria-setsize")).resolves.toBe("100000");
    const rendered = await page.locator("[data-testid='positions'] [data-position-id]").count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    await expect(page.getByTestId("positions-count").textContent()).resolves.toBe("100,000");
    await expect(page.locator("[data-summary='positions'] dd").textContent()).resolves.toBe("100,000");
    // No "Show more": the rest is reached by scrolling (tests/e2e/checksLongLists.e2e.test.ts).
    await expect(page.getByRole("button", { name: /^Show .* more$/ }).count()).resolves.toBe(0);
  });
});
