import type { Lang, Translate } from "../i18n";

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
  };
}
