import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";
import type { Position } from "../model/position";
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
  const pairPosition: number[] = [];
  const pairCapability: number[] = [];
  const count = new Int32Array(capabilityCount);
  const seen: number[] = [];

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

  for (let p = 0; p < positions.length; p++) {
    // Read once: a position's list may be split from its cell on every access.
    const listed = positions[p].capabilities;
    if (listed.length === 0) continue;
    seen.length = 0;
    for (const text of listed) {
      let match = byText.get(text);
      if (match === undefined) {
        match = matchName(text);
        byText.set(text, match);
      }
      if (match === NOT_A_NAME) continue;
      if (match >= 0) {
        if (seen.includes(match)) continue;
        seen.push(match);
        pairPosition.push(p);
        pairCapability.push(match);
        count[match]++;
        continue;
      }
      const u = unknownCode(match); // the code is its own inverse
      // Unknown names are numbered after the capabilities, so one list of seen numbers serves both.
      if (seen.includes(capabilityCount + u)) continue;
      seen.push(capabilityCount + u);
      const { id, row } = positions[p];
      unknown[u].ids.push(id);
      const params: FindingDraft["params"] = { name: text, id, row };
      if (unknown[u].suggestion !== undefined) params.suggestion = unknown[u].suggestion!;
      findings.push({ code: "UNKNOWN_CAPABILITY", severity: "warning", rows: [row], ids: [id], params });
    }
  }

  const start = new Int32Array(capabilityCount + 1);
  for (let c = 0; c < capabilityCount; c++) start[c + 1] = start[c] + count[c];
  const holders = new Int32Array(pairPosition.length);
  const next = start.slice(0, capabilityCount);
  for (let k = 0; k < pairPosition.length; k++) holders[next[pairCapability[k]]++] = pairPosition[k];
  return { start, holders, mentions: pairPosition.length + findings.length, unknown, findings };
}
