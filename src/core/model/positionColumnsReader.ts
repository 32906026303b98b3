import type { CellValue } from "../cells/cell";
import { trimmedText } from "../cells/trimmedText";
import type { FieldKey } from "../columns/fields";
import type { FieldColumns } from "./fieldColumns";
import { holderNameReader } from "./holderName";
import type { PositionStatus } from "./position";
import { STATUS_CODE, STATUS_OF_CODE, TextCodes, type PositionColumns } from "./positionColumns";
import { isClosedName, isVacantName, statedStatus } from "./positionStatus";
import type { PositionValues } from "./positionStore";

// Module-local bindings for the per-row reads (tsx turns every read of an imported binding into a getter call).
const trimmed = trimmedText;
const vacantName = isVacantName;
const closedName = isClosedName;
const FILLED = STATUS_CODE.filled;
const VACANT = STATUS_CODE.vacant;
const PLANNED = STATUS_CODE.planned;
const CLOSED = STATUS_CODE.closed;

/** In the stated-status cache: the cell is blank (or holds a formula error). */
const NOT_STATED = 255;
/** In the stated-status cache: the cell holds a word that names no status ("Seconded?", "TBC"). */
const UNKNOWN_WORD = 254;
/** Status cells remembered by their text; a free-text Status column stops being cached past this. */
const MAX_CACHED_STATUS_CELLS = 10_000;

/**
 * Fills {@link PositionColumns} row by row while the parser has each row in hand, with the same reading as
 * PositionRecord's fields (trimmed, blank when the cell holds a formula error). Status, department and currency
 * cells repeat a few texts, so each is looked up by the cell's own string: one map lookup a row, no text copied;
 * the Name cell is read only when the status depends on it.
 */
export class PositionColumnsReader {
  /** Status, FTE and salary by position: the arrays PositionStore reads and updates (shared posts). */
  readonly values: PositionValues;
  private readonly status: Uint8Array;
  private readonly fte: Float64Array;
  private readonly baseSalary: Float64Array;
  private readonly department: Int32Array;
  private readonly currency: Int32Array;
  /** Posts of each headcount line; only with a count column. */
  private readonly posts: Float64Array | undefined;
  private readonly departments = new TextCodes();
  private readonly currencies = new TextCodes();
  private readonly departmentByCell = new Map<string, number>();
  private readonly currencyByCell = new Map<string, number>();
  private readonly statedByCell = new Map<string, number>();
  /** Status words that name no status, each with the positions whose Status cell holds it (see unknownStatuses). */
  private readonly unknownWords = new Map<string, number[]>();
  /** Department cells written as paths ("Ops > Content > Editorial"): coded by their department (see DepartmentPath). */
  departmentOfText: ((text: string) => string) | undefined;
  /** The holder's name of a row (Name, with Family Name when the sheet has it); undefined: no such column. */
  private readonly holderName: ((cells: readonly CellValue[]) => string) | undefined;

  /** `capacity`: at least the number of positions that will be read. */
  constructor(
    private readonly columns: FieldColumns,
    capacity: number,
  ) {
    this.holderName = holderNameReader(columns);
    this.status = new Uint8Array(capacity);
    this.fte = new Float64Array(capacity);
    this.baseSalary = new Float64Array(capacity);
    this.department = new Int32Array(capacity);
    this.currency = new Int32Array(capacity);
    if (columns.posts >= 0) this.posts = new Float64Array(capacity);
    this.values = { status: this.status, fte: this.fte, baseSalary: this.baseSalary };
    if (columns.department < 0) this.departments.codeOf("");
    if (columns.currency < 0) this.currencies.codeOf("");
  }

  /** Reads position `p`'s row (its FTE and salary already parsed): its status, department and currency. */
  read(
    p: number,
    cells: readonly CellValue[],
    unreadable: ReadonlySet<FieldKey> | undefined,
    fte: number | null,
    baseSalary: number | null,
    posts = NaN,
  ): void {
    const { columns } = this;
    this.fte[p] = fte ?? NaN;
    this.baseSalary[p] = baseSalary ?? NaN;
    if (this.posts !== undefined) this.posts[p] = posts;
    // Without the column every position reads "", code 0 (registered up front): nothing to look up.
    const cDepartment = columns.department;
    if (cDepartment >= 0)
      this.department[p] = unreadable?.has("department")
        ? this.departments.codeOf("")
        : codeOfCell(cells, cDepartment, this.departments, this.departmentByCell, false, this.departmentOfText);
    const cCurrency = columns.currency;
    if (cCurrency >= 0)
      this.currency[p] = unreadable?.has("currency")
        ? this.currencies.codeOf("")
        : codeOfCell(cells, cCurrency, this.currencies, this.currencyByCell, true);
    const stated = this.statedCodeOf(cells, unreadable);
    if (stated === UNKNOWN_WORD) this.noteUnknownWord(p, trimmed(cells, columns.status));
    this.status[p] = this.statusCodeOf(stated, cells, unreadable);
  }

  private noteUnknownWord(p: number, word: string): void {
    const positions = this.unknownWords.get(word);
    if (positions === undefined) this.unknownWords.set(word, [p]);
    else positions.push(p);
  }

  /** The Status cells' words that name no status (read by the Name instead), each with its positions in sheet order. */
  unknownStatuses(): ReadonlyMap<string, readonly number[]> {
    return this.unknownWords;
  }

  /** The status a row gives (as {@link read} works it out), for a row that joins an earlier position. */
  statusOf(cells: readonly CellValue[], unreadable: ReadonlySet<FieldKey> | undefined): PositionStatus {
    return STATUS_OF_CODE[this.statusCodeOf(this.statedCodeOf(cells, unreadable), cells, unreadable)];
  }

  /** The columns of the first `count` positions read. */
  finish(count: number, postsInFte = false): PositionColumns {
    const blank: readonly string[] = [];
    return {
      ...(this.posts !== undefined ? { posts: this.posts.subarray(0, count), postsInFte } : {}),
      status: this.status.subarray(0, count),
      fte: this.fte.subarray(0, count),
      baseSalary: this.baseSalary.subarray(0, count),
      department: this.department.subarray(0, count),
      departments: count === 0 ? blank : this.departments.texts,
      currency: this.currency.subarray(0, count),
      currencies: count === 0 ? blank : this.currencies.texts,
      mayHaveAssistants: this.columns.assistant >= 0,
      ...(this.columns.status < 0 && this.holderName === undefined ? { holdersUnknown: true } : {}),
    };
  }

  /**
   * What the Status cell states: a {@link STATUS_CODE}, {@link NOT_STATED} (blank, no column, a formula error) or
   * {@link UNKNOWN_WORD}; looked up by the cell's string.
   */
  private statedCodeOf(cells: readonly CellValue[], unreadable: ReadonlySet<FieldKey> | undefined): number {
    const { status: cStatus } = this.columns;
    if (cStatus < 0 || unreadable?.has("status")) return NOT_STATED;
    const value = cells[cStatus];
    const cached = typeof value === "string" ? this.statedByCell.get(value) : undefined;
    if (cached !== undefined) return cached;
    const text = trimmed(cells, cStatus);
    const found = statedStatus(text);
    const stated = found !== undefined ? STATUS_CODE[found] : text === "" ? NOT_STATED : UNKNOWN_WORD;
    if (typeof value === "string" && this.statedByCell.size < MAX_CACHED_STATUS_CELLS)
      this.statedByCell.set(value, stated);
    return stated;
  }

  /** The {@link STATUS_CODE} of `resolvePositionStatus(status text, holder)`, from what the Status cell states. */
  private statusCodeOf(
    stated: number,
    cells: readonly CellValue[],
    unreadable: ReadonlySet<FieldKey> | undefined,
  ): number {
    // No Name and no Status column (a position-based plan): who holds a post is unknown, not nobody; read as held.
    if (this.columns.status < 0 && this.holderName === undefined) return FILLED;
    if (stated === PLANNED || stated === CLOSED || stated === VACANT) return stated;
    // Stated filled, or not stated: whoever holds it decides (see resolvePositionStatus).
    const { holderName } = this;
    const name = holderName === undefined || unreadable?.has("name") ? "" : holderName(cells);
    return vacantName(name) ? VACANT : closedName(name) ? CLOSED : FILLED;
  }
}

/**
 * The code of the text in column `c` (trimmed; upper case for `upper`; made what `readText` reads, when given),
 * found by the cell's string when it is one.
 */
function codeOfCell(
  cells: readonly CellValue[],
  c: number,
  codes: TextCodes,
  byCell: Map<string, number>,
  upper: boolean,
  readText?: (text: string) => string,
): number {
  const value = cells[c];
  if (typeof value !== "string") return codes.codeOf(textOfCell(cells, c, upper, readText));
  let code = byCell.get(value);
  if (code === undefined) {
    code = codes.codeOf(textOfCell(cells, c, upper, readText));
    byCell.set(value, code);
  }
  return code;
}

function textOfCell(
  cells: readonly CellValue[],
  c: number,
  upper: boolean,
  readText: ((text: string) => string) | undefined,
): string {
  const text = trimmed(cells, c);
  return readText !== undefined ? readText(text) : upper ? text.toUpperCase() : text;
}
