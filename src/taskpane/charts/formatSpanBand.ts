import type { SpanBand } from "../../core/checks/orgRules";
import type { Translate } from "../../i18n";

/** A span band as the pane writes it: "4–8", or "15+" when it has no upper end. */
export function formatSpanBand(band: SpanBand, t: Translate): string {
  if (band.max === null) return t("ui.chart.span.open", { min: band.min });
  if (band.max === band.min) return String(band.min);
  return t("ui.chart.span.range", { min: band.min, max: band.max });
}
