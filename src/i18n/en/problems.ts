/** Why a workbook or file could not be read at all. */
export const problemsEn = {
  "problem.FILE_UNREADABLE": "“{subject}” could not be read as a workbook: {detail}",
  "problem.UNSUPPORTED_FILE_TYPE": "“{subject}” is not an .xlsx or .csv file.",
  "problem.SHEET_NOT_FOUND": "There is no sheet named “{subject}”.",
  "problem.NO_SHEETS": "“{subject}” has no sheets.",
  "problem.EXCEL_API_ERROR": "Excel could not be read: {detail}",
  "problem.EXCEL_BUSY": "Excel is busy (a cell is being edited); the data will be read again in a moment.",
} as const;

export type ProblemMessages = Record<keyof typeof problemsEn, string>;
