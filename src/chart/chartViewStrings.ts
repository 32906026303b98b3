import type { Lang, Translate } from "../i18n";
import type { ChangeLegendKind } from "./chartChanges";

/** The words of editing a plan in the chart: the card menu, its editors and what a move says. */
export interface ChartEditStrings {
  /** The card menu's accessible name and heading: "Edit {title}". */
  menu(title: string): string;
  /** The "…" button of the selected card: "Actions for {title}". */
  menuButton(title: string): string;
  move: string;
  addUnder: string;
  remove: string;
  markVacant: string;
  markPlanned: string;
  changeFte: string;
  changeSalary: string;
  fteLabel(title: string): string;
  salaryLabel(title: string): string;
  apply: string;
  cancel: string;
  notANumber: string;
  /** What a move says as it goes (the status line, read out by screen readers). */
  pickedUp(title: string): string;
  target(moving: string, title: string, top: boolean): string;
  refusedSelf(moving: string): string;
  refusedDescendant(moving: string, title: string): string;
  refusedSame(moving: string, title: string): string;
  dropped(moving: string, title: string, top: boolean): string;
  cancelled: string;
}

/** The renderer's own words (everything else on a card comes translated in its CardContent). */
export interface ChartViewStrings {
  /** Tooltip of a card's warning mark: "{count} findings". */
  findings(count: number): string;
  /** Tooltip of the expand control: "{count} hidden reports: expand". */
  expand(count: number): string;
  /** Tooltip of the collapse control. */
  collapse: string;
  /** Accessible name of the minimap. */
  minimap: string;
  /** The legend of the chart of a plan coloured by change. */
  changes: {
    legend: string;
    kinds: Record<ChangeLegendKind, string>;
    /** "{label}: {count}". */
    item(label: string, count: number): string;
  };
  edit: ChartEditStrings;
}

/** The renderer's words in the pane's language. */
export function chartViewStringsOf(t: Translate, lang: Lang): ChartViewStrings {
  // Made when first needed: the first Intl object of a page costs ~20 ms, which the first frame need not wait for.
  let number: Intl.NumberFormat | undefined;
  const format = (count: number): string => (number ??= new Intl.NumberFormat(lang)).format(count);
  return {
    findings: (count) =>
      t(count === 1 ? "chart.label.findings.one" : "chart.label.findings.other", { count: format(count) }),
    expand: (count) => t(count === 1 ? "chart.view.expand.one" : "chart.view.expand.other", { count: format(count) }),
    collapse: t("chart.view.collapse"),
    minimap: t("chart.view.minimap"),
    changes: {
      legend: t("chart.change.legend"),
      kinds: {
        added: t("chart.change.added"),
        moved: t("chart.change.moved"),
        changed: t("chart.change.changed"),
        removed: t("chart.change.removed"),
      },
      item: (label, count) => t("chart.change.legendItem", { label, count: format(count) }),
    },
    edit: {
      menu: (title) => t("chart.edit.menu", { title }),
      menuButton: (title) => t("chart.edit.menuButton", { title }),
      move: t("chart.edit.move"),
      addUnder: t("chart.edit.addUnder"),
      remove: t("chart.edit.remove"),
      markVacant: t("chart.edit.markVacant"),
      markPlanned: t("chart.edit.markPlanned"),
      changeFte: t("chart.edit.changeFte"),
      changeSalary: t("chart.edit.changeSalary"),
      fteLabel: (title) => t("chart.edit.fteLabel", { title }),
      salaryLabel: (title) => t("chart.edit.salaryLabel", { title }),
      apply: t("chart.edit.apply"),
      cancel: t("chart.edit.cancel"),
      notANumber: t("chart.edit.notANumber"),
      pickedUp: (title) => t("chart.edit.pickedUp", { title }),
      target: (moving, title, top) => t(top ? "chart.edit.targetTop" : "chart.edit.target", { moving, title }),
      refusedSelf: (moving) => t("chart.edit.refusedSelf", { moving }),
      refusedDescendant: (moving, title) => t("chart.edit.refusedDescendant", { moving, title }),
      refusedSame: (moving, title) => t("chart.edit.refusedSame", { moving, title }),
      dropped: (moving, title, top) =>
        top ? t("chart.edit.droppedTop", { moving }) : t("chart.edit.dropped", { moving, title }),
      cancelled: t("chart.edit.cancelled"),
    },
  };
}
