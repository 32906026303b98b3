import { normalizeHeader } from "../columns/normalizeHeader";
import { charactersOf } from "./editDistance";

/** The names a capability goes by: its key and its English and Chinese names. */
export interface CapabilityNames {
  key: string;
  en: string;
  zh: string;
}

/** A catalogue name a misspelt one may be matched to, in one script. */
export interface NameCandidate {
  /** The name in its comparable form ({@link normalizeHeader}). */
  normalized: string;
  /** Its characters, for characterDistance. */
  characters: ArrayLike<number>;
  /** The name to suggest: the capability's English or Chinese name, as the catalogue writes it. */
  display: string;
  capability: number;
}

/** Every name of a catalogue, looked up in its comparable form. */
export interface CapabilityNameIndex {
  /** Comparable name → index of the capability (the first capability that goes by it). */
  byName: ReadonlyMap<string, number>;
  /** Names in Chinese characters, and names in any other script (Latin), for suggestions. */
  han: readonly NameCandidate[];
  latin: readonly NameCandidate[];
}

const HAN = /\p{Script=Han}/u;

/** True when the text holds a Chinese character: it is then compared with Chinese names only. */
export function isHanText(text: string): boolean {
  return HAN.test(text);
}

/**
 * Indexes the names of capabilities (English and Chinese names, then the key) in their comparable
 * form, so that "Retention", "retention", "ＲＥＴＥＮＴＩＯＮ" and "留存" each find their capability in
 * one Map look-up. A name already taken by an earlier capability stays with it.
 */
export function indexCapabilityNames(capabilities: readonly CapabilityNames[]): CapabilityNameIndex {
  const byName = new Map<string, number>();
  const han: NameCandidate[] = [];
  const latin: NameCandidate[] = [];
  capabilities.forEach((capability, index) => {
    for (const text of [capability.en, capability.zh, capability.key]) {
      const normalized = normalizeHeader(text);
      if (normalized === "" || byName.has(normalized)) continue;
      byName.set(normalized, index);
      const inHan = isHanText(normalized);
      const named = inHan ? capability.zh : capability.en;
      const display = named !== "" && isHanText(named) === inHan ? named : text.trim();
      (inHan ? han : latin).push({ normalized, characters: charactersOf(normalized), display, capability: index });
    }
  });
  return { byName, han, latin };
}
