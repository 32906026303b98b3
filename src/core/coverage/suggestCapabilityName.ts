import { characterDistance, charactersOf } from "./editDistance";
import { isHanText, type CapabilityNameIndex } from "./capabilityNameIndex";

/**
 * Most edits a misspelt name of `length` characters may be from a catalogue name and still be
 * suggested: one per three characters, at least one, and never the whole name. The rule of the Rust
 * compiler's "did you mean" (`max(len, 3) / 3`); it takes "Retension" (9 letters, 1 edit) to
 * "Retention" and "拉心" (2 characters, 1 edit) to "拉新", but not "Finance" to "Acquisition".
 * Chinese names are compared by characters: one wrong character (a homophone the input method picked)
 * is the common slip, and a two-character name with one character right is still close.
 */
export function maxSuggestionDistance(length: number): number {
  return Math.min(Math.max(1, Math.floor(length / 3)), length - 1);
}

/**
 * The catalogue name nearest to an unknown name (given in its comparable form), among names in the
 * same script (Chinese names for a name with Chinese characters, else the others), when it is close
 * enough; the first such name in catalogue order on a tie.
 */
export function suggestCapabilityName(normalized: string, index: CapabilityNameIndex): string | undefined {
  const characters = charactersOf(normalized);
  const length = characters.length;
  const limit = maxSuggestionDistance(length);
  if (limit < 1) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of isHanText(normalized) ? index.han : index.latin) {
    const distance = characterDistance(characters, candidate.characters, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate.display;
      bestDistance = distance;
    }
  }
  return best;
}
