import type { OrgModel } from "./orgModel";
import type { PositionStatus } from "./position";

/** A position's status as a small number, for {@link PositionColumns.status}. */
export const STATUS_CODE = { filled: 0, vacant: 1, planned: 2, closed: 3 } as const satisfies Record<
  PositionStatus,
  number
>;

/** The status of each {@link STATUS_CODE}. */
export const STATUS_OF_CODE: readonly PositionStatus[] = ["filled", "vacant", "planned", "closed"];

/**
 * Fields that passes over every position need (rollups, department colours), one typed array per field, index =
 * position index. The parser fills them while it has each row in hand, so such a pass reads a few dense arrays
 * instead of every position's cells. Each value equals the position's own field (see {@link Position}).
 */
export interface PositionColumns {
  /** {@link STATUS_CODE} of `status`. */
  status: Uint8Array;
  /** `fte`; NaN where it is null. */
  fte: Float64Array;
  /** `baseSalary`; NaN where it is null. */
  baseSalary: Float64Array;
  /** `department` as an index into {@link departments}. */
  department: Int32Array;
  /** The distinct department texts (as `department` reads them, "" included), in order of first appearance. */
  departments: readonly string[];
  /** `currency` as an index into {@link currencies}. */
  currency: Int32Array;
  /** The distinct currencies (upper case, "" included), in order of first appearance. */
  currencies: readonly string[];
  /**
   * False when no position can be an assistant (the sheet has no Assistant column), so passes over the positions
   * can skip reading the flag.
   */
  mayHaveAssistants: boolean;
  /**
   * True when the sheet has no Name (or Family Name) and no Status column: whether a post is held is unknown, and
   * every position reads as filled (see checkVacantManagers' HOLDERS_UNKNOWN).
   */
  holdersUnknown?: boolean;
  /**
   * Posts of each headcount line (the count column: Number of Posts / 人数 …, see docs/cost.md), NaN where the cell is
   * blank or unreadable (not a line: one post); absent when the sheet has no count column (every position is one post).
   */
  posts?: Float64Array;
  /** The count column is "Number of Posts in FTE": a line's count is its FTE in total (see `lineFte`). */
  postsInFte?: boolean;
}

/**
 * Texts of one field, each distinct text given the next code in order of first appearance. Rows repeat the same
 * few texts (departments, currencies), so cells are looked up by the cell's own string first: one map lookup a row.
 */
export class TextCodes {
  readonly texts: string[] = [];
  private readonly codeByText = new Map<string, number>();

  codeOf(text: string): number {
    let code = this.codeByText.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.codeByText.set(text, code);
    }
    return code;
  }
}

const built = new WeakMap<OrgModel, PositionColumns>();

/**
 * The model's {@link PositionColumns}: the parser's (`model.positionColumns`), or for a model made some other way,
 * read once from its positions and kept while the model lives.
 */
export function positionColumnsOf(model: OrgModel): PositionColumns {
  if (model.positionColumns !== undefined) return model.positionColumns;
  let columns = built.get(model);
  if (columns === undefined) {
    columns = readPositionColumns(model);
    built.set(model, columns);
  }
  return columns;
}

function readPositionColumns(model: OrgModel): PositionColumns {
  const count = model.positions.length;
  const status = new Uint8Array(count);
  const fte = new Float64Array(count);
  const baseSalary = new Float64Array(count);
  const department = new Int32Array(count);
  const currency = new Int32Array(count);
  const departments = new TextCodes();
  const currencies = new TextCodes();
  let mayHaveAssistants = false;
  for (let p = 0; p < count; p++) {
    const position = model.positions[p];
    if (position.assistant) mayHaveAssistants = true;
    status[p] = STATUS_CODE[position.status];
    fte[p] = position.fte ?? NaN;
    baseSalary[p] = position.baseSalary ?? NaN;
    department[p] = departments.codeOf(position.department);
    currency[p] = currencies.codeOf(position.currency);
  }
  return {
    status,
    fte,
    baseSalary,
    department,
    departments: departments.texts,
    currency,
    currencies: currencies.texts,
    mayHaveAssistants,
  };
}
