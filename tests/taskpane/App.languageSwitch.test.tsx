/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * Switching the pane's language (the header's language menu) shows the org already loaded in the other language:
 * no new read, no new analysis (issue 9 §2/§4b: at 100,000 positions an analysis is seconds, and the chart flickered).
 * The built-in sample of a plain browser follows the language while the user has not changed it (another workbook).
 */
import { act } from "react";
import type { Root } from "react-dom/client";
import { sameThreadAnalyser, type WorkbookAnalyser } from "../../src/pipeline/workbookAnalyser";
import { createBrowserHost } from "../../src/taskpane/host/browserHost";
import type { PaneHost } from "../../src/taskpane/host/paneHost";
import { csvSource, giveChartRoom, renderPane, unmountPane, waitFor } from "./renderPane";

/** A manager nobody has (UNKNOWN_MANAGER) and a vacant post (no holder). */
const PEOPLE_CSV = "Position ID,Title,Reports To,Name\nU1,Owner,,Uma\nU2,Helper,U1,\nU3,Stray,NOPE,Sam\n";

/** The analysis on the test's thread, counting the workbooks it was asked to read and analyse. */
function countingAnalyser(): WorkbookAnalyser & { loads: number } {
  const counting = {
    inWorker: false,
    loads: 0,
    load: (...args: Parameters<WorkbookAnalyser["load"]>) => {
      counting.loads++;
      return sameThreadAnalyser.load(...args);
    },
    dispose() {},
  };
  return counting;
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
const notices = () => Array.from(document.querySelectorAll("[data-testid='notice']"), (notice) => notice.textContent);

function button(name: string): HTMLButtonElement | undefined {
  return Array.from(document.querySelectorAll("button")).find((element) => element.textContent?.trim() === name);
}

async function openTab(tab: string): Promise<void> {
  await act(async () => document.querySelector<HTMLElement>(`[data-tab='${tab}']`)!.click());
}

/** Opens the header's language menu and picks `name` ("简体中文", "English"). */
async function switchLanguage(name: string): Promise<void> {
  await act(async () => document.querySelector<HTMLButtonElement>("[data-testid='language-switch']")!.click());
  const item = await waitFor(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>("[role='menuitemradio']")).find(
        (element) => element.textContent?.trim() === name,
      ),
    `the menu item ${name}`,
  );
  await act(async () => item.click());
}

const outlineTitles = () =>
  Array.from(document.querySelectorAll("[data-testid='positions'] [data-position-id]"), (item) => item.textContent);

describe("the pane's language switch", () => {
  let root: Root | undefined;

  jest.setTimeout(120_000);
  beforeAll(giveChartRoom);
  afterEach(async () => {
    if (root) await unmountPane(root);
    root = undefined;
  });

  test("the org loaded stays: no new analysis, and findings, notice, source, tabs and cards say it in Chinese", async () => {
    const source = await csvSource(PEOPLE_CSV);
    const analyser = countingAnalyser();
    const host: PaneHost = {
      lang: "en",
      inExcel: true,
      openInitial: () => ({ source, origin: "excel" }),
      analyser,
      // The positions sheet is gone from Excel: a card's click says so.
      selectSourceRow: async () => false,
    };
    root = await renderPane(host);
    await waitFor(() => button("Write report") && !button("Write report")!.disabled, "the checked org");
    expect(text("[data-testid='org-chart']")).toContain("Vacant");
    const card = document.querySelector("[data-testid='org-chart'] [data-position-id='U1']")!;
    await act(async () => card.dispatchEvent(new MouseEvent("click", { bubbles: true })));
    await waitFor(() => notices().some((notice) => notice?.includes("no longer in the workbook")), "the sheet gone");
    // A notice already on screen says itself again in the new language.
    await act(async () => button("Write report")!.click());
    await waitFor(() => notices().some((notice) => notice?.includes("written to the sheets")), "the report's notice");
    await openTab("checks");
    await waitFor(() => document.querySelector("[data-finding-code='UNKNOWN_MANAGER']"), "the findings");
    expect(text("[data-finding-code='UNKNOWN_MANAGER']")).toContain("reports to “NOPE”");
    expect(analyser.loads).toBe(1);

    await switchLanguage("简体中文");
    await waitFor(() => text("[data-tab='checks']").startsWith("检查"), "the tabs in Chinese");
    expect(text("[data-finding-code='UNKNOWN_MANAGER']")).toContain("岗位“U3”的汇报对象“NOPE”不是本表中的岗位编号。");
    expect(notices().some((notice) => notice?.includes("报告已写入工作表"))).toBe(true);
    expect(notices().some((notice) => notice?.includes("工作簿中已没有工作表“people”"))).toBe(true);
    expect(text("[data-testid='source-description']")).toBe("数据: Excel · 工作表 people");
    expect(text("[data-testid='language-switch']")).toBe("简体中文");
    expect(document.querySelector("main")?.getAttribute("aria-busy")).toBe("false");
    await openTab("chart");
    await waitFor(() => text("[data-testid='org-chart']").includes("空缺"), "the vacant card in Chinese");
    expect(text("[data-testid='org-chart']")).not.toContain("Vacant");
    // The cost tables, from the cost model made with the first analysis, say it in Chinese too.
    await openTab("cost");
    await waitFor(() => text("[data-testid='cost']").includes("全口径成本"), "the cost tables in Chinese");
    expect(text("[data-testid='cost']")).toContain("编制");
    // Nothing was read or analysed again: the one analysis of the first read is shown in the other language.
    expect(analyser.loads).toBe(1);

    await switchLanguage("English");
    await waitFor(() => text("[data-tab='checks']").startsWith("Checks"), "the tabs in English again");
    expect(notices().some((notice) => notice?.includes("written to the sheets"))).toBe(true);
    expect(notices().some((notice) => notice?.includes("no longer in the workbook"))).toBe(true);
    expect(analyser.loads).toBe(1);
  });

  test("the built-in sample follows the language until the user changes it; then the user's work stays", async () => {
    const analyser = countingAnalyser();
    root = await renderPane({ ...createBrowserHost("en"), analyser });
    await waitFor(() => button("Write report") && !button("Write report")!.disabled, "the sample, checked");
    await openTab("overview");
    await waitFor(() => outlineTitles().some((title) => title?.includes("Operations Director")), "the sample");
    expect(analyser.loads).toBe(1);

    // Untouched, the sample is another workbook in each language: the Chinese sample is opened (and analysed).
    await switchLanguage("简体中文");
    await waitFor(() => outlineTitles().some((title) => title?.includes("运营总监")), "the Chinese sample");
    expect(text("[data-testid='source-description']")).toBe("数据: 示例：运营中心");
    expect(analyser.loads).toBe(2);

    // Changed by the user (a report written into it), it stays as it is: only the pane's words switch.
    await waitFor(() => button("写入报告") && !button("写入报告")!.disabled, "the Chinese sample, checked");
    await act(async () => button("写入报告")!.click());
    await waitFor(() => text("[data-testid='notice']").includes("已加入工作簿"), "the report's notice");
    await switchLanguage("English");
    await waitFor(() => text("[data-tab='overview']").startsWith("Overview"), "the tabs in English");
    expect(outlineTitles().some((title) => title?.includes("运营总监"))).toBe(true);
    expect(analyser.loads).toBe(2);
  });
});
