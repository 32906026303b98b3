import type { FindingDraft } from "../findings/finding";

/** The span bands practitioners read spans of control by. */
export const SPAN_BANDS = [
  { band: "1", min: 1, max: 1 },
  { band: "2–3", min: 2, max: 3 },
  { band: "4–7", min: 4, max: 7 },
  { band: "8–12", min: 8, max: 12 },
  { band: "13–16", min: 13, max: 16 },
  { band: "17+", min: 17, max: null },
] as const;

export type SpanBandLabel = (typeof SPAN_BANDS)[number]["band"];

export interface SpanBandCount {
  band: SpanBandLabel;
  min: number;
  max: number | null;
  /** Managers whose span falls in the band. */
  managers: number;
}

/** Spans over managers only: individual contributors have no span (not a span of 0). */
export interface SpanSummary {
  /** Positions with at least one direct report who is not an assistant. */
  managers: number;
  bands: SpanBandCount[];
  median: number | null;
  mean: number | null;
  widest: number;
}

/** One layer of the pyramid (top = layer 1). */
export interface LayerRow {
  layer: number;
  positions: number;
  fte: number;
  managers: number;
  /** Mean span of this layer's managers; null when it has none. */
  averageSpan: number | null;
}

export interface LayerSummary {
  layers: LayerRow[];
}

/** What the org checks find: findings (drafts, localized by the caller) and the summaries. */
export interface OrgChecks {
  findings: FindingDraft[];
  spans: SpanSummary;
  layers: LayerSummary;
  /** Span of control per position (direct reports, assistants not counted). */
  span: Int32Array;
}
