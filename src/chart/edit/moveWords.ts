import type { ChartEditStrings } from "../chartViewStrings";
import type { MoveVerdict } from "./moveVerdict";

/**
 * What the status line says of a move's verdict on a target: the target taking the card (or, `done`, the card
 * dropped on it), or why it refuses; `refused` when the line is drawn as a refusal (a card that is no manager is
 * not one: the move just goes on).
 */
export function moveWords(
  strings: ChartEditStrings,
  verdict: MoveVerdict,
  movingTitle: string,
  targetTitle: string,
  done: boolean,
): { text: string; refused: boolean } {
  const s = strings;
  if (verdict.ok)
    return {
      text: done ? s.dropped(movingTitle, targetTitle, verdict.top) : s.target(movingTitle, targetTitle, verdict.top),
      refused: false,
    };
  const text =
    verdict.reason === "self"
      ? s.refusedSelf(movingTitle)
      : verdict.reason === "descendant"
        ? s.refusedDescendant(movingTitle, targetTitle)
        : verdict.reason === "same"
          ? s.refusedSame(movingTitle, targetTitle)
          : s.pickedUp(movingTitle);
  return { text, refused: verdict.reason !== "notAManager" };
}
