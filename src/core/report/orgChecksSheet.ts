import { translatorFor, type Lang, type MessageKey, type Translate } from "../../i18n";
import type { WorkbookAnalysis } from "../analyzeWorkbook";
import type { Finding, Severity } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import { findingMessage } from "../findings/localizeFinding";
import type { ConditionalFormatSpec, SheetSection, SheetSpec, SpecCell } from "../sheet/sheetSpec";
import { hyperlinkToRows, rowRuns } from "./excelLink";
import type { ReportSource } from "./reportSource";
import {
  ERROR_STYLE,
  INFO_STYLE,
  INTEGER_FORMAT,
  ONE_DECIMAL_FORMAT,
  PERCENT_FORMAT,
  REPORT_TABLE_STYLE,
  ROW_FORMAT,
  SUMMARY_TABLE_STYLE,
  WARNING_STYLE,
} from "./reportStyles";

/** Table names of the Org checks sheet (Excel makes them unique in the workbook: "…_2"). */
export const ORG_CHECKS_TABLES = {
  findings: "OrgChecksFindings",
  spanBands: "OrgChecksSpanBands",
  spanStats: "OrgChecksSpanStats",
  layers: "OrgChecksLayers",
} as const;

/** IDs a findings line shows before "… (+n)" (the finding keeps them all). */
const IDS_SHOWN = 20;

/** Severity → its column's offset in the findings table (the conditional formats refer to it). */
const SEVERITY_COLUMN = 1;

/**
 * The Org checks sheet: the reconciliation line, the findings with a link to their rows, the managers
 * by span band, the span statistics and the layer pyramid.
 *
 * Findings: one line per run of consecutive rows of a finding (most findings have one row, so one
 * line); the Row cell links to the run (`HYPERLINK("#'Positions'!A57",57)`, or `A3:A5` for a run),
 * "To row" gives the run's last row. Every row of every finding is thus one click away, a finding
 * without rows still gets its line, and the "#" column numbers the findings.
 */
export function orgChecksSheet(analysis: WorkbookAnalysis, lang: Lang, source: ReportSource): SheetSpec {
  const t = translatorFor(lang);
  const findings = findingsSection(analysis, lang, t, source);
  return {
    name: t("report.orgChecks.sheet"),
    notes: orgChecksNotes(analysis, t, source.positionsSheet),
    ...findings,
    sections: [spanBandsSection(analysis, t), spanStatsSection(analysis, t), layersSection(analysis, t)],
    freezeHeader: true,
  };
}

function orgChecksNotes(analysis: WorkbookAnalysis, t: Translate, positionsSheet: string): string[] {
  const { rowsRead, positions, rowsOnlyInFindings, blankRowsSkipped } = analysis.accounting;
  const counts = { rowsRead, positions, rowsOnlyInFindings, blank: blankRowsSkipped };
  const notes = [
    t(blankRowsSkipped > 0 ? "report.orgChecks.reconciliationBlank" : "report.orgChecks.reconciliation", counts),
  ];
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of analysis.findings) bySeverity[finding.severity]++;
  notes.push(
    analysis.findings.length === 0
      ? t("report.orgChecks.noFindings", { sheet: positionsSheet })
      : t("report.orgChecks.findingsCount", {
          count: analysis.findings.length,
          errors: bySeverity.error,
          warnings: bySeverity.warning,
          info: bySeverity.info,
          sheet: positionsSheet,
        }),
  );
  const { defaultSpan, maxLayers } = analysis.rules;
  notes.push(
    defaultSpan.max === null
      ? t("report.orgChecks.rulesOpen", { min: defaultSpan.min, maxLayers })
      : t("report.orgChecks.rules", { min: defaultSpan.min, max: defaultSpan.max, maxLayers }),
  );
  return notes;
}

function findingsSection(analysis: WorkbookAnalysis, lang: Lang, t: Translate, source: ReportSource): SheetSection {
  const rows: SpecCell[][] = [];
  analysis.findings.forEach((finding, i) => {
    const sheet = finding.sheet ?? source.positionsSheet;
    const column = linkColumn(analysis, finding, source);
    const ids = finding.ids.length > 0 ? listPreview(finding.ids, IDS_SHOWN) : null;
    const message = findingMessage(finding, lang);
    const line = (row: SpecCell, toRow: SpecCell): SpecCell[] => [
      i + 1,
      t(`severity.${finding.severity}`),
      finding.code,
      message,
      ids,
      sheet,
      row,
      toRow,
    ];
    const runs = rowRuns(finding.rows);
    if (runs.length === 0) rows.push(line(null, null));
    for (const [first, last] of runs) {
      const link = { formula: hyperlinkToRows(sheet, column, first, last, first), value: first };
      rows.push(line(link, last > first ? last : null));
    }
  });
  const severityFormats: ConditionalFormatSpec[] = [
    { column: SEVERITY_COLUMN, kind: "textEquals", text: t("severity.error"), style: ERROR_STYLE },
    { column: SEVERITY_COLUMN, kind: "textEquals", text: t("severity.warning"), style: WARNING_STYLE },
    { column: SEVERITY_COLUMN, kind: "textEquals", text: t("severity.info"), style: INFO_STYLE },
  ];
  return {
    title: t("report.findings.title"),
    table: { name: ORG_CHECKS_TABLES.findings, style: REPORT_TABLE_STYLE },
    columns: [
      { header: t("report.findings.number"), width: 6, numberFormat: ROW_FORMAT },
      { header: t("report.findings.severity"), width: 10 },
      { header: t("report.findings.rule"), width: 26 },
      { header: t("report.findings.message"), width: 90 },
      { header: t("report.findings.positions"), width: 22 },
      { header: t("report.findings.sheet"), width: 14 },
      { header: t("report.findings.row"), width: 8, numberFormat: ROW_FORMAT },
      { header: t("report.findings.toRow"), width: 8, numberFormat: ROW_FORMAT },
    ],
    rows,
    conditionalFormats: severityFormats,
  };
}

/**
 * The sheet column a finding's link selects: on the positions sheet, the cell of the finding's column
 * when it has one (an invalid number, say), else the Position ID's; on another sheet, column A.
 */
function linkColumn(analysis: WorkbookAnalysis, finding: Finding, source: ReportSource): number {
  if (finding.sheet !== undefined && finding.sheet !== source.positionsSheet) return 1;
  const { columnOf } = analysis.columns;
  const offset = (finding.field !== undefined ? columnOf[finding.field] : undefined) ?? columnOf.id ?? 0;
  return (source.firstColumn ?? 1) + offset;
}

function spanBandsSection(analysis: WorkbookAnalysis, t: Translate): SheetSection {
  const { managers, bands } = analysis.checks.spans;
  return {
    title: t("report.spanBands.title"),
    table: { name: ORG_CHECKS_TABLES.spanBands, style: SUMMARY_TABLE_STYLE },
    columns: [
      { header: t("report.spanBands.band"), width: 10 },
      { header: t("report.spanBands.managers"), numberFormat: INTEGER_FORMAT },
      { header: t("report.spanBands.share"), numberFormat: PERCENT_FORMAT },
    ],
    rows: bands.map((band) => [band.band, band.managers, managers > 0 ? band.managers / managers : null]),
  };
}

function spanStatsSection(analysis: WorkbookAnalysis, t: Translate): SheetSection {
  const { managers, median, mean, widest } = analysis.checks.spans;
  const header = (key: MessageKey) => ({ header: t(key), width: 14 });
  return {
    title: t("report.spanStats.title"),
    table: { name: ORG_CHECKS_TABLES.spanStats, style: SUMMARY_TABLE_STYLE },
    columns: [
      { ...header("report.spanStats.managers"), numberFormat: INTEGER_FORMAT },
      { ...header("report.spanStats.median"), numberFormat: ONE_DECIMAL_FORMAT },
      { ...header("report.spanStats.mean"), numberFormat: ONE_DECIMAL_FORMAT },
      { ...header("report.spanStats.widest"), numberFormat: INTEGER_FORMAT },
    ],
    rows: [[managers, median, mean, managers > 0 ? widest : null]],
  };
}

function layersSection(analysis: WorkbookAnalysis, t: Translate): SheetSection {
  return {
    title: t("report.layers.title"),
    table: { name: ORG_CHECKS_TABLES.layers, style: SUMMARY_TABLE_STYLE },
    columns: [
      { header: t("report.layers.layer"), numberFormat: ROW_FORMAT },
      { header: t("report.layers.positions"), numberFormat: INTEGER_FORMAT },
      { header: t("report.layers.fte"), numberFormat: ONE_DECIMAL_FORMAT },
      { header: t("report.layers.managers"), numberFormat: INTEGER_FORMAT },
      { header: t("report.layers.averageSpan"), numberFormat: ONE_DECIMAL_FORMAT },
    ],
    rows: analysis.checks.layers.layers.map((layer) => [
      layer.layer,
      layer.positions,
      layer.fte,
      layer.managers,
      layer.averageSpan,
    ]),
  };
}
