import { parseFlag } from "../cells/parseFlag";
import type { FieldKey } from "../columns/fields";
import { plainPosition, type Position, type PositionStatus } from "./position";
import { STATUS_OF_CODE } from "./positionColumns";
import { isoOfStoredDate, type PositionStore } from "./positionStore";
import { isUndisclosedName } from "./positionStatus";
import { splitList } from "./splitList";

export { isoOfStoredDate, type StoredDate } from "./positionStore";

const NO_ITEMS: readonly string[] = Object.freeze([]);

// Module-local bindings for getters read for every position (tsx turns an imported binding into a getter call).
const statusOfCode = STATUS_OF_CODE;
const undisclosedName = isUndisclosedName;

/**
 * A position backed by its parse's {@link PositionStore} and its row's cells. Parsing validates every cell once
 * (findings) but keeps only what every caller needs (ID, manager, numbers, dates, status) in the store's arrays;
 * text fields are read from the cells when asked for. That keeps 100,000 positions cheap to build: no strings
 * copied, no lists split up front, and an object of two fields per position.
 */
export class PositionRecord implements Position {
  constructor(
    private readonly store: PositionStore,
    /** The position's index in the model. */
    private readonly index: number,
  ) {}

  /** The trimmed text of the field's cell (column `c`); "" when the cell holds a formula error. */
  private text(c: number, field: FieldKey): string {
    return this.store.text(this.index, c, field);
  }

  get id(): string {
    return this.store.ids[this.index];
  }
  get row(): number {
    return this.store.row[this.index];
  }
  get reportsTo(): string {
    return this.store.reportsTo[this.index];
  }
  /** The post's FTE: its row's, plus every other holder's for a shared post. */
  get fte(): number | null {
    return this.store.fteOf(this.index);
  }
  get baseSalary(): number | null {
    return this.store.baseSalaryOf(this.index);
  }
  /** Worked out by the parser from the Status and Name cells (see resolvePositionStatus). */
  get status(): PositionStatus {
    return statusOfCode[this.store.values.status[this.index]];
  }
  /** The holders of a shared post; undefined while one row holds it. */
  get holders(): readonly string[] | undefined {
    return this.store.holders.size === 0 ? undefined : this.store.holders.get(this.index);
  }
  get title(): string {
    return this.store.title(this.index);
  }
  get department(): string {
    const text = this.text(this.store.columns.department, "department");
    const path = this.store.departmentPath;
    return path === undefined ? text : path.of(text).department;
  }
  /** The Team cell; blank, the last unit of a department path ("Ops > Content > Editorial": Editorial). */
  get team(): string {
    const text = this.text(this.store.columns.team, "team");
    const path = this.store.departmentPath;
    return path === undefined || text !== ""
      ? text
      : path.of(this.text(this.store.columns.department, "department")).team;
  }
  get grade(): string {
    return this.store.grade(this.index);
  }
  get costCenter(): string {
    return this.text(this.store.columns.costCenter, "costCenter");
  }
  get location(): string {
    return this.text(this.store.columns.location, "location");
  }
  get archetype(): string {
    return this.text(this.store.columns.archetype, "archetype");
  }
  get currency(): string {
    return this.text(this.store.columns.currency, "currency").toUpperCase();
  }
  get name(): string {
    return this.store.name(this.index);
  }
  get undisclosed(): boolean {
    return this.store.hasNames && this.status !== "vacant" && undisclosedName(this.store.nameCell(this.index));
  }
  get startDate(): string | null {
    return isoOfStoredDate(this.store.startOf(this.index));
  }
  get endDate(): string | null {
    return isoOfStoredDate(this.store.endOf(this.index));
  }
  /** The Capabilities cell's trimmed text (the list as written), for readers that look lists up by their cell. */
  get capabilitiesText(): string {
    return this.store.capabilitiesText(this.index);
  }
  /** Split from the cell on every read, not kept: a kept list per position was 130 MB for a whole sheet. */
  get capabilities(): readonly string[] {
    const text = this.capabilitiesText;
    return text === "" ? NO_ITEMS : splitList(text);
  }
  get dottedLineTo(): readonly string[] {
    const text = this.text(this.store.columns.dottedLineTo, "dottedLineTo");
    return text === "" ? NO_ITEMS : splitList(text);
  }
  get assistant(): boolean {
    const c = this.store.columns.assistant;
    if (c < 0 || this.store.isUnreadable(this.index, "assistant")) return false;
    return parseFlag(this.store.cellsOf(this.index)[c] ?? null);
  }

  /** JSON shows the position's fields, not its store. */
  toJSON(): Position {
    return plainPosition(this);
  }
}
