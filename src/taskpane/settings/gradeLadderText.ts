/** Grades separated on one rung of a ladder's text: commas (ASCII or full width) and the enumeration comma 、. */
const EQUAL_GRADES = /[,，、]/;

/**
 * A grade ladder as the Settings panel edits it: one rung per line, lowest first; equal grades on one
 * line separated by commas or 、. Blank lines and blank grades are dropped.
 */
export function parseGradeLadderText(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(EQUAL_GRADES)
        .map((grade) => grade.trim())
        .filter((grade) => grade !== ""),
    )
    .filter((rung) => rung.length > 0);
}

/** A ladder's rungs as text lines (the inverse of {@link parseGradeLadderText}). */
export function formatGradeLadderText(rungs: readonly (readonly string[])[]): string {
  return rungs.map((rung) => rung.join(", ")).join("\n");
}
