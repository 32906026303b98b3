import type { BuildOrgModelOptions, OrgAnalysis } from "./analysis";
import { isBlankRow } from "./cells/cell";
import { detectColumns } from "./columns/detectColumns";
import { FIELDS } from "./columns/fields";
import type { FindingDraft } from "./findings/finding";
import { sortFindings } from "./findings/sortFindings";
import { linkHierarchy } from "./model/linkHierarchy";
import { emptyOrgModel } from "./model/emptyOrgModel";
import { parsePositions } from "./model/parsePositions";
import type { SheetGrid } from "./sheet/sheetGrid";

/**
 * Rows → org model + findings. Never throws on data: every problem is a finding, and every data row
 * ends up either as a position in the model or named in a finding
 * (`accounting.rowsRead === accounting.positions + accounting.rowsOnlyInFindings`).
 */
export function buildOrgModel(grid: SheetGrid, options: BuildOrgModelOptions = {}): OrgAnalysis {
  const detected = detectColumns(grid, options.mapping);
  const { headerIndex, ...columns } = detected;

  if (columns.missing.length > 0) {
    const dataRows: number[] = [];
    let blankRowsSkipped = 0;
    for (let r = headerIndex + 1; r < grid.rows.length; r++) {
      if (isBlankRow(grid.rows[r])) blankRowsSkipped++;
      else dataRows.push(grid.firstRow + r);
    }
    const drafts: FindingDraft[] = columns.missing.map((field) => ({
      code: "MISSING_COLUMN",
      severity: "error",
      rows: dataRows,
      ids: [],
      field,
      params: {
        fieldKey: field,
        field,
        aliases: FIELDS[field].aliases
          .slice(0, 3)
          .map((a) => `“${a}”`)
          .join(", "),
      },
    }));
    return {
      model: emptyOrgModel(),
      findings: drafts,
      columns,
      accounting: { rowsRead: dataRows.length, positions: 0, rowsOnlyInFindings: dataRows.length, blankRowsSkipped },
    };
  }

  const parsed = parsePositions(grid, detected);
  const { model, findings: linkFindings } = linkHierarchy(parsed);
  const drafts = sortFindings(parsed.findings.concat(linkFindings));
  return {
    model,
    findings: drafts,
    columns,
    accounting: {
      rowsRead: parsed.rowsRead,
      positions: parsed.store.size,
      rowsOnlyInFindings: parsed.rowsLeftOut,
      blankRowsSkipped: parsed.blankRowsSkipped,
    },
  };
}
