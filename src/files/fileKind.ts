/** How a file is read: as an Office Open XML workbook, as delimited text, or not at all. */
export type FileKind = "xlsx" | "csv" | "unsupported";

const WORKBOOK_EXTENSIONS = new Set(["xlsx", "xlsm"]);
const TEXT_EXTENSIONS = new Set(["csv", "txt", "tsv"]);

/** The file's name without folders ("C:\\data\\岗位表.csv" → "岗位表.csv"). */
export function fileBaseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

/** The file's extension, lower case, without the dot; "" when it has none. */
export function fileExtension(fileName: string): string {
  const base = fileBaseName(fileName);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The file's name without folders and extension: a CSV file's one sheet is named after it. */
export function fileStem(fileName: string): string {
  const base = fileBaseName(fileName);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** True when the bytes start like a zip archive (every .xlsx is one). */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True when the bytes start like an OLE2 compound file: an old .xls, or a password-protected .xlsx. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return signature.every((byte, i) => bytes[i] === byte);
}

/**
 * How to read a file, by extension and content: .xlsx/.xlsm as workbooks; .csv/.txt/.tsv as text,
 * unless the bytes are a zip (a workbook saved under the wrong name, which an .xls name may also be).
 * Old binary .xls and everything else is unsupported.
 */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  const extension = fileExtension(fileName);
  if (WORKBOOK_EXTENSIONS.has(extension)) return "xlsx";
  if (TEXT_EXTENSIONS.has(extension)) return isZipArchive(bytes) ? "xlsx" : "csv";
  if (extension === "xls" && isZipArchive(bytes)) return "xlsx";
  return "unsupported";
}
