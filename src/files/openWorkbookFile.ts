import type { SourceProblem } from "../core/sheet/workbookSource";
import { sanitizeSheetName } from "./chooseSheetName";
import { decodeText } from "./decodeText";
import { detectFileKind, fileBaseName, fileStem, isCompoundFile } from "./fileKind";
import { FileWorkbookSource } from "./fileWorkbookSource";
import { loadExcelJs } from "./loadExcelJs";
import { readCsv } from "./readCsv";
import { readCsvBytes } from "./readCsvBytes";

export type OpenWorkbookFileResult = { ok: true; source: FileWorkbookSource } | { ok: false; problem: SourceProblem };

/**
 * Opens a file's bytes as a workbook: .xlsx/.xlsm through exceljs (loaded on demand), .csv/.txt
 * as RFC 4180 text (src/files/readCsvBytes.ts, else papaparse) in whatever encoding the spreadsheet saved it. Never throws: an unsupported or
 * unreadable file comes back as a {@link SourceProblem} naming the file.
 */
export async function openWorkbookFile(bytes: Uint8Array, fileName: string): Promise<OpenWorkbookFileResult> {
  const label = fileBaseName(fileName);
  try {
    switch (detectFileKind(bytes, fileName)) {
      case "csv": {
        const sheetName = sanitizeSheetName(fileStem(label));
        // UTF-8 is read from the bytes; other encodings (and quotes papaparse reads its own way) as text.
        const grid = readCsvBytes(bytes, sheetName) ?? readCsv(decodeText(bytes), sheetName);
        return { ok: true, source: FileWorkbookSource.fromGrid(label, grid) };
      }
      case "xlsx":
        return await openXlsx(bytes, label);
      default:
        return { ok: false, problem: { code: "UNSUPPORTED_FILE_TYPE", subject: label } };
    }
  } catch (error) {
    return { ok: false, problem: { code: "FILE_UNREADABLE", subject: label, detail: messageOf(error) } };
  }
}

async function openXlsx(bytes: Uint8Array, label: string): Promise<OpenWorkbookFileResult> {
  if (isCompoundFile(bytes)) {
    const detail = "the file is password-protected or in the old binary .xls format";
    return { ok: false, problem: { code: "FILE_UNREADABLE", subject: label, detail } };
  }
  const excelJs = await loadExcelJs();
  const workbook = new excelJs.Workbook();
  // Both the Node build and the browser build of exceljs take an ArrayBuffer.
  await workbook.xlsx.load(bytes.slice().buffer as never);
  return { ok: true, source: FileWorkbookSource.fromExcelWorkbook(label, workbook) };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
