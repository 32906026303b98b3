/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * (Node's export conditions: the sample is read through a FileWorkbookSource, whose exceljs and uuid would
 * otherwise resolve to their ES-module browser builds, which jest cannot load.)
 */
import { TextDecoder, TextEncoder } from "node:util";
import { act } from "react";
import { operationsCenterWorkbook } from "../../../src/core";
import type { SavedCostSettings } from "../../../src/core/cost/costSettingsSetting";
import { ticksToAmount } from "../../../src/core/cost/decimal";
import { formatMoney } from "../../../src/core/findings/localeFormat";
import { FileWorkbookSource } from "../../../src/files";
import { translate, type Lang } from "../../../src/i18n";
import { CostView } from "../../../src/taskpane/components/cost/CostView";
import { PositionCostMonths } from "../../../src/taskpane/components/cost/PositionCostMonths";
import { loadOrgWorkbook, saveCostSettings, type LoadedWorkbook } from "../../../src/taskpane/loadOrgWorkbook";
import { mountPaneComponents } from "../paneComponent";

Object.assign(globalThis, { TextDecoder, TextEncoder });

async function loadSample(lang: Lang, saved?: SavedCostSettings): Promise<LoadedWorkbook> {
  const source = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook(lang));
  if (saved) await saveCostSettings(source, saved);
  const result = await loadOrgWorkbook(source, { lang });
  if (!result.ok) throw new Error(result.problem.code);
  return result.loaded;
}

const pane = mountPaneComponents();

function render(lang: Lang, loaded: LoadedWorkbook, onSave: (saved: SavedCostSettings) => void = () => {}) {
  pane.render(
    lang,
    <CostView
      cost={loaded.cost}
      model={loaded.analysis.model}
      saved={loaded.costSettings}
      busy={false}
      onSave={onSave}
    />,
  );
}

const byTestId = (id: string) => pane.container.querySelector<HTMLElement>(`[data-testid='${id}']`);
const allByTestId = (id: string) => Array.from(pane.container.querySelectorAll<HTMLElement>(`[data-testid='${id}']`));

function setValue(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, "value")!.set!.call(element, value);
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

describe("CostView", () => {
  test.each<Lang>(["en", "zh-CN"])(
    "%s: the pipeline costs the sample and the tab shows the core's total, departments and months, each stated",
    async (lang) => {
      const loaded = await loadSample(lang);
      const cost = loaded.cost!;
      expect(cost.total).toBeGreaterThan(0);
      render(lang, loaded);
      const money = (ticks: number) => formatMoney(lang, ticksToAmount(ticks), cost.currency);
      expect(byTestId("cost-total")!.textContent).toBe(money(cost.total));
      expect(allByTestId("cost-department-row")).toHaveLength(cost.departments.length);
      expect(allByTestId("cost-month-row").map((row) => row.lastElementChild!.textContent)).toEqual(
        Array.from(cost.monthTotals, money),
      );
      expect(allByTestId("cost-oncost-row")).toHaveLength(cost.onCostItems.length);
      const statements = allByTestId("cost-statement");
      expect(statements).toHaveLength(4);
      for (const statement of statements)
        expect(statement.textContent).toContain(translate(lang, `ui.cost.basis.${cost.settings.salaryBasis}`));
      expect(pane.container.textContent).toContain(translate(lang, "ui.cost.heading"));
    },
  );

  test("saved settings are costed by the pipeline and shown in the form; Save passes the edited settings", async () => {
    const loaded = await loadSample("en", { settings: { year: 2025, startMonth: 7 }, shown: "loaded" });
    expect(loaded.cost!.months[0].key).toBe("2025-07");
    const saves: SavedCostSettings[] = [];
    render("en", loaded, (saved) => saves.push(saved));
    const startMonth = byTestId("cost-setting-startMonth") as HTMLSelectElement;
    expect(startMonth.value).toBe("7");
    act(() => setValue(startMonth, "4"));
    act(() => setValue(byTestId("cost-setting-proration") as HTMLSelectElement, "months"));
    act(() => setValue(byTestId("cost-setting-shown") as HTMLSelectElement, "base"));
    act(() => byTestId("cost-settings-save")!.click());
    expect(saves).toEqual([
      {
        settings: {
          year: 2025,
          startMonth: 4,
          currency: "",
          payPoint: "mid",
          proration: "months",
          vacancies: "funded",
        },
        shown: "base",
      },
    ]);
  });

  test("a currency that is not three letters is shown as an error and nothing is saved", async () => {
    const loaded = await loadSample("en");
    const saves: SavedCostSettings[] = [];
    render("en", loaded, (saved) => saves.push(saved));
    act(() => setValue(byTestId("cost-setting-currency") as HTMLInputElement, "RM"));
    act(() => byTestId("cost-settings-save")!.click());
    expect(saves).toEqual([]);
    expect(pane.container.textContent).toContain(translate("en", "ui.cost.currencyInvalid"));
  });

  test("no cost (the positions are not an org yet): the tab says so", async () => {
    const loaded = await loadSample("en");
    render("en", { ...loaded, cost: undefined });
    expect(byTestId("cost")!.textContent).toBe(translate("en", "ui.cost.unavailable"));
  });
});

describe("PositionCostMonths (a selected card)", () => {
  test.each<Lang>(["en", "zh-CN"])("%s: the position's 12 months of pay and on-costs and its year", async (lang) => {
    const loaded = await loadSample(lang);
    const cost = loaded.cost!;
    const model = loaded.analysis.model;
    const p = cost.costed.indexOf(1);
    pane.render(lang, <PositionCostMonths cost={cost} model={model} position={p} />);
    const money = (ticks: number) => formatMoney(lang, ticksToAmount(ticks), cost.currency);
    const rows = allByTestId("position-cost-month").map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(rows).toHaveLength(12);
    expect(rows.map((row) => row[1])).toEqual(Array.from({ length: 12 }, (_, m) => money(cost.pay[p * 12 + m])));
    expect(rows.map((row) => row[2])).toEqual(Array.from({ length: 12 }, (_, m) => money(cost.onCosts[p * 12 + m])));
    expect(byTestId("position-cost-total")!.textContent).toContain(money(cost.positionTotals[p]));
    expect(byTestId("cost-statement")!.textContent).toContain(
      translate(lang, `ui.cost.basis.${cost.settings.salaryBasis}`),
    );
  });
});
