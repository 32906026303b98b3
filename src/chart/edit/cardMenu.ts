import type { CardMenuCommand, CardMenuItem } from "./cardMenuItems";

/** Where to open the menu: a point in px relative to the chart's root. */
export interface MenuPoint {
  x: number;
  y: number;
}

/** The number editor the menu turns into (Change FTE…, Change salary…). */
export interface NumberEditorRequest {
  label: string;
  initial: string;
  applyLabel: string;
  cancelLabel: string;
  /** The value typed, or an error to show (the editor stays open). */
  apply(text: string): string | null;
}

/**
 * The card menu: a small popup in the chart (HTML over the SVG) listing a card's edits as menu items, keyboard-first
 * (arrow keys, Home/End, Enter or Space, Escape closes and gives the focus back), which can turn into a one-field number
 * editor. Its texts go in as text, never markup.
 */
export class CardMenu {
  readonly element: HTMLDivElement;
  private onClose: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly root: HTMLElement,
  ) {
    this.element = doc.createElement("div");
    this.element.className = "oc-menu";
    this.element.setAttribute("data-testid", "chart-card-menu");
    this.element.addEventListener("keydown", this.handleKeyDown);
    this.element.addEventListener("focusout", this.handleFocusOut);
  }

  get isOpen(): boolean {
    return this.element.parentNode !== null;
  }

  /** Opens the menu at `at` with `items`; `onChoose` gets the chosen command, `onClose` runs when it closes. */
  open(
    heading: string,
    items: readonly CardMenuItem[],
    at: MenuPoint,
    onChoose: (command: CardMenuCommand) => void,
    onClose: () => void,
  ): void {
    this.close(false);
    const menu = this.element;
    menu.replaceChildren();
    menu.setAttribute("role", "menu");
    menu.setAttribute("aria-label", heading);
    const title = this.doc.createElement("div");
    title.className = "oc-menu-heading";
    title.setAttribute("role", "presentation");
    title.textContent = heading;
    menu.append(title);
    for (const item of items) {
      const button = this.doc.createElement("button");
      button.type = "button";
      button.setAttribute("role", "menuitem");
      button.tabIndex = -1;
      button.textContent = item.label;
      button.setAttribute("data-command", item.command);
      if (item.disabled) button.setAttribute("aria-disabled", "true");
      button.addEventListener("click", (event) => {
        event.stopPropagation();
        if (item.disabled) return;
        onChoose(item.command);
      });
      menu.append(button);
    }
    this.onClose = onClose;
    this.root.append(menu);
    this.place(at);
    this.items()
      .find((button) => button.getAttribute("aria-disabled") !== "true")
      ?.focus();
    this.doc.addEventListener("pointerdown", this.handleOutside, true);
  }

  /** Turns the open menu (or opens it at `at`) into a one-field number editor. */
  editNumber(request: NumberEditorRequest, at: MenuPoint, onClose: () => void): void {
    const keepAt = this.isOpen ? this.position() : at;
    this.close(false);
    const menu = this.element;
    menu.replaceChildren();
    menu.setAttribute("role", "dialog");
    menu.setAttribute("aria-label", request.label);
    const form = this.doc.createElement("form");
    form.className = "oc-editor";
    const id = `oc-editor-${Math.random().toString(36).slice(2, 8)}`;
    const label = this.doc.createElement("label");
    label.htmlFor = id;
    label.textContent = request.label;
    const input = this.doc.createElement("input");
    input.id = id;
    input.type = "text";
    input.inputMode = "decimal";
    input.autocomplete = "off";
    input.value = request.initial;
    input.setAttribute("data-testid", "chart-number-editor");
    const error = this.doc.createElement("div");
    error.className = "oc-editor-error";
    error.id = `${id}-error`;
    error.setAttribute("role", "alert");
    input.setAttribute("aria-describedby", error.id);
    const actions = this.doc.createElement("div");
    actions.className = "oc-editor-actions";
    const cancel = this.doc.createElement("button");
    cancel.type = "button";
    cancel.textContent = request.cancelLabel;
    cancel.addEventListener("click", () => this.close(true));
    const apply = this.doc.createElement("button");
    apply.type = "submit";
    apply.className = "oc-primary";
    apply.textContent = request.applyLabel;
    actions.append(cancel, apply);
    form.append(label, input, error, actions);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const problem = request.apply(input.value);
      if (problem === null) return;
      error.textContent = problem;
      input.setAttribute("aria-invalid", "true");
      input.focus();
    });
    menu.append(form);
    this.onClose = onClose;
    this.root.append(menu);
    this.place(keepAt);
    input.focus();
    input.select();
    this.doc.addEventListener("pointerdown", this.handleOutside, true);
  }

  /** Closes the menu; `notify`: tells its opener (which gives the focus back to the card). */
  close(notify = true): void {
    this.doc.removeEventListener("pointerdown", this.handleOutside, true);
    if (!this.isOpen) return;
    this.element.remove();
    const onClose = this.onClose;
    this.onClose = null;
    if (notify) onClose?.();
  }

  destroy(): void {
    this.close(false);
    this.element.removeEventListener("keydown", this.handleKeyDown);
    this.element.removeEventListener("focusout", this.handleFocusOut);
  }

  private items(): HTMLButtonElement[] {
    return [...this.element.querySelectorAll<HTMLButtonElement>("button[role='menuitem']")];
  }

  private position(): MenuPoint {
    return { x: parseFloat(this.element.style.left) || 0, y: parseFloat(this.element.style.top) || 0 };
  }

  /** Puts the menu at `at`, kept inside the chart. */
  private place(at: MenuPoint): void {
    const menu = this.element;
    const width = this.root.clientWidth;
    const height = this.root.clientHeight;
    const box = menu.getBoundingClientRect();
    const x = Math.max(8, Math.min(at.x, width - box.width - 8));
    const y = Math.max(8, Math.min(at.y, height - box.height - 8));
    menu.style.left = `${Math.round(x)}px`;
    menu.style.top = `${Math.round(y)}px`;
  }

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    // The chart's own keys (arrows, Enter, +/-) must not act on the card behind the menu.
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      this.close(true);
      return;
    }
    if (this.element.getAttribute("role") !== "menu") return;
    if (event.key === "Tab") {
      event.preventDefault();
      this.close(true);
      return;
    }
    const items = this.items();
    if (items.length === 0) return;
    const at = items.indexOf(this.doc.activeElement as HTMLButtonElement);
    let next = -1;
    if (event.key === "ArrowDown") next = (at + 1) % items.length;
    else if (event.key === "ArrowUp") next = (at - 1 + items.length) % items.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = items.length - 1;
    if (next >= 0) {
      event.preventDefault();
      items[next].focus();
    }
  };

  /** Focus leaving the menu for somewhere else on the page closes it (without taking the focus back). */
  private readonly handleFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && this.element.contains(next)) return;
    if (next === null) return;
    this.close(false);
    this.onClose = null;
  };

  private readonly handleOutside = (event: Event): void => {
    if (event.target instanceof Node && this.element.contains(event.target)) return;
    this.close(false);
  };
}
