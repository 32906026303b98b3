import type { CellValue } from "../cells/cell";
import { trimmedText } from "../cells/trimmedText";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";

/** How a path's units are separated, in the order they are tried (the first that fits the column wins). */
const SEPARATORS: readonly { shown: string; split: RegExp; needsHierarchy: boolean }[] = [
  // Never part of a unit's name: a column mostly written with it is a path.
  { shown: ">", split: /\s*[>＞›»]\s*/, needsHierarchy: false },
  { shown: "\\", split: /\s*[\\＼]\s*/, needsHierarchy: false },
  // Also inside names ("R&D / QA", "Sales - EMEA"): a path only when the column shows a hierarchy.
  { shown: "/", split: /\s*[/／]\s*/, needsHierarchy: true },
  { shown: " - ", split: /\s+[-–—]\s+/, needsHierarchy: true },
];

/** Rows looked at to decide: enough to see it, few enough to cost nothing at 100,000. */
const ROWS_LOOKED_AT = 5_000;
/** Share of the non-empty cells that must be paths for the column to be read as one of paths. */
const MOST = 0.6;

/** A department cell read as a path: its department (the unit under the common root) and its team (the last). */
export interface DepartmentOfPath {
  readonly department: string;
  /** The last unit below the department; "" when the path stops at the department. */
  readonly team: string;
  /** Whether the cell was a path (two units or more). */
  readonly isPath: boolean;
}

/**
 * A Department column written as paths ("运营中心/内容运营部/编辑组", "Operations > Content > Editorial",
 * "Ops / Content"): each cell is read as its department and team. The units are split at the column's separator;
 * a first unit every path shares is the organisation's root and is dropped when some path goes deeper than two
 * units ("运营中心" above every department); the department is then the first unit left and the team the last one
 * below it: "运营中心/内容运营部/编辑组" is 内容运营部 and 编辑组, "Ops / Content" is Ops and Content. A cell of one
 * unit is that department. Cells are split once per distinct text.
 */
export class DepartmentPath {
  private readonly byText = new Map<string, DepartmentOfPath>();

  constructor(
    /** The separator as shown to users: ">", "\\", "/" or " - ". */
    readonly separator: string,
    private readonly split: RegExp,
    /** The unit every path starts with, dropped; "" when there is none. */
    readonly root: string,
  ) {}

  /** The department and team of a department cell's trimmed text. */
  of(text: string): DepartmentOfPath {
    let read = this.byText.get(text);
    if (read === undefined) {
      read = this.read(text);
      this.byText.set(text, read);
    }
    return read;
  }

  private read(text: string): DepartmentOfPath {
    const units = unitsOf(text, this.split);
    if (units.length < 2) return { department: text, team: "", isPath: false };
    const below = this.root !== "" && units[0] === this.root ? units.slice(1) : units;
    return { department: below[0], team: below.length > 1 ? below[below.length - 1] : "", isPath: true };
  }
}

function unitsOf(text: string, split: RegExp): string[] {
  return text.split(split).filter((unit) => unit !== "");
}

/**
 * Whether the Department column (`column`, rows below index `from`) is written as paths, decided once for the column:
 * most of its non-empty cells split into two units or more at one separator, and, for "/" and " - " (which also occur
 * inside names such as "R&D / QA"), the paths show a hierarchy: a path of three units or more, or two different paths
 * under one first unit. Undefined when it is not.
 */
export function departmentPathOf(
  rows: readonly (readonly CellValue[])[],
  from: number,
  column: number,
): DepartmentPath | undefined {
  if (column < 0) return undefined;
  const texts = new Map<string, number>();
  let filled = 0;
  const end = Math.min(rows.length, from + ROWS_LOOKED_AT);
  for (let r = from; r < end; r++) {
    const text = trimmedText(rows[r] ?? [], column);
    if (text === "" || text.startsWith("#")) continue;
    filled++;
    texts.set(text, (texts.get(text) ?? 0) + 1);
  }
  if (filled === 0) return undefined;
  for (const { shown, split, needsHierarchy } of SEPARATORS) {
    let paths = 0;
    let deep = false;
    /** Distinct paths by their first unit. */
    const pathsByFirst = new Map<string, number>();
    for (const [text, count] of texts) {
      const units = unitsOf(text, split);
      if (units.length < 2) continue;
      paths += count;
      if (units.length > 2) deep = true;
      pathsByFirst.set(units[0], (pathsByFirst.get(units[0]) ?? 0) + 1);
    }
    if (paths < filled * MOST) continue;
    const shared = [...pathsByFirst.values()].some((distinct) => distinct > 1);
    if (needsHierarchy && !deep && !shared) continue;
    const root = pathsByFirst.size === 1 && deep ? [...pathsByFirst.keys()][0] : "";
    return new DepartmentPath(shown, split, root);
  }
  return undefined;
}

/**
 * DEPARTMENT_PATH: the info finding saying the Department column holds paths, how one was read (the first with a
 * team, else the first), and the rows of the `count` positions read so, in sheet order.
 */
export function departmentPathFinding(
  path: DepartmentPath,
  column: string,
  count: number,
  position: { textOf(p: number): string; rowOf(p: number): number; idOf(p: number): string },
): FindingDraft | undefined {
  const rows: number[] = [];
  const ids: string[] = [];
  let example = "";
  let exampleHasTeam = false;
  for (let p = 0; p < count; p++) {
    const text = position.textOf(p);
    const read = path.of(text);
    if (!read.isPath) continue;
    rows.push(position.rowOf(p));
    ids.push(position.idOf(p));
    if (!exampleHasTeam && (example === "" || read.team !== "")) {
      example = text;
      exampleHasTeam = read.team !== "";
    }
  }
  if (rows.length === 0) return undefined;
  const { department, team } = path.of(example);
  return {
    code: "DEPARTMENT_PATH",
    severity: "info",
    rows,
    ids,
    field: "department",
    params: {
      column,
      separator: path.separator.trim(),
      example,
      department,
      team,
      count: rows.length,
      rowList: listPreview(rows),
    },
  };
}
