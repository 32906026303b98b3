import type * as ExcelJS from "exceljs";

/** The exceljs module: the Node build, or (in the browser bundle) `exceljs/dist/exceljs.min.js`. */
export type ExcelJsModule = typeof ExcelJS;

let loading: Promise<ExcelJsModule> | undefined;

/**
 * Loads exceljs on first use, so the browser fetches it only when a workbook is opened or saved.
 * The module arrives as a namespace (ESM interop) or as the bare CommonJS exports; both are accepted.
 */
export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import("exceljs").then(
    (loaded) => {
      const candidate = loaded as unknown as { Workbook?: unknown; default?: ExcelJsModule };
      return typeof candidate.Workbook === "function" ? (loaded as unknown as ExcelJsModule) : candidate.default!;
    },
    (error: unknown) => {
      loading = undefined; // a failed download (offline) may succeed next time
      throw error;
    },
  );
  return loading;
}
