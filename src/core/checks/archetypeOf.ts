import { normalizeHeader } from "../columns/normalizeHeader";
import { ARCHETYPES, type Archetype } from "./orgRules";

/** Words for each archetype, English and Chinese, in their normalized form (see {@link normalizeHeader}). */
const ARCHETYPE_WORDS: Readonly<Record<Archetype, readonly string[]>> = {
  playerCoach: ["Player/coach", "Player-coach", "Playing coach", "球员教练", "球员型教练", "球员兼教练"],
  coach: ["Coach", "教练", "教练型"],
  supervisor: ["Supervisor", "监督者", "督导", "监督型"],
  facilitator: ["Facilitator", "促进者", "促进型"],
  coordinator: ["Coordinator", "协调者", "协调型"],
};

const archetypeByWord = new Map<string, Archetype>();
for (const archetype of ARCHETYPES) {
  archetypeByWord.set(normalizeHeader(archetype), archetype);
  for (const word of ARCHETYPE_WORDS[archetype]) archetypeByWord.set(normalizeHeader(word), archetype);
}

/**
 * The archetype an Archetype cell names ("Player/coach", "player-coach", "球员教练", "ＣＯＡＣＨ", "督导"…:
 * case, width, spaces and punctuation do not matter), or undefined for a blank cell or an unknown word.
 */
export function archetypeOf(text: string): Archetype | undefined {
  if (text.trim() === "") return undefined;
  return archetypeByWord.get(normalizeHeader(text));
}
