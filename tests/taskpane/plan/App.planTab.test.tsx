/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The Plan tab in the pane (the sample behind the file adapter, as in a plain browser): a plan made in one click with
 * the name offered, shown with its banner in every tab, listed with its glance, and Back to current.
 */
import { act } from "react";
import type { Root } from "react-dom/client";
import { operationsCenterWorkbook } from "../../../src/core";
import { FileWorkbookSource } from "../../../src/files";
import { translate, type Lang } from "../../../src/i18n";
import type { PaneHost } from "../../../src/taskpane/host/paneHost";
import { giveChartRoom, renderPane, unmountPane, waitFor as waitForPane } from "../renderPane";

/** The Plan tab's work (a plan made, read and analysed) can take longer than the pane's first read. */
const waitFor = <T,>(probe: () => T | null | undefined | false, what: string) => waitForPane(probe, what, 15_000);

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

describe.each<Lang>(["en", "zh-CN"])("the Plan tab (%s)", (lang) => {
  let root: Root;
  let source: FileWorkbookSource;

  beforeEach(async () => {
    giveChartRoom();
    source = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook(lang));
    const host: PaneHost = {
      lang,
      inExcel: false,
      openInitial: () => ({ source, origin: "sample", toXlsx: () => source.toXlsx() }),
    };
    root = await renderPane(host);
    await waitFor(() => $("[data-tab='plan']"), "the tabs");
  });

  afterEach(async () => unmountPane(root));

  test("New plan in one click, shown in every tab under its banner; Back to current", async () => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate(lang, key, params);
    act(() => $("[data-tab='plan']")!.click());
    await waitFor(() => $("[data-testid='plan']"), "the Plan tab");
    expect($("[data-testid='plan']")!.textContent).toContain(t("ui.plan.none"));
    const newPlan = await waitFor(() => $<HTMLButtonElement>("[data-testid='plan-new']:not([disabled])"), "New plan");
    act(() => newPlan.click());
    const name = $<HTMLInputElement>("[data-testid='new-plan-name']")!;
    expect(name.value).toBe(t("ui.plan.defaultName", { number: 1 }));
    act(() => $<HTMLButtonElement>("[data-testid='new-plan-create']")!.click());

    const banner = await waitFor(() => $("[data-testid='plan-banner']"), "the banner");
    expect(banner.textContent).toContain(t("ui.plan.banner", { name: name.value }));
    const item = await waitFor(() => $("[data-plan-sheet][data-shown='true']"), "the plan listed as shown");
    const sheet = item.getAttribute("data-plan-sheet")!;
    expect(banner.textContent).toContain(sheet);
    expect((await source.listSheets()).includes(sheet)).toBe(true);
    // Nothing differs yet: the glance and the comparison say so.
    await waitFor(() => $("[data-testid='plan-summary']"), "the comparison");
    expect($("[data-testid='plan-glance']")!.textContent).toBe(t("ui.plan.glanceSame"));
    expect($("[data-testid='plan-changes']")!.textContent).toContain(t("ui.plan.compare.noChanges"));
    // The notice offers the download that keeps the plan's sheet.
    expect($("[data-testid='notice']")!.textContent).toContain(sheet);

    // The chart tab shows the plan, editable, with the keys named; the banner stays.
    act(() => $("[data-tab='chart']")!.click());
    await waitFor(() => $("[data-testid='plan-chart'] [data-testid='org-chart']"), "the plan's chart");
    expect($("[data-testid='plan-chart']")!.textContent).toContain(t("ui.plan.editHint"));
    expect($("[data-testid='plan-banner']")).not.toBeNull();

    // Back to current: no banner, the plain chart.
    act(() => $<HTMLButtonElement>("[data-testid='plan-back']")!.click());
    await waitFor(() => !$("[data-testid='plan-banner']") && $("[data-testid='org-chart']"), "the current org");
    expect($("[data-testid='plan-chart']")).toBeNull();
    if (lang === "zh-CN") expect(document.body.textContent).not.toMatch(/FTE/);
  });

  test("Delete plan asks first: No keeps it; Yes deletes its sheet and goes back to the current org", async () => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate(lang, key, params);
    act(() => $("[data-tab='plan']")!.click());
    const newPlan = await waitFor(() => $<HTMLButtonElement>("[data-testid='plan-new']:not([disabled])"), "New plan");
    act(() => newPlan.click());
    const title = $<HTMLInputElement>("[data-testid='new-plan-name']")!.value;
    act(() => $<HTMLButtonElement>("[data-testid='new-plan-create']")!.click());
    const item = await waitFor(() => $("[data-plan-sheet][data-shown='true']"), "the plan listed as shown");
    const sheet = item.getAttribute("data-plan-sheet")!;
    // "Plan 1" is its own sheet name: the prefix's word is not said twice.
    expect(sheet).toBe(title);
    const userSheets = (await source.listSheets()).filter((name) => name !== sheet);

    const remove = await waitFor(() => $<HTMLButtonElement>("[data-testid='plan-delete']:not([disabled])"), "Delete");
    expect(remove.getAttribute("aria-label")).toBe(t("ui.plan.deleteLabel", { name: title }));
    act(() => remove.click());
    expect($("[data-testid='plan-delete-confirm']")!.textContent).toContain(
      t("ui.plan.deleteConfirm", { name: title }),
    );
    act(() => $<HTMLButtonElement>("[data-testid='plan-delete-no']")!.click());
    expect($("[data-testid='plan-delete-confirm']")).toBeNull();
    expect(await source.listSheets()).toContain(sheet);

    act(() => $<HTMLButtonElement>("[data-testid='plan-delete']")!.click());
    act(() => $<HTMLButtonElement>("[data-testid='plan-delete-yes']")!.click());
    await waitFor(() => !$("[data-plan-sheet]") && !$("[data-testid='plan-banner']"), "the plan gone");
    expect($("[data-testid='plan']")!.textContent).toContain(t("ui.plan.none"));
    expect($("[data-testid='notice']")!.textContent).toContain(t("ui.plan.deletedFile", { name: title, sheet }));
    expect(await source.listSheets()).toEqual(userSheets);
  });
});
