import type { OrgModel } from "../../core/model/orgModel";
import type { Lang, Translate } from "../../i18n";
import type { BuiltChartScene } from "../buildChartScene";
import type { ChartBasis } from "../chartBasis";
import type { TextMeasurer } from "../textMeasure";
import { exportDrawing, type ExportDrawing } from "./exportDrawing";
import { exportScene, type ExportChartOptions } from "./exportScene";

// The format by file name is its own module: the command line's argument parser reads it without loading the chart.
export { exportFormatOf, type ExportFormat } from "./exportFormat";

/** The exported chart's title: the org, its departments, or the subtree's top position. */
export function exportTitle(model: OrgModel, options: ExportChartOptions, t: Translate): string {
  if (options.view === "departments") return t("export.titleDepartments");
  const root = options.root === undefined ? undefined : model.indexById.get(options.root);
  if (root === undefined) return t("export.title");
  const position = model.positions[root];
  const name = [position.title, position.name].filter((text) => text.trim() !== "").join(" · ");
  return t("export.titleFocus", { name: name || position.id });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "Exported 7 Dec 2026" in the chart's language (a deck asks once per slide: the formatter is made once). */
export function exportDateLine(date: Date, lang: Lang, t: Translate): string {
  const locale = lang === "zh-CN" ? "zh-CN" : "en-GB";
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    dateFormats.set(locale, format);
  }
  return t("export.date", { date: format.format(date) });
}

/** The scene and the drawing of what `options` asks for: the one path from the model to every writer. */
export function drawChartForExport(
  basis: ChartBasis,
  options: ExportChartOptions,
  context: { lang: Lang; translate: Translate; measure: TextMeasurer; date: Date },
): { built: BuiltChartScene; drawing: ExportDrawing } {
  const { lang, translate: t } = context;
  const built = exportScene(basis, options, lang, t);
  const drawing = exportDrawing({
    built,
    model: basis.model,
    title: exportTitle(basis.model, options, t),
    subtitle: exportDateLine(context.date, lang, t),
    lang,
    translate: t,
    measure: context.measure,
  });
  return { built, drawing };
}
