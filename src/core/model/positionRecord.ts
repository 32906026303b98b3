import type { CellValue } from "../cells/cell";
import { isoDateFromSerial } from "../cells/parseDate";
import { parseFlag } from "../cells/parseFlag";
import { trimmedText } from "../cells/trimmedText";
import type { FieldKey } from "../columns/fields";
import type { FieldColumns } from "./fieldColumns";
import { plainPosition, type Position, type PositionStatus } from "./position";
import { isUndisclosedName, isVacantName } from "./positionStatus";
import { splitList } from "./splitList";

/**
 * A date as read: an Excel serial number (turned into an ISO date when asked for), an ISO date
 * already parsed from text, or null.
 */
export type StoredDate = number | string | null;

export function isoOfStoredDate(date: StoredDate): string | null {
  if (date === null) return null;
  return typeof date === "number" ? (isoDateFromSerial(date) ?? null) : date;
}

const NO_ITEMS: readonly string[] = Object.freeze([]);

/** The sum of the known values (without floating-point dust); null when neither is known. */
function sumOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.round((a + b) * 1e6) / 1e6;
}

/**
 * A position backed by its row's cells. Parsing validates every cell once (findings) but keeps only
 * what every caller needs (ID, manager, numbers, dates, status); text fields are read from the cells when
 * asked for. That keeps 100,000 positions cheap to build: no strings copied, no lists split up front.
 */
export class PositionRecord implements Position {
  /** The holders of a shared post (see {@link addHolder}); undefined while one row holds it. */
  holders: string[] | undefined = undefined;

  constructor(
    readonly id: string,
    readonly row: number,
    readonly reportsTo: string,
    /** The post's FTE: its row's, plus every other holder's for a shared post. */
    public fte: number | null,
    public baseSalary: number | null,
    /** Worked out by the parser from the Status and Name cells (see resolvePositionStatus). */
    public status: PositionStatus,
    private readonly start: StoredDate,
    private readonly end: StoredDate,
    private readonly cells: readonly CellValue[],
    private readonly columns: FieldColumns,
    /** Fields of this row whose cells hold a formula error (they read as blank). */
    private readonly unreadable: ReadonlySet<FieldKey> | undefined,
  ) {}

  /** The trimmed text of the field's cell (column `c`); "" when the cell holds a formula error. */
  private text(c: number, field: FieldKey): string {
    if (c < 0 || (this.unreadable !== undefined && this.unreadable.has(field))) return "";
    return trimmedText(this.cells, c);
  }

  get title(): string {
    return this.text(this.columns.title, "title");
  }
  get department(): string {
    return this.text(this.columns.department, "department");
  }
  get team(): string {
    return this.text(this.columns.team, "team");
  }
  get grade(): string {
    return this.text(this.columns.grade, "grade");
  }
  get costCenter(): string {
    return this.text(this.columns.costCenter, "costCenter");
  }
  get location(): string {
    return this.text(this.columns.location, "location");
  }
  get archetype(): string {
    return this.text(this.columns.archetype, "archetype");
  }
  get currency(): string {
    return this.text(this.columns.currency, "currency").toUpperCase();
  }
  get name(): string {
    const raw = this.text(this.columns.name, "name");
    return isVacantName(raw) || isUndisclosedName(raw) ? "" : raw;
  }
  get undisclosed(): boolean {
    return (
      this.columns.name >= 0 && this.status !== "vacant" && isUndisclosedName(this.text(this.columns.name, "name"))
    );
  }

  /**
   * Another row holds this post too (same ID, title and manager): its holder joins the list, its FTE and pay are
   * added to the post's, and the post is filled when either row is. `holder`: the row's holder as `name` reads
   * it ("" when not disclosed), undefined when the row is vacant (its FTE still counts: half a job share open).
   */
  addHolder(holder: string | undefined, fte: number | null, baseSalary: number | null, status: PositionStatus): void {
    this.holders ??= this.status === "filled" ? [this.name] : [];
    if (holder !== undefined) this.holders.push(holder);
    this.fte = sumOrNull(this.fte, fte);
    this.baseSalary = sumOrNull(this.baseSalary, baseSalary);
    if (status === "filled") this.status = "filled";
  }
  get startDate(): string | null {
    return isoOfStoredDate(this.start);
  }
  get endDate(): string | null {
    return isoOfStoredDate(this.end);
  }
  /** Split from the cell on every read, not kept: a kept list per position was 130 MB for a whole sheet. */
  get capabilities(): readonly string[] {
    const text = this.text(this.columns.capabilities, "capabilities");
    return text === "" ? NO_ITEMS : splitList(text);
  }
  get dottedLineTo(): readonly string[] {
    const text = this.text(this.columns.dottedLineTo, "dottedLineTo");
    return text === "" ? NO_ITEMS : splitList(text);
  }
  get assistant(): boolean {
    const c = this.columns.assistant;
    return c >= 0 && !this.unreadable?.has("assistant") && parseFlag(this.cells[c] ?? null);
  }

  /** JSON shows the position's fields, not its backing cells. */
  toJSON(): Position {
    return plainPosition(this);
  }
}
