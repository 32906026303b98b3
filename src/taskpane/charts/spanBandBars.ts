import { SPAN_BANDS, type SpanBandCount, type SpanBandLabel } from "../../core/checks/orgChecks";
import type { SpanBand } from "../../core/checks/orgRules";

/** How a span band sits against the target span: wholly inside it, partly, or outside. */
export type TargetFit = "within" | "partial" | "outside";

export interface SpanBandBar {
  band: SpanBandLabel;
  managers: number;
  /** Top of the row. */
  y: number;
  /** Length of the bar (0 for a band with no managers). */
  length: number;
  fit: TargetFit;
}

export interface SpanBandChartLayout {
  width: number;
  height: number;
  rowHeight: number;
  barHeight: number;
  /** Where the bars start (after the band labels). */
  plotX: number;
  plotWidth: number;
  bars: SpanBandBar[];
}

export interface SpanBandChartOptions {
  width: number;
  /** Room for the band labels on the left. */
  labelWidth: number;
  /** Room for the counts after the longest bar. */
  valueWidth: number;
  rowHeight?: number;
  barHeight?: number;
}

/** How a band of spans (min…max, max null = no end) sits against the target band. */
export function targetFitOf(band: SpanBand, target: SpanBand): TargetFit {
  const bandMax = band.max ?? Infinity;
  const targetMax = target.max ?? Infinity;
  if (band.min >= target.min && bandMax <= targetMax) return "within";
  if (band.min <= targetMax && bandMax >= target.min) return "partial";
  return "outside";
}

/** The practitioners' bands with their counts; every band present even when the summary lists none. */
export function completeSpanBands(bands: readonly SpanBandCount[]): SpanBandCount[] {
  return SPAN_BANDS.map((band) => bands.find((counted) => counted.band === band.band) ?? { ...band, managers: 0 });
}

/** Lays out the span-band bar chart: one horizontal bar per band, managers per band, the target band marked. */
export function layoutSpanBandChart(
  bands: readonly SpanBandCount[],
  target: SpanBand,
  options: SpanBandChartOptions,
): SpanBandChartLayout {
  const rowHeight = options.rowHeight ?? 24;
  const barHeight = options.barHeight ?? 14;
  const complete = completeSpanBands(bands);
  const plotX = options.labelWidth;
  const plotWidth = Math.max(24, options.width - options.labelWidth - options.valueWidth);
  const most = Math.max(1, ...complete.map((band) => band.managers));
  const bars = complete.map((band, i) => ({
    band: band.band,
    managers: band.managers,
    y: i * rowHeight,
    length: band.managers === 0 ? 0 : Math.max(2, (band.managers / most) * plotWidth),
    fit: targetFitOf(band, target),
  }));
  return { width: options.width, height: complete.length * rowHeight, rowHeight, barHeight, plotX, plotWidth, bars };
}
