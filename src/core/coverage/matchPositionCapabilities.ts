import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";
import { modelStoreOf, positionCountOf, positionFieldsOf, type ModelPositions } from "../model/positionFields";
import { splitList } from "../model/splitList";
import type { CapabilityNameIndex } from "./capabilityNameIndex";
import type { UnknownCapability } from "./coverageTypes";
import { suggestCapabilityName } from "./suggestCapabilityName";

/** Which positions hold which catalogue capability, and the names the catalogue does not know. */
export interface CapabilityHolders {
  /** Holders of capability c: holders[start[c] .. start[c+1]), position indices in sheet order. */
  start: Int32Array;
  holders: Int32Array;
  /** Capability names found in the positions, known or not (after dropping repeats within a position). */
  mentions: number;
  unknown: UnknownCapability[];
  /** UNKNOWN_CAPABILITY, one per position and unknown name. */
  findings: FindingDraft[];
}

/** A cell text whose comparable form is empty ("-", "/"): not a name at all. */
const NOT_A_NAME = -1;

/** How the cache of cell texts stores unknown name u: below {@link NOT_A_NAME}. */
function unknownCode(u: number): number {
  return -2 - u;
}

/** Capabilities cells remembered by their text (lists repeat: 12,000 distinct in 50,000 cells of a 100k org). */
const MAX_CACHED_CELLS = 65_536;
/** No capability listed. */
const NO_LIST = -1;

/**
 * The lists of capability names read so far, flat: list l's matches (capability index, or the code of an unknown
 * name) and the names as written are match[start[l] .. start[l + 1]) and text[...]. One array of each for the
 * whole org, not two arrays per list: at 100,000 positions the lists were most of what this allocated.
 */
class ListTable {
  start: Int32Array = new Int32Array(1024);
  match: Int32Array = new Int32Array(4096);
  readonly text: string[] = [];
  count = 0;

  get size(): number {
    return this.start[this.count];
  }

  /** Opens the next list (its matches are pushed with {@link push}); returns its number. */
  open(): number {
    if (this.count + 2 > this.start.length) this.start = grown(this.start, this.count + 2);
    this.start[this.count + 1] = this.start[this.count];
    return this.count++;
  }

  push(match: number, text: string): void {
    const at = this.start[this.count]++;
    if (at >= this.match.length) this.match = grown(this.match, at + 1);
    this.match[at] = match;
    this.text[at] = text;
  }
}

function grown(array: Int32Array, size: number): Int32Array {
  let length = array.length * 2;
  while (length < size) length *= 2;
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}

/**
 * Matches each position's capability names to the catalogue (any of a capability's names, in either
 * language, compared in their comparable form). Each distinct cell text is normalized and looked up
 * once, so 100,000 positions cost a few Map look-ups each. A name that matches nothing is reported
 * once per position, with the nearest catalogue name in the same script when one is close.
 */
export function matchPositionCapabilities(
  model: ModelPositions,
  names: CapabilityNameIndex,
  capabilityCount: number,
): CapabilityHolders {
  const byText = new Map<string, number>();
  const unknownByNormalized = new Map<string, number>();
  const unknown: UnknownCapability[] = [];
  const findings: FindingDraft[] = [];
  const lists = new ListTable();
  // Each position's list, to fill the holders in a second pass.
  const n = positionCountOf(model);
  const listOf = new Int32Array(n).fill(NO_LIST);
  let pairs = 0;
  const count = new Int32Array(capabilityCount);
  const byCell = new Map<string, number>();
  // The parser's positions: each Capabilities cell's text read from its store (a list is split on every read).
  const store = modelStoreOf(model);
  const { ids, row: rowOf } = positionFieldsOf(model);

  /** A cell text's capability index, NOT_A_NAME, or the code of an unknown name (listed on first sight). */
  const matchName = (text: string): number => {
    const normalized = normalizeHeader(text);
    if (normalized === "") return NOT_A_NAME;
    const known = names.byName.get(normalized);
    if (known !== undefined) return known;
    let u = unknownByNormalized.get(normalized);
    if (u === undefined) {
      u = unknown.length;
      unknownByNormalized.set(normalized, u);
      const suggestion = suggestCapabilityName(normalized, names);
      unknown.push(suggestion === undefined ? { name: text, ids: [] } : { name: text, suggestion, ids: [] });
    }
    return unknownCode(u);
  };

  /** The list of one cell's names, each capability or unknown name once (names are matched on first sight). */
  const matchList = (listed: readonly string[]): number => {
    const list = lists.open();
    const from = lists.size;
    for (const text of listed) {
      let match = byText.get(text);
      if (match === undefined) {
        match = matchName(text);
        byText.set(text, match);
      }
      if (match === NOT_A_NAME) continue;
      let repeated = false;
      for (let k = from; k < lists.size && !repeated; k++) repeated = lists.match[k] === match;
      if (!repeated) lists.push(match, text);
    }
    return list;
  };

  for (let p = 0; p < n; p++) {
    let list: number;
    if (store !== undefined) {
      const cell = store.capabilitiesText(p);
      if (cell === "") continue;
      const cached = byCell.get(cell);
      if (cached !== undefined) list = cached;
      else {
        list = matchList(splitList(cell));
        if (byCell.size < MAX_CACHED_CELLS) byCell.set(cell, list);
      }
    } else {
      const listed = model.positions[p].capabilities;
      if (listed.length === 0) continue;
      list = matchList(listed);
    }
    listOf[p] = list;
    const { start, match: matches } = lists;
    for (let k = start[list]; k < start[list + 1]; k++) {
      const match = matches[k];
      if (match >= 0) {
        pairs++;
        count[match]++;
        continue;
      }
      const u = unknownCode(match);
      const text = lists.text[k];
      const id = ids[p];
      const row = rowOf[p];
      unknown[u].ids.push(id);
      const params: FindingDraft["params"] = { name: text, id, row };
      if (unknown[u].suggestion !== undefined) params.suggestion = unknown[u].suggestion!;
      findings.push({ code: "UNKNOWN_CAPABILITY", severity: "warning", rows: [row], ids: [id], params });
    }
  }

  const start = new Int32Array(capabilityCount + 1);
  for (let c = 0; c < capabilityCount; c++) start[c + 1] = start[c] + count[c];
  const holders = new Int32Array(pairs);
  const next = start.slice(0, capabilityCount);
  const { start: listStart, match: matches } = lists;
  for (let p = 0; p < n; p++) {
    const list = listOf[p];
    if (list === NO_LIST) continue;
    for (let k = listStart[list]; k < listStart[list + 1]; k++) if (matches[k] >= 0) holders[next[matches[k]]++] = p;
  }
  return { start, holders, mentions: pairs + findings.length, unknown, findings };
}
