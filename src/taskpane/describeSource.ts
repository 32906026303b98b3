import type { SheetGrid } from "../core";
import type { Translate } from "../i18n";
import type { WorkbookOrigin } from "./host/paneHost";

/** The file's name without its extension (a CSV file's one sheet is named after it). */
function stemOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/**
 * Where the pane's data comes from, as the header says it: "Sample: operations center",
 * "people.xlsx · sheet Staff", "Excel · sheet Positions · table Positions".
 */
export function describeSource(
  origin: WorkbookOrigin,
  label: string,
  grid: Pick<SheetGrid, "sheetName" | "tableName"> | undefined,
  t: Translate,
): string {
  switch (origin) {
    case "sample":
      return t("ui.source.sample");
    case "file":
      return grid && grid.sheetName !== stemOf(label)
        ? t("ui.source.fileSheet", { file: label, sheet: grid.sheetName })
        : t("ui.source.file", { file: label });
    case "excel":
      if (!grid) return t("ui.source.excelNotRead");
      return grid.tableName
        ? t("ui.source.excelTable", { sheet: grid.sheetName, table: grid.tableName })
        : t("ui.source.excel", { sheet: grid.sheetName });
  }
}

/** The name a workbook is downloaded under: its own name, as .xlsx. */
export function xlsxFileName(label: string): string {
  const stem = stemOf(label.trim()) || "Orgwright";
  return `${stem}.xlsx`;
}
