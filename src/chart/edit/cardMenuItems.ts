import { CARD_KIND, type CardIndex } from "../../core/layout/chartTree";
import { parseNumber } from "../../core/cells/parseNumber";
import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";
import type { ChartScene } from "../chartScene";
import type { ChartEditStrings } from "../chartViewStrings";
import { isMovable } from "./moveVerdict";

/** The card menu's commands, in its order. */
export type CardMenuCommand =
  "move" | "addUnder" | "remove" | "markVacant" | "markPlanned" | "changeFte" | "changeSalary";

export interface CardMenuItem {
  command: CardMenuCommand;
  label: string;
  /** Shown but not chosen (marking a vacant post vacant). */
  disabled: boolean;
}

/**
 * The menu of a card: a position's every command (marking it vacant or planned disabled when it already is); the
 * virtual top's only "Add position under" (a new top position). None for other cards.
 */
export function cardMenuItems(scene: ChartScene, card: CardIndex, strings: ChartEditStrings): CardMenuItem[] {
  const tree = scene.layout.tree;
  if (card < 0 || card >= tree.count) return [];
  const item = (command: CardMenuCommand, disabled = false): CardMenuItem => ({
    command,
    label: strings[command],
    disabled,
  });
  if (tree.kind[card] === CARD_KIND.virtualTop) return [item("addUnder")];
  if (!isMovable(scene, card)) return [];
  const status = scene.editValues?.(card)?.status;
  return [
    item("move"),
    item("addUnder"),
    item("remove"),
    item("markVacant", status === "vacant"),
    item("markPlanned", status === "planned"),
    item("changeFte"),
    item("changeSalary"),
  ];
}

/**
 * The edit a command makes at once, or what it asks first: "move" (the keyboard move starts), "fte" or "salary"
 * (a number is asked for). `id` is the card's position ID ("" for the virtual top).
 */
export function commandEdit(command: CardMenuCommand, id: string): ScenarioEdit | "move" | "fte" | "salary" {
  switch (command) {
    case "move":
      return "move";
    case "addUnder":
      return { kind: "add", manager: id };
    case "remove":
      return { kind: "remove", id };
    case "markVacant":
      return { kind: "setStatus", id, status: "vacant" };
    case "markPlanned":
      return { kind: "setStatus", id, status: "planned" };
    case "changeFte":
      return "fte";
    case "changeSalary":
      return "salary";
  }
}

/**
 * A number typed in the FTE or salary editor, read as Excel users type numbers (1,200 · ¥120,000 · 12万): a number of
 * 0 or more; blank is null where `blank` allows it (a salary cleared), else refused. undefined: not accepted.
 */
export function editorNumber(text: string, blank: boolean): number | null | undefined {
  if (text.trim() === "") return blank ? null : undefined;
  const value = parseNumber(text.trim());
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
}
