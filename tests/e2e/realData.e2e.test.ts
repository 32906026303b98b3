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
import { UK_ORGANOGRAM_HEADER, UK_ORGANOGRAM_ROWS } from "../fixtures/ukOrganogram";

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

function csvOf(rows: (string | number)[][]): Buffer {
  const quote = (cell: string | number) =>
    /[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell);
  return Buffer.from(rows.map((row) => row.map(quote).join(",")).join("\n") + "\n", "utf8");
}

describe("real data in the pane, read as its owners mean it", () => {
  test("a UK organogram: XX tops, a job share on one card, N/D as Not disclosed, the Permanent Secretary kept", async () => {
    const { page } = pane;
    await openCsvChart(page, "organogram-senior.csv", csvOf([UK_ORGANOGRAM_HEADER, ...UK_ORGANOGRAM_ROWS]), "001");
    // The job share: one card naming both holders, its tooltip too.
    const share = cardOf(page, "D11");
    await share.waitFor({ state: "attached" });
    await expect(share.locator(".oc-card-name").textContent()).resolves.toBe("Priya Patel, Tom Green");
    await expect(share.locator(":scope > title").textContent()).resolves.toContain("Priya Patel, Tom Green");
    await expect(cardOf(page, "DG2").locator(".oc-card-name").textContent()).resolves.toBe("Not disclosed");
    await expect(cardOf(page, "001 (2)").locator(":scope > title").textContent()).resolves.toContain(
      "Permanent Secretary",
    );
    await saveScreenshot(page, "real-data-organogram");
    await openTab(page, "overview");
    const codes = await listedFindingCodes(page);
    expect(codes).toEqual(expect.arrayContaining(["MANAGER_PLACEHOLDER", "SHARED_POST", "SHARED_POST_OVER_FTE"]));
    expect(codes).not.toContain("UNKNOWN_MANAGER");
  });

  test("a sheet with capability names of its own: the coverage view says its names are the catalogue, no errors", async () => {
    const { page } = pane;
    await openFileInPane(
      page,
      "finance.csv",
      "text/csv",
      csvOf([
        ["Position ID", "Title", "Reports To", "Name", "Department", "Capabilities"],
        ["F1", "Finance Director", "", "Ann", "Finance", "Budgeting; Audit"],
        ["F2", "Payroll Lead", "F1", "Bo", "Finance", "Payroll; Audit"],
        ["F3", "Accountant", "F1", "Cy", "Finance", "Accounts payable; Budgeting"],
        ["F4", "Accountant", "F1", "", "Finance", "Accounts payable; Retention"],
      ]),
    );
    await openTab(page, "coverage");
    const caption = page.getByTestId("coverage-catalogue");
    await expect(caption.getAttribute("data-catalogue")).resolves.toBe("sheet");
    await expect(caption.textContent()).resolves.toContain("the capability names this sheet uses (5)");
    await expect(
      page.locator("[data-testid='coverage'] [data-finding-code='CAPABILITY_UNCOVERED']").count(),
    ).resolves.toBe(0);
    await saveScreenshot(page, "real-data-coverage-own-names");
  });

  test("Columns: a column chosen for another field moves to it, a field set to Not used is read from no column", async () => {
    const { page } = pane;
    await openCsvChart(page, "organogram-senior.csv", csvOf([UK_ORGANOGRAM_HEADER, ...UK_ORGANOGRAM_ROWS]), "001");
    await expect(cardOf(page, "DG1").locator(".oc-card-detail").textContent()).resolves.toBe("SCS3");
    await page.getByRole("button", { name: "Columns" }).click();
    const mapping = page.getByTestId("column-mapping");
    // Unit was found for Team; choosing it for Department takes it from Team.
    await mapping.getByRole("combobox", { name: /^Department/ }).click();
    await page.getByRole("option", { name: "Unit", exact: true }).click();
    await expect(mapping.getByRole("combobox", { name: /^Team/ }).textContent()).resolves.toContain("Not used");
    await mapping.getByRole("combobox", { name: /^Grade/ }).click();
    await page.getByRole("option", { name: "Not used" }).click();
    await expect(mapping.getByRole("button", { name: "Apply" }).isDisabled()).resolves.toBe(false);
    await mapping.getByRole("button", { name: "Apply" }).click();
    // The workbook is read and analysed again (in the worker) before the pane says so.
    await page.getByText("The column choices were saved in the workbook.").waitFor();
    await expect(page.getByText("The column choices were saved in the workbook.").count()).resolves.toBe(1);
    // The grade column is no longer read, though its header is a known alias.
    await expect(cardOf(page, "DG1").locator(".oc-card-detail").textContent()).resolves.toBe("");
    // The step stays open on the choices as saved.
    await expect(mapping.getByRole("combobox", { name: /^Department/ }).textContent()).resolves.toContain("Unit");
    await expect(mapping.getByRole("combobox", { name: /^Grade/ }).textContent()).resolves.toContain("Not used");
  });
});
