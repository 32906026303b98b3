import { listPreview } from "../core/findings/listPreview";
import { translatorFor, type MessageKey, type Translate } from "../i18n";
import type { CheckJson } from "./toCheckJson";

/** How many row ranges and IDs a line shows before "… (+n)". */
const PREVIEW = 6;

/**
 * `orgwright check --format text`: a short report in the user's language: where the table was found,
 * the counts, then one line per finding (severity, code, rows, message).
 */
export function formatTextReport(result: CheckJson): string {
  const t = translatorFor(result.lang);
  const separator = t("cli.report.separator");
  const lines: string[] = [];
  const where = { file: result.file, sheet: result.sheet, headerRow: result.headerRow };
  lines.push(t(result.headerRow > 0 ? "cli.report.heading" : "cli.report.headingNoHeader", where));
  lines.push(
    t("cli.report.counts", {
      rowsRead: result.rowsRead,
      positions: result.positions,
      roots: result.roots.length,
      layers: result.layers,
    }),
  );
  const { rowsOnlyInFindings, blankRowsSkipped } = result.accounting;
  if (rowsOnlyInFindings > 0 || blankRowsSkipped > 0) {
    lines.push(t("cli.report.leftOut", { count: rowsOnlyInFindings, blank: blankRowsSkipped }));
  }
  const columns = Object.entries(result.columns).map(
    // A header typed on two lines in its cell ("Reports⏎To") is shown on one.
    ([field, header]) => `${t(`field.${field}` as MessageKey)} = “${header.replace(/\s+/g, " ").trim()}”`,
  );
  if (columns.length > 0) lines.push(t("cli.report.columns", { list: columns.join(separator) }));
  if (result.roots.length > 0) lines.push(t("cli.report.roots", { list: listPreview(result.roots, PREVIEW) }));
  lines.push(...summaryLines(result, t));
  if (result.report) {
    const sheets = result.report.sheets.map((sheet) => `“${sheet}”`).join(separator);
    lines.push(t("cli.report.written", { file: result.report.file, input: result.file, sheets }));
  }

  lines.push("");
  if (result.findings.length === 0) {
    lines.push(t("cli.report.noFindings"));
  } else {
    const { error, warning, info } = result.summary;
    lines.push(t("cli.report.findings", { count: result.findings.length, errors: error, warnings: warning, info }));
    for (const finding of result.findings) {
      const params = {
        severity: t(`severity.${finding.severity}`),
        code: finding.code,
        message: singleLine(finding.message),
      };
      if (finding.rows.length === 0) lines.push(t("cli.report.findingNoRows", params));
      else lines.push(t("cli.report.finding", { ...params, rows: rowsText(finding.rows, t) }));
    }
  }
  return lines.join("\n") + "\n";
}

/** The spans, the layer pyramid and the coverage, a line each (only what there is). */
function summaryLines(result: CheckJson, t: Translate): string[] {
  const lines: string[] = [];
  const separator = t("cli.report.separator");
  const { spans, layerPyramid, coverage } = result;
  if (spans.managers > 0) {
    lines.push(
      t("cli.report.spans", {
        managers: spans.managers,
        median: oneDecimal(spans.median),
        mean: oneDecimal(spans.mean),
        widest: spans.widest,
      }),
    );
    const bands = spans.bands.map((band) => t("cli.report.bandItem", { band: band.band, managers: band.managers }));
    lines.push(t("cli.report.spanBands", { list: bands.join(separator) }));
  }
  if (layerPyramid.length > 0) {
    const layers = layerPyramid.map((layer) =>
      t("cli.report.layerItem", { layer: layer.layer, positions: layer.positions, fte: oneDecimal(layer.fte) }),
    );
    lines.push(t("cli.report.layerPyramid", { list: layers.join(separator) }));
  }
  // Without a Capabilities column nobody holds anything: the coverage line would only say so.
  if (result.columns.capabilities !== undefined && coverage.capabilities.length > 0) {
    lines.push(
      t("cli.report.coverage", {
        capabilities: coverage.capabilities.length,
        departments: coverage.departments.length,
        uncovered: coverage.capabilities.filter((capability) => capability.total.filledPositions === 0).length,
      }),
    );
  }
  return lines;
}

/** 5.25 → "5.3"; null → "–". */
function oneDecimal(value: number | null): string {
  return value === null ? "–" : (Math.round(value * 10) / 10).toFixed(1);
}

/** "row 5", "rows 3-4, 9" (the first few ranges only). */
function rowsText(rows: readonly number[], t: Translate): string {
  return t(rows.length === 1 ? "cli.report.row" : "cli.report.rows", { rows: listPreview(rowRanges(rows), PREVIEW) });
}

/** Ascending row numbers as ranges: [2, 3, 4, 7] → ["2-4", "7"]. */
export function rowRanges(rows: readonly number[]): string[] {
  const ranges: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    ranges.push(j > i ? `${rows[i]}-${rows[j]}` : String(rows[i]));
    i = j + 1;
  }
  return ranges;
}

function singleLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
