/**
 * What each Excel error value means, shown after the error in findings: Excel keeps the error
 * codes in English in every language ("#N/A" in Chinese Excel too), so the pane explains them.
 */
export const cellsEn = {
  "cellError.NULL": "the ranges do not intersect",
  "cellError.DIV0": "division by zero",
  "cellError.VALUE": "a value of the wrong type",
  "cellError.REF": "a reference to cells that no longer exist",
  "cellError.NAME": "a name the formula does not know",
  "cellError.NUM": "an invalid number",
  "cellError.NA": "value not available",
  "cellError.GETTING_DATA": "still getting data",
  "cellError.SPILL": "the result cannot spill",
  "cellError.CALC": "the calculation failed",
  "cellError.FIELD": "no such field",
  "cellError.BLOCKED": "blocked",
  "cellError.CONNECT": "the connection failed",
  "cellError.BUSY": "still calculating",
  "cellError.UNKNOWN": "an unknown data type",
  "cellError.PYTHON": "a Python error",
  "cellError.described": "{error} – {meaning}",
} as const;

export type CellMessages = Record<keyof typeof cellsEn, string>;
