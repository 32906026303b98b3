/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * (Node's export conditions: the workbook is read through a FileWorkbookSource, whose exceljs and uuid would
 * otherwise resolve to their ES-module browser builds, which jest cannot load.)
 */
import { TextDecoder, TextEncoder } from "node:util";
import { openWorkbookFile } from "../../../src/files";
import { translate, type Lang } from "../../../src/i18n";
import { monthGroups } from "../../../src/taskpane/components/cost/BudgetSection";
import { CostView } from "../../../src/taskpane/components/cost/CostView";
import { loadOrgWorkbook, saveCostSettings, type LoadedWorkbook } from "../../../src/taskpane/loadOrgWorkbook";
import { budgetWorkbookBytes } from "../../fixtures/budgetWorkbook";
import { mountPaneComponents } from "../paneComponent";

Object.assign(globalThis, { TextDecoder, TextEncoder });

async function loadBudget(lang: Lang): Promise<LoadedWorkbook> {
  const opened = await openWorkbookFile(await budgetWorkbookBytes(), "budget.xlsx");
  if (!opened.ok) throw new Error(opened.problem.code);
  await saveCostSettings(opened.source, { settings: { year: 2026 }, shown: "loaded" });
  const result = await loadOrgWorkbook(opened.source, { lang });
  if (!result.ok) throw new Error(result.problem.code);
  return result.loaded;
}

const pane = mountPaneComponents();

function render(lang: Lang, loaded: LoadedWorkbook) {
  pane.render(
    lang,
    <CostView
      cost={loaded.cost}
      budget={loaded.budget}
      model={loaded.analysis.model}
      saved={loaded.costSettings}
      busy={false}
      onSave={() => {}}
    />,
  );
}

const all = (selector: string, within: ParentNode = pane.container) =>
  Array.from(within.querySelectorAll<HTMLElement>(selector));
/** A row's cells as text; the volume / rate cell as its two figures. */
const cells = (row: HTMLElement) =>
  Array.from(row.children, (cell) =>
    cell.querySelector("[data-testid='budget-volume']")
      ? Array.from(cell.children, (line) => line.textContent)
      : [cell.textContent],
  ).flat();

describe("the Cost tab's Budget section", () => {
  test("en: department × month variance with volume and rate, over budget highlighted, the total's split", async () => {
    const loaded = await loadBudget("en");
    render("en", loaded);
    const section = pane.container.querySelector<HTMLElement>("[data-testid='cost-budget']")!;
    expect(section.textContent).toContain(translate("en", "ui.budget.heading"));
    const [ops, finance] = all("[data-testid='budget-department']", section);
    expect(ops.dataset.department).toBe("Ops");
    const opsMonths = all("[data-testid='budget-month-row']", ops);
    // Consecutive months with the same figures are one row: January–June and July–December.
    expect(opsMonths).toHaveLength(2);
    // Each month Jan–Jun: 2 / 2, −200 = volume 0 + rate −200 (hand-computed in tests/fixtures/budgetWorkbook.ts).
    expect(cells(opsMonths[0])).toEqual(["Jan–Jun 2026", "2 / 2", "-200.00", "0.00", "-200.00"]);
    expect(opsMonths[0].dataset.over).toBeUndefined();
    // Each month Jul–Dec: 3 / 2, +10,800 = volume +10,000 + rate +800, over budget.
    expect(cells(opsMonths[1])).toEqual(["Jul–Dec 2026", "3 / 2", "+10,800.00", "+10,000.00", "+800.00"]);
    expect(opsMonths[1].dataset.over).toBe("true");
    expect(all("[title='Over budget']", opsMonths[1])).toHaveLength(2);
    expect(cells(all("[data-testid='budget-year-row']", ops)[0])).toEqual([
      "Year (Jan–Dec 2026)",
      "2.5 / 2",
      "+63,600.00",
      "+60,000.00",
      "+3,600.00",
    ]);
    expect(ops.querySelector("[data-testid='budget-over-badge']")).not.toBeNull();
    // Finance: an annual budget. Its months compare headcount only; its year the cost.
    const financeMonths = all("[data-testid='budget-month-row']", finance);
    expect(financeMonths.map(cells)).toEqual([["Jan–Dec 2026", "1 / 2", "–", "–", "–"]]);
    expect(cells(all("[data-testid='budget-year-row']", finance)[0])).toEqual([
      "Year (annual budget)",
      "1 / 2",
      "+6,000.00",
      "-30,000.00",
      "+36,000.00",
    ]);
    expect(section.querySelector("[data-testid='budget-total']")!.textContent).toBe(
      "Total variance +69,600.00 = volume +30,000.00 + rate +39,600.00",
    );
    expect(section.querySelector("[data-testid='budget-unmatched']")!.textContent).toContain("市场部");
    // The budget's findings are among the cost findings the tab lists.
    expect(pane.container.querySelector("[data-testid='cost-findings']")!.textContent).toContain(
      "Ops is over its headcount budget in Jul–Dec 2026",
    );
  });

  test("zh-CN: every word in Chinese, 编制 not FTE", async () => {
    const loaded = await loadBudget("zh-CN");
    render("zh-CN", loaded);
    const section = pane.container.querySelector<HTMLElement>("[data-testid='cost-budget']")!;
    expect(section.textContent).toContain("预算对比");
    expect(section.textContent).toContain("编制");
    expect(section.textContent).not.toMatch(/FTE|Volume|Rate|Year/);
    const ops = all("[data-testid='budget-department']", section)[0];
    expect(cells(all("[data-testid='budget-month-row']", ops)[1])).toEqual([
      "2026年7–12月",
      "3 / 2",
      "+10,800.00",
      "+10,000.00",
      "+800.00",
    ]);
    expect(cells(all("[data-testid='budget-year-row']", ops)[0])[0]).toBe("全年（2026年1–12月）");
  });

  test("months with different figures stay apart; months without a budget are not shown", () => {
    const month = (key: string, actualHeadcount: number, budgetHeadcount?: number) => ({
      month: key,
      actualHeadcount,
      budgetHeadcount,
      actualCost: 0,
      overHeadcount: budgetHeadcount !== undefined && actualHeadcount > budgetHeadcount,
      overCost: false,
    });
    const groups = monthGroups([
      month("2026-01", 1, 1),
      month("2026-02", 1, 1),
      month("2026-03", 2, 1),
      month("2026-04", 2),
      month("2026-05", 2, 1),
    ]);
    expect(groups.map((group) => group.map((row) => row.month))).toEqual([
      ["2026-01", "2026-02"],
      ["2026-03"],
      ["2026-05"],
    ]);
  });

  test("no Budget table: no Budget section", async () => {
    const loaded = await loadBudget("en");
    render("en", { ...loaded, budget: undefined });
    expect(pane.container.querySelector("[data-testid='cost-budget']")).toBeNull();
  });
});
