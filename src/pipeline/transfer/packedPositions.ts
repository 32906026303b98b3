import { plainPosition, type Position, type PositionStatus } from "../../core/model/position";
import { STATUS_CODE, STATUS_OF_CODE } from "../../core/model/positionColumns";
import { joinItems, splitItems, TextPacker, textAt, type PackedTexts } from "./packedTexts";

/** The text fields of {@link Position}, each packed as one {@link PackedTexts}. */
const TEXT_FIELDS = [
  "id",
  "title",
  "department",
  "team",
  "reportsTo",
  "name",
  "grade",
  "currency",
  "costCenter",
  "location",
  "archetype",
] as const satisfies readonly (keyof Position)[];
type TextField = (typeof TEXT_FIELDS)[number];

/** Fields that are lists of texts. */
const LIST_FIELDS = ["capabilities", "dottedLineTo", "holders"] as const satisfies readonly (keyof Position)[];
type ListField = (typeof LIST_FIELDS)[number];

/** Dates as ISO texts ("" for null). */
const DATE_FIELDS = ["startDate", "endDate"] as const satisfies readonly (keyof Position)[];
type DateField = (typeof DATE_FIELDS)[number];

/**
 * Every position of a model in a few typed arrays and packed texts: what the analysis worker hands the pane's
 * thread. Typed arrays are transferred (no copy); the texts are copied as a handful of strings; a position's
 * fields are read out of them when asked for.
 */
export interface PackedPositions {
  count: number;
  row: Int32Array;
  /** NaN for null. */
  fte: Float64Array;
  baseSalary: Float64Array;
  status: Uint8Array;
  assistant: Uint8Array;
  undisclosed: Uint8Array;
  texts: Record<TextField | ListField | DateField, PackedTexts>;
}

/**
 * Packs `count` positions, position `p` read as `positionAt(p)` (read through the {@link Position} interface, whatever
 * backs it), in one pass: each position's fields are read together, while its row's cells are in the cache. For a
 * parsed model, `positionAt` makes a record for the read that is garbage at once (see `positionAt` in positionFields):
 * the worker never makes the model's 100,000 kept positions. (One pass per field over kept positions took about 0.3 s
 * at 100,000 positions in Node, the positions made first about 0.1 s of it: all before the pane could draw the org.)
 */
export function packPositions(count: number, positionAt: (index: number) => Position): PackedPositions {
  const row = new Int32Array(count);
  const fte = new Float64Array(count);
  const baseSalary = new Float64Array(count);
  const status = new Uint8Array(count);
  const assistant = new Uint8Array(count);
  const undisclosed = new Uint8Array(count);
  const textFields = TEXT_FIELDS.map(() => new TextPacker(count));
  const listFields = LIST_FIELDS.map(() => new TextPacker(count));
  const dateFields = DATE_FIELDS.map(() => new TextPacker(count));
  for (let i = 0; i < count; i++) {
    const position = positionAt(i);
    row[i] = position.row;
    fte[i] = position.fte ?? NaN;
    baseSalary[i] = position.baseSalary ?? NaN;
    status[i] = STATUS_CODE[position.status];
    assistant[i] = position.assistant ? 1 : 0;
    undisclosed[i] = position.undisclosed ? 1 : 0;
    for (let f = 0; f < TEXT_FIELDS.length; f++) textFields[f].add(position[TEXT_FIELDS[f]]);
    for (let f = 0; f < LIST_FIELDS.length; f++) listFields[f].add(joinItems(position[LIST_FIELDS[f]] ?? []));
    for (let f = 0; f < DATE_FIELDS.length; f++) dateFields[f].add(position[DATE_FIELDS[f]] ?? "");
  }
  const texts = {} as PackedPositions["texts"];
  TEXT_FIELDS.forEach((field, f) => (texts[field] = textFields[f].packed()));
  LIST_FIELDS.forEach((field, f) => (texts[field] = listFields[f].packed()));
  DATE_FIELDS.forEach((field, f) => (texts[field] = dateFields[f].packed()));
  return { count, row, fte, baseSalary, status, assistant, undisclosed, texts };
}

/** The buffers of packed positions, to transfer with the message. */
export function packedPositionBuffers(packed: PackedPositions): ArrayBuffer[] {
  const arrays = [packed.row, packed.fte, packed.baseSalary, packed.status, packed.assistant, packed.undisclosed];
  return [...arrays, ...Object.values(packed.texts).map((texts) => texts.ends)].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

const nullable = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** One position of {@link PackedPositions}: its fields are sliced from the packed texts when read. */
export class PackedPosition implements Position {
  constructor(
    private readonly packed: PackedPositions,
    private readonly index: number,
  ) {}

  private text(field: TextField): string {
    return textAt(this.packed.texts[field], this.index);
  }
  get id(): string {
    return this.text("id");
  }
  get row(): number {
    return this.packed.row[this.index];
  }
  get title(): string {
    return this.text("title");
  }
  get department(): string {
    return this.text("department");
  }
  get team(): string {
    return this.text("team");
  }
  get reportsTo(): string {
    return this.text("reportsTo");
  }
  get dottedLineTo(): readonly string[] {
    return splitItems(textAt(this.packed.texts.dottedLineTo, this.index));
  }
  get name(): string {
    return this.text("name");
  }
  get undisclosed(): boolean | undefined {
    return this.packed.undisclosed[this.index] === 1 ? true : undefined;
  }
  /** A shared post's holders (two or more, so never packed as ""); undefined for a post one row holds. */
  get holders(): readonly string[] | undefined {
    const text = textAt(this.packed.texts.holders, this.index);
    return text === "" ? undefined : splitItems(text);
  }
  get grade(): string {
    return this.text("grade");
  }
  get fte(): number | null {
    return nullable(this.packed.fte[this.index]);
  }
  get baseSalary(): number | null {
    return nullable(this.packed.baseSalary[this.index]);
  }
  get currency(): string {
    return this.text("currency");
  }
  get status(): PositionStatus {
    return STATUS_OF_CODE[this.packed.status[this.index]];
  }
  get startDate(): string | null {
    return textAt(this.packed.texts.startDate, this.index) || null;
  }
  get endDate(): string | null {
    return textAt(this.packed.texts.endDate, this.index) || null;
  }
  get costCenter(): string {
    return this.text("costCenter");
  }
  get location(): string {
    return this.text("location");
  }
  get capabilities(): readonly string[] {
    return splitItems(textAt(this.packed.texts.capabilities, this.index));
  }
  get archetype(): string {
    return this.text("archetype");
  }
  get assistant(): boolean {
    return this.packed.assistant[this.index] === 1;
  }

  /** JSON shows the position's fields, not the packed store. */
  toJSON(): Position {
    return plainPosition(this);
  }
}

/** The positions of a {@link PackedPositions}, one small object each. */
export function unpackPositions(packed: PackedPositions): Position[] {
  const positions: Position[] = new Array(packed.count);
  for (let i = 0; i < packed.count; i++) positions[i] = new PackedPosition(packed, i);
  return positions;
}
