export type ExportFormat = "svg" | "png" | "pdf" | "pptx";

/** The format a file name asks for, by its extension; undefined for any other. */
export function exportFormatOf(file: string): ExportFormat | undefined {
  const match = /\.(svg|png|pdf|pptx)$/i.exec(file);
  return match ? (match[1].toLowerCase() as ExportFormat) : undefined;
}
