import { normalizeHeader } from "../columns/normalizeHeader";
import type { PositionStatus } from "../model/position";
import { STATUS_OF_CODE as STATUS_OF } from "../model/positionColumns";
import { modelStoreOf, positionCountOf, type ModelPositions } from "../model/positionFields";

/** What a position counts as in the coverage: held, open (vacant or planned), or nothing (closed). */
// A module-local binding for the loop over every position (tsx turns an imported binding into a getter call).
const STATUS_OF_CODE = STATUS_OF;

export const FILLED = 1;
export const VACANT = 2;
export const CLOSED = 3;

/** The person of a position nobody holds (vacant, planned or closed), or of a position not read. */
export const NO_HOLDER = -1;

/** Who holds the positions asked about, in typed arrays indexed by position. */
export interface PositionHolders {
  /** {@link FILLED}, {@link VACANT} or {@link CLOSED}; 0 for a position not asked about. */
  kind: Uint8Array;
  /** The person (0, 1, 2…) in a filled position, else {@link NO_HOLDER}. */
  person: Int32Array;
  /** The position's FTE (0 when unreadable). */
  fte: Float64Array;
  /** The other people of a shared post (a job share: two people in one position), by position. */
  coHolders: ReadonlyMap<number, readonly number[]>;
  /** How many people there are: person numbers are below it. */
  people: number;
}

/**
 * A name in its comparable form ({@link normalizeHeader}: "Li Na", "li na" and "ＬＩ ＮＡ" are one
 * person), without its cost for the common names: plain ASCII without brackets, or Chinese characters only.
 */
function personKey(name: string): string {
  let ascii = true;
  let han = true;
  let plain = true;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) ascii = false;
    else if (code < 0x80) {
      han = false;
      if (code === 40 || code === 60 || code === 91)
        ascii = false; // ( < [ start notes normalizeHeader drops
      else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) plain = false;
    } else return normalizeHeader(name) || name;
  }
  if (han) return name;
  if (!ascii) return normalizeHeader(name) || name;
  const lower = name.toLowerCase();
  if (plain) return lower;
  return lower.replace(/[^a-z0-9]+/g, "") || name;
}

/**
 * Reads, in one pass in sheet order, whether each position asked about is filled, open or closed, its
 * FTE and the person in it. People are told apart by name compared without case, width or spacing, so
 * that one person in two part-time positions is one person. Each position is read once (its fields may
 * be read from its cells on every access), so the per-capability counting touches typed arrays only.
 */
export function readPositionHolders(model: ModelPositions, asked: Uint8Array): PositionHolders {
  const n = positionCountOf(model);
  const kind = new Uint8Array(n);
  const person = new Int32Array(n).fill(NO_HOLDER);
  const fte = new Float64Array(n);
  const people = new Map<string, number>();
  // Names as written → person: most people's names are written the same way on every row, and keying one is work.
  const byName = new Map<string, number>();
  const coHolders = new Map<number, number[]>();
  const personOf = (name: string): number => {
    let id = byName.get(name);
    if (id !== undefined) return id;
    const key = personKey(name);
    id = people.get(key);
    if (id === undefined) {
      id = people.size;
      people.set(key, id);
    }
    byName.set(name, id);
    return id;
  };
  // The parser's positions: read from its store's arrays, not through each position.
  const store = modelStoreOf(model);
  const positions = store === undefined ? model.positions : [];
  const statusOf = (p: number): PositionStatus =>
    store === undefined ? positions[p].status : STATUS_OF_CODE[store.values.status[p]];
  for (let p = 0; p < n; p++) {
    if (asked[p] === 0) continue;
    const status = statusOf(p);
    fte[p] = (store === undefined ? positions[p].fte : store.fteOf(p)) ?? 0;
    if (status !== "filled") {
      kind[p] = status === "closed" ? CLOSED : VACANT;
      continue;
    }
    kind[p] = FILLED;
    const holders =
      store === undefined ? positions[p].holders : store.holders.size === 0 ? undefined : store.holders.get(p);
    if (holders !== undefined && holders.length > 1) {
      // A shared post: its first named holder is its person, the others its co-holders (one undisclosed is no one).
      const ids: number[] = [];
      for (const name of holders) if (name !== "") ids.push(personOf(name));
      if (ids.length > 0) person[p] = ids[0];
      const others = ids.slice(1).filter((id) => id !== ids[0]);
      if (others.length > 0) coHolders.set(p, others);
      continue;
    }
    const name = store === undefined ? positions[p].name : store.name(p);
    if (name === "") continue;
    person[p] = personOf(name);
  }
  return { kind, person, fte, coHolders, people: people.size };
}
