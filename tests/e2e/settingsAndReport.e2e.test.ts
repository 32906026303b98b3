import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import {
  listedFindingCodes,
  openFileInPane,
  openPane,
  saveScreenshot,
  paneSessionForFile,
  type OpenedPane,
} from "./support/paneBrowser";
import { analyzeSample, countCodes, openTab } from "./support/paneViews";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const session = paneSessionForFile();
let pane: OpenedPane;

afterEach(async () => {
  expect(pane.blockedRequests).toEqual([]);
  expect(pane.errors).toEqual([]);
  await pane.close();
});

async function fill(page: Page, field: string, value: string): Promise<void> {
  await page.locator(`[data-field='${field}']`).fill(value);
}

/** Downloads the workbook the pane holds and loads it with exceljs. */
async function downloadWorkbook(page: Page, button = page.getByRole("button", { name: "Download .xlsx" }).first()) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as never);
  return workbook;
}

function savedSettings(workbook: ExcelJS.Workbook): Map<string, string> {
  const settings = new Map<string, string>();
  workbook
    .getWorksheet("_orgwright")
    ?.eachRow((row) => settings.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  return settings;
}

describe("Settings", () => {
  test("a different default span and fewer layers, saved: the findings and charts change, and the rules travel in the .xlsx", async () => {
    const before = (await analyzeSample("en")).analysis;
    const after = (await analyzeSample("en", { ...before.rules, defaultSpan: { min: 2, max: 8 }, maxLayers: 3 }))
      .analysis;
    const afterCodes = after.findings.map((finding) => finding.code);
    expect(countCodes(afterCodes)).not.toEqual(countCodes(before.findings.map((finding) => finding.code)));
    expect(afterCodes).toContain("LAYERS_EXCEEDED");

    pane = await openPane(session);
    const { page } = pane;
    await openTab(page, "settings");
    await expect(page.locator("[data-field='defaultSpan.min']").inputValue()).resolves.toBe("4");
    await fill(page, "defaultSpan.min", "2");
    await fill(page, "maxLayers", "3");
    await expect(page.getByTestId("settings-unsaved").textContent()).resolves.toBe("Changes not saved yet.");
    await page.getByRole("button", { name: "Save rules" }).click();
    await page.getByText("The rules were saved in the workbook and the checks ran again.").waitFor();
    // The panel shows the rules as saved.
    await expect(page.locator("[data-field='defaultSpan.min']").inputValue()).resolves.toBe("2");
    await expect(page.getByTestId("settings-unsaved").count()).resolves.toBe(0);

    await openTab(page, "checks");
    await expect(listedFindingCodes(page).then(countCodes)).resolves.toEqual(countCodes(afterCodes));
    await openTab(page, "overview");
    // 2–3 now lies inside the target; layer 4 is one too deep.
    await expect(page.locator("[data-testid='span-chart'] [data-band='2–3']").getAttribute("data-fit")).resolves.toBe(
      "within",
    );
    await expect(
      page.locator("[data-testid='layer-chart'] [data-layer='4']").getAttribute("data-too-deep"),
    ).resolves.toBe("true");

    const workbook = await downloadWorkbook(page);
    const rules = JSON.parse(savedSettings(workbook).get("orgwright.rules")!);
    expect(rules).toMatchObject({ defaultSpan: { min: 2, max: 8 }, maxLayers: 3 });
  });

  test("a department override, added and saved, applies to that department only", async () => {
    const before = (await analyzeSample("en")).analysis;
    const rules = { ...before.rules, departments: [{ department: "Tech Support", span: { min: 3, max: 5 } }] };
    const after = (await analyzeSample("en", rules)).analysis;
    const narrowIds = (findings: typeof before.findings) =>
      findings.filter((finding) => finding.code === "SPAN_TOO_NARROW").map((finding) => String(finding.params.id));
    // The Tech Support lead (span 3) is too narrow by default, and fine under the override.
    expect(narrowIds(before.findings)).toContain("OC-030");
    expect(narrowIds(after.findings)).not.toContain("OC-030");

    pane = await openPane(session);
    const { page } = pane;
    await openTab(page, "settings");
    await page.getByRole("button", { name: "Add a department" }).click();
    const row = page.locator("[data-department-rule]");
    await row.getByRole("combobox", { name: "Department" }).click();
    await page.getByRole("option", { name: "Tech Support" }).click();
    const key = await row.getAttribute("data-department-rule");
    await fill(page, `departments.${key}.min`, "3");
    await fill(page, `departments.${key}.max`, "5");
    await saveScreenshot(page, "settings-department-en");
    await page.getByRole("button", { name: "Save rules" }).click();
    await page.getByText("The rules were saved in the workbook and the checks ran again.").waitFor();
    await openTab(page, "checks");
    const shown = await page
      .locator("[data-finding-code='SPAN_TOO_NARROW']")
      .evaluateAll((items) => items.map((item) => item.textContent ?? ""));
    expect(shown).toHaveLength(narrowIds(after.findings).length);
    expect(shown.some((text) => text.includes("OC-030"))).toBe(false);

    // Removed again, the default applies once more.
    await openTab(page, "settings");
    await page.getByRole("button", { name: "Remove the override for Tech Support" }).click();
    await expect(page.getByText("No overrides: every department uses the rules above.").count()).resolves.toBe(1);
  });

  test("in Chinese: a least above the most is refused with a message; Reset fills in the defaults", async () => {
    pane = await openPane(session, { locale: "zh-CN" });
    const { page } = pane;
    await openTab(page, "settings");
    await fill(page, "defaultSpan.min", "9");
    await expect(page.locator("[data-error-for='defaultSpan.max']").textContent()).resolves.toBe(
      "“最多”（8）小于“最少”（9）。",
    );
    await expect(page.locator("[data-field='defaultSpan.max']").getAttribute("aria-invalid")).resolves.toBe("true");
    await fill(page, "maxLayers", "0");
    await page.getByRole("button", { name: "保存规则" }).click();
    await expect(page.getByTestId("settings-invalid").textContent()).resolves.toBe(
      "有 2 处输入无效，请先修正标出的字段再保存。",
    );
    await expect(page.getByText("规则已保存到工作簿中，并已重新检查。").count()).resolves.toBe(0);
    await saveScreenshot(page, "settings-invalid-zh-CN");
    await page.getByRole("button", { name: "恢复默认值" }).click();
    await expect(page.locator("[data-field='defaultSpan.min']").inputValue()).resolves.toBe("4");
    await expect(page.locator("[data-field='maxLayers']").inputValue()).resolves.toBe("7");
    await expect(page.getByText("已填入默认规则；保存后生效。").count()).resolves.toBe(1);
  });
});

describe("checks on a file", () => {
  test("a CSV with a one-over-one chain and a duplicate ID: SINGLE_REPORT_CHAIN, and the errors apart", async () => {
    pane = await openPane(session);
    const { page } = pane;
    const csv = [
      "Position ID,Title,Department,Reports To,Name",
      "C1,Chief,Management,,Ann",
      "C2,Ops Head,Operations,C1,Bob",
      "C3,Ops Lead,Operations,C2,Cy",
      "C4,Agent,Operations,C3,Di",
      "C5,Agent,Operations,C3,Ed",
      "C5,Agent again,Operations,C3,Fay",
    ].join("\n");
    await openFileInPane(page, "chain.csv", "text/csv", Buffer.from(csv, "utf8"));
    await openTab(page, "checks");
    const chain = page.locator("[data-finding-code='SINGLE_REPORT_CHAIN']");
    await expect(chain.count()).resolves.toBe(1);
    await expect(chain.textContent()).resolves.toContain("One-over-one: “Ops Head” (C2)");
    await page.locator("[data-severity-filter='error']").click();
    await expect(listedFindingCodes(page)).resolves.toEqual(["DUPLICATE_ID"]);
    await page.locator("[data-severity-filter='error']").click();
    // The one-over-one is about the middle position: it is the one highlighted.
    await chain.locator("button").click();
    await expect(page.locator("[data-focused='true']").getAttribute("data-position-id")).resolves.toBe("C2");
    await expect(page.getByTestId("focused-row").textContent()).resolves.toBe("Row 3");
  });
});

describe("Write report", () => {
  test("outside Excel: the Org checks and Coverage sheets are added to the workbook and downloaded with it", async () => {
    pane = await openPane(session);
    const { page } = pane;
    await page.getByRole("button", { name: "Write report" }).click();
    const notice = page.getByTestId("notice");
    await notice
      .getByText("The report sheets “Org checks”, “Coverage” were added to the workbook.", { exact: false })
      .waitFor();
    const workbook = await downloadWorkbook(page, notice.getByRole("button", { name: "Download .xlsx" }));
    expect(workbook.worksheets.map((sheet) => sheet.name).filter((name) => name !== "_orgwright")).toEqual([
      "Positions",
      "Departments",
      "Org checks",
      "Coverage",
    ]);
  });

  test("a sheet of the user's called Org checks is left alone: the report goes to Org checks (2)", async () => {
    pane = await openPane(session);
    const { page } = pane;
    const book = new ExcelJS.Workbook();
    const staff = book.addWorksheet("Staff");
    staff.addRow(["Position ID", "Title", "Department", "Reports To", "Name"]);
    staff.addRow(["S1", "Head", "Management", null, "Ann"]);
    staff.addRow(["S2", "Lead", "Operations", "S1", "Bob"]);
    book.addWorksheet("Org checks").addRow(["My own notes"]);
    await openFileInPane(page, "staff.xlsx", XLSX, Buffer.from(await book.xlsx.writeBuffer()));
    await page.getByRole("button", { name: "Write report" }).click();
    await page
      .getByTestId("notice")
      .getByText("The report sheets “Org checks (2)”, “Coverage” were added", { exact: false })
      .waitFor();
    const workbook = await downloadWorkbook(page);
    expect(workbook.getWorksheet("Org checks")!.getRow(1).getCell(1).value).toBe("My own notes");
    expect(workbook.getWorksheet("Org checks (2)")).toBeDefined();
  });
});
