import type { CardIndex } from "../../core/layout/chartTree";
import { CardMenu, type MenuPoint } from "./cardMenu";
import { cardMenuItems, commandEdit, editorNumber, type CardMenuCommand } from "./cardMenuItems";
import type { ChartEditHost } from "./chartEditor";
import { hasEditMenu } from "./moveVerdict";

/** What the card menu asks of the rest of editing. */
export interface CardMenuActions {
  /** Before the menu opens: any move under way ends. */
  beforeOpen(): void;
  /** "Move to another manager…": the keyboard move starts with this card. */
  move(card: CardIndex): void;
}

/**
 * The card menu of an editable chart: opened on a card (right click, its "…" button, Shift+F10), its commands made
 * into edits ({@link commandEdit}), Change FTE… and Change salary… asked for in the menu's number editor. Closing it
 * gives the focus back to the card.
 */
export class CardMenuController {
  private readonly menu: CardMenu;

  constructor(
    doc: Document,
    private readonly host: ChartEditHost,
    private readonly actions: CardMenuActions,
  ) {
    this.menu = new CardMenu(doc, host.root);
  }

  /** Whether a node is inside the menu. */
  contains(node: Node): boolean {
    return this.menu.element.contains(node);
  }

  /** Opens a card's menu at `at` (px of the chart's root), the card selected; false for a card without one. */
  open(card: CardIndex, at: MenuPoint): boolean {
    const scene = this.host.scene();
    if (!scene || !hasEditMenu(scene, card)) return false;
    const items = cardMenuItems(scene, card, this.host.strings);
    if (items.length === 0) return false;
    this.actions.beforeOpen();
    this.host.select(card);
    this.menu.open(
      this.host.strings.menu(scene.content(card).title),
      items,
      at,
      (command) => this.choose(card, command, at),
      () => this.host.focusCard(card),
    );
    return true;
  }

  /** Opens the menu below the card's "…" button. */
  openFromButton(card: CardIndex): boolean {
    return this.open(card, this.pointOfCard(card, true));
  }

  /** Opens the menu over the card (Shift+F10, the context-menu key). */
  openFromKeyboard(card: CardIndex): boolean {
    return this.open(card, this.pointOfCard(card, false));
  }

  close(): void {
    this.menu.close(false);
  }

  destroy(): void {
    this.menu.destroy();
  }

  /** Below the card's "…" button (or beside its top-right corner), in px of the chart's root. */
  private pointOfCard(card: CardIndex, fromButton: boolean): MenuPoint {
    const element = this.host.element(card);
    const root = this.host.root.getBoundingClientRect();
    const anchor = (fromButton ? element?.more : undefined) ?? element?.body;
    if (!anchor || !anchor.isConnected) return { x: 16, y: 16 };
    const box = anchor.getBoundingClientRect();
    return fromButton
      ? { x: box.left - root.left, y: box.bottom - root.top + 4 }
      : { x: box.left - root.left + 12, y: box.top - root.top + 24 };
  }

  private choose(card: CardIndex, command: CardMenuCommand, at: MenuPoint): void {
    const scene = this.host.scene();
    if (!scene) return;
    const content = scene.content(card);
    const what = commandEdit(command, content.id);
    if (what === "move") {
      this.menu.close(true);
      this.actions.move(card);
      return;
    }
    if (what === "fte" || what === "salary") {
      const values = scene.editValues?.(card);
      const s = this.host.strings;
      const initial = what === "fte" ? values?.fte : values?.baseSalary;
      this.menu.editNumber(
        {
          label: what === "fte" ? s.fteLabel(content.title) : s.salaryLabel(content.title),
          initial: initial === null || initial === undefined ? "" : String(initial),
          applyLabel: s.apply,
          cancelLabel: s.cancel,
          apply: (text) => {
            const value = editorNumber(text, what === "salary");
            if (value === undefined || (what === "fte" && value === null)) return s.notANumber;
            this.menu.close(true);
            this.host.emit(
              what === "fte"
                ? { kind: "setFte", id: content.id, fte: value as number }
                : { kind: "setSalary", id: content.id, baseSalary: value },
            );
            return null;
          },
        },
        at,
        () => this.host.focusCard(card),
      );
      return;
    }
    this.menu.close(true);
    this.host.emit(what);
  }
}
