import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";
import type { Position } from "../model/position";
import { PositionRecord } from "../model/positionRecord";
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

/** What one list of capability names says: each name's match (repeats and non-names dropped) and the name as written. */
interface ListMatches {
  matches: number[];
  texts: string[];
}

const NOTHING: ListMatches = { matches: [], texts: [] };
/** Capabilities cells remembered by their text (lists repeat: 12,000 distinct in 50,000 cells of a 100k org). */
const MAX_CACHED_CELLS = 65_536;
// A module-local binding for the per-position loop (tsx turns an imported binding into a getter call).
const ParsedRecord = PositionRecord;

/**
 * Matches each position's capability names to the catalogue (any of a capability's names, in either
 * language, compared in their comparable form). Each distinct cell text is normalized and looked up
 * once, so 100,000 positions cost a few Map look-ups each. A name that matches nothing is reported
 * once per position, with the nearest catalogue name in the same script when one is close.
 */
export function matchPositionCapabilities(
  positions: readonly Position[],
  names: CapabilityNameIndex,
  capabilityCount: number,
): CapabilityHolders {
  const byText = new Map<string, number>();
  const unknownByNormalized = new Map<string, number>();
  const unknown: UnknownCapability[] = [];
  const findings: FindingDraft[] = [];
  // Each position's list (a shared object per distinct cell), to fill the holders in a second pass.
  const listOf = new Array<ListMatches>(positions.length).fill(NOTHING);
  let pairs = 0;
  const count = new Int32Array(capabilityCount);
  const byCell = new Map<string, ListMatches>();

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

  /** The matches of one list, in order, each capability or unknown name once (names are matched on first sight). */
  const matchList = (listed: readonly string[]): ListMatches => {
    if (listed.length === 0) return NOTHING;
    const matches: number[] = [];
    const texts: string[] = [];
    // Unknown names are numbered after the capabilities, so one list of seen numbers serves both.
    const seen: number[] = [];
    for (const text of listed) {
      let match = byText.get(text);
      if (match === undefined) {
        match = matchName(text);
        byText.set(text, match);
      }
      if (match === NOT_A_NAME) continue;
      const number = match >= 0 ? match : capabilityCount + unknownCode(match); // the code is its own inverse
      if (seen.includes(number)) continue;
      seen.push(number);
      matches.push(match);
      texts.push(text);
    }
    return { matches, texts };
  };

  for (let p = 0; p < positions.length; p++) {
    const position = positions[p];
    let list: ListMatches;
    if (position instanceof ParsedRecord) {
      // The parser's positions: the cell's text, matched once per distinct text (a list is split on every read).
      const cell = position.capabilitiesText;
      if (cell === "") continue;
      const cached = byCell.get(cell);
      if (cached !== undefined) list = cached;
      else {
        list = matchList(splitList(cell));
        if (byCell.size < MAX_CACHED_CELLS) byCell.set(cell, list);
      }
    } else list = matchList(position.capabilities);
    listOf[p] = list;
    const { matches, texts } = list;
    for (let k = 0; k < matches.length; k++) {
      const match = matches[k];
      if (match >= 0) {
        pairs++;
        count[match]++;
        continue;
      }
      const u = unknownCode(match);
      const text = texts[k];
      const { id, row } = position;
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
  for (let p = 0; p < positions.length; p++) {
    const { matches } = listOf[p];
    for (let k = 0; k < matches.length; k++) if (matches[k] >= 0) holders[next[matches[k]]++] = p;
  }
  return { start, holders, mentions: pairs + findings.length, unknown, findings };
}
