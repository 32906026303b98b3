import type { CellValue } from "../cells/cell";
import { isoDateFromSerial } from "../cells/parseDate";
import { isIdKey } from "../cells/foldWidth";
import { trimmedText } from "../cells/trimmedText";
import type { DepartmentPath } from "../columns/departmentPath";
import type { FieldKey } from "../columns/fields";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { FieldColumns } from "./fieldColumns";
import { holderNameReader } from "./holderName";
import type { PositionStatus } from "./position";
import type { PositionFields } from "./positionFields";
import { STATUS_CODE } from "./positionColumns";
import { isUndisclosedName, isVacantName } from "./positionStatus";

// Module-local bindings for reads of every position (tsx turns an imported binding into a getter call).
const trimmed = trimmedText;
const idKeyForm = isIdKey;
const vacantName = isVacantName;
const undisclosedName = isUndisclosedName;

/**
 * A date as read: an Excel serial number (turned into an ISO date when asked for), an ISO date
 * already parsed from text, or null.
 */
export type StoredDate = number | string | null;

export function isoOfStoredDate(date: StoredDate): string | null {
  if (date === null) return null;
  return typeof date === "number" ? (isoDateFromSerial(date) ?? null) : date;
}

/** The FTE, salary and status of every position, one typed array each (NaN for null), shared with PositionColumns. */
export interface PositionValues {
  readonly status: Uint8Array;
  readonly fte: Float64Array;
  readonly baseSalary: Float64Array;
}

/** The sum of the known values (without floating-point dust); null when neither is known. */
function sumOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.round((a + b) * 1e6) / 1e6;
}

/**
 * What the parser keeps of each position, in one array per field (index = position index), for the positions of
 * one parse (PositionRecord reads them). At 100,000 positions, objects with a dozen fields each were most of what
 * the young-generation garbage collector had to copy; arrays of 100,000 entries are allocated once, in the large
 * object space, and never copied.
 */
export class PositionStore implements PositionFields {
  /** Position IDs; entries from {@link size} on are unused (the arrays are made at their full size once). */
  readonly ids: string[];
  /** Reports To as read ("" for a top position). */
  readonly reportsTo: string[];
  /** Sheet row of each position (1-based). */
  readonly row: Int32Array;
  /** Start and end dates; undefined until a position has one (most sheets have no end dates). */
  private start: StoredDate[] | undefined;
  private end: StoredDate[] | undefined;
  private count = 0;
  /**
   * How many IDs are written in their key's form (see isIdKey), counted as each is added while its text is in the
   * cache: ID_VARIANTS has nothing to look for unless some are and some are not (a pass over 100,000 ID strings saved).
   */
  idsInKeyForm = 0;
  /** Fields of a position's row whose cells hold a formula error (they read as blank); few positions have any. */
  readonly unreadable = new Map<number, ReadonlySet<FieldKey>>();
  /** The holders of each shared post (see {@link addHolder}). */
  readonly holders = new Map<number, string[]>();
  /**
   * The Title, Grade, Name and Capabilities cells of every position (undefined without the column), copied while the
   * parser has the row in hand: the checks and coverage read these fields of every position, and at 100,000 rows
   * each such read went to the row first (a cache miss per position and pass). They are trimmed when read (trimming
   * 400,000 cells up front cost the parse about 5 % at 100,000 rows, more than the reads saved). The name cell is the
   * holder's name joined with the Family Name when the sheet has one.
   */
  private readonly titles: CellValue[] | undefined;
  private readonly grades: CellValue[] | undefined;
  /** Whether the sheet has a Name (or Family Name) column. */
  readonly hasNames: boolean;
  private readonly names: CellValue[] | undefined;
  /** The holder's name joined from Name and Family Name (see holderName); undefined without a Family Name column. */
  private readonly joinedName: ((cells: readonly CellValue[]) => string) | undefined;
  private readonly capabilities: CellValue[] | undefined;
  private readonly rows: readonly (readonly CellValue[])[];
  private readonly firstRow: number;

  /** A Department column written as paths: positions read their department and team from it (see DepartmentPath). */
  departmentPath: DepartmentPath | undefined;

  /** `capacity`: at least the number of positions that will be added. */
  constructor(
    grid: SheetGrid,
    readonly columns: FieldColumns,
    readonly values: PositionValues,
    capacity: number,
  ) {
    this.rows = grid.rows;
    this.firstRow = grid.firstRow;
    this.row = new Int32Array(capacity);
    this.ids = new Array<string>(capacity);
    this.reportsTo = new Array<string>(capacity);
    const textsOf = (c: number) => (c < 0 ? undefined : new Array<CellValue>(capacity));
    this.titles = textsOf(columns.title);
    this.grades = textsOf(columns.grade);
    this.hasNames = columns.name >= 0 || columns.familyName >= 0;
    this.names = textsOf(this.hasNames ? 0 : -1);
    // A family name column: the store keeps each holder's joined name; else the Name cell as it is.
    if (columns.familyName >= 0) this.joinedName = holderNameReader(columns);
    this.capabilities = textsOf(columns.capabilities);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the next position; returns its index. */
  add(
    cells: readonly CellValue[],
    id: string,
    row: number,
    reportsTo: string,
    start: StoredDate,
    end: StoredDate,
    unreadable: ReadonlySet<FieldKey> | undefined,
  ): number {
    const p = this.count++;
    const { columns } = this;
    if (this.titles !== undefined) this.titles[p] = cells[columns.title];
    if (this.grades !== undefined) this.grades[p] = cells[columns.grade];
    if (this.names !== undefined)
      this.names[p] = this.joinedName === undefined ? cells[columns.name] : this.joinedName(cells);
    if (this.capabilities !== undefined) this.capabilities[p] = cells[columns.capabilities];
    this.ids[p] = id;
    if (idKeyForm(id)) this.idsInKeyForm++;
    this.reportsTo[p] = reportsTo;
    this.row[p] = row;
    if (start !== null) (this.start ??= this.dates())[p] = start;
    if (end !== null) (this.end ??= this.dates())[p] = end;
    if (unreadable !== undefined) this.unreadable.set(p, unreadable);
    return p;
  }

  startOf(p: number): StoredDate {
    return this.start === undefined ? null : this.start[p];
  }

  endOf(p: number): StoredDate {
    return this.end === undefined ? null : this.end[p];
  }

  private dates(): StoredDate[] {
    return new Array<StoredDate>(this.ids.length).fill(null);
  }

  /** Whether position `p`'s cell of `field` holds a formula error (it then reads as blank). */
  isUnreadable(p: number, field: FieldKey): boolean {
    return this.unreadable.size > 0 && this.unreadable.get(p)?.has(field) === true;
  }

  /** The trimmed text of position `p`'s cell in column `c` ("" without the column or with a formula error). */
  text(p: number, c: number, field: FieldKey): string {
    if (c < 0 || this.isUnreadable(p, field)) return "";
    return trimmed(this.cellsOf(p), c);
  }

  /** The trimmed text of position `p`'s copy of a cell (`cells`: undefined without the column; "" for an error). */
  private copiedText(cells: readonly CellValue[] | undefined, p: number, field: FieldKey): string {
    if (cells === undefined || this.isUnreadable(p, field)) return "";
    return trimmed(cells, p);
  }

  title(p: number): string {
    return this.copiedText(this.titles, p, "title");
  }

  grade(p: number): string {
    return this.copiedText(this.grades, p, "grade");
  }

  /** The Name cell as written (trimmed), a vacant or undisclosed word included. */
  nameCell(p: number): string {
    return this.copiedText(this.names, p, "name");
  }

  /** The holder's name; "" when vacant or not disclosed (as `Position.name` reads). */
  name(p: number): string {
    const raw = this.nameCell(p);
    return raw === "" || vacantName(raw) || undisclosedName(raw) ? "" : raw;
  }

  /** The Capabilities cell's trimmed text (the list as written). */
  capabilitiesText(p: number): string {
    return this.copiedText(this.capabilities, p, "capabilities");
  }

  /** The cells of position `p`'s row. */
  cellsOf(p: number): readonly CellValue[] {
    return this.rows[this.row[p] - this.firstRow];
  }

  fteOf(p: number): number | null {
    const fte = this.values.fte[p];
    return fte === fte ? fte : null;
  }

  baseSalaryOf(p: number): number | null {
    const salary = this.values.baseSalary[p];
    return salary === salary ? salary : null;
  }

  /**
   * Another row holds post `p` too (same ID, title and manager): its holder joins the list, its FTE and pay are
   * added to the post's, and the post is filled when either row is. `holder`: the row's holder as `name` reads
   * it ("" when not disclosed), undefined when the row is vacant (its FTE still counts: half a job share open).
   * `firstHolder`: the post's own holder as `name` reads it, for the first joining row.
   */
  addHolder(
    p: number,
    firstHolder: () => string,
    holder: string | undefined,
    fte: number | null,
    baseSalary: number | null,
    status: PositionStatus,
  ): void {
    const { values } = this;
    let holders = this.holders.get(p);
    if (holders === undefined) {
      holders = values.status[p] === STATUS_CODE.filled ? [firstHolder()] : [];
      this.holders.set(p, holders);
    }
    if (holder !== undefined) holders.push(holder);
    values.fte[p] = sumOrNull(this.fteOf(p), fte) ?? NaN;
    values.baseSalary[p] = sumOrNull(this.baseSalaryOf(p), baseSalary) ?? NaN;
    if (status === "filled") values.status[p] = STATUS_CODE.filled;
  }
}
