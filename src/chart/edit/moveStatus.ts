/**
 * The move's status line in the chart's corner: what a screen reader hears (a polite live region) and what the user
 * sees while a card is moved (picked up, the target and whether it takes it, dropped, refused, cancelled).
 */
export class MoveStatus {
  readonly element: HTMLDivElement;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(doc: Document, root: HTMLElement) {
    this.element = doc.createElement("div");
    this.element.className = "oc-status";
    this.element.setAttribute("role", "status");
    this.element.setAttribute("aria-live", "polite");
    this.element.setAttribute("data-testid", "chart-move-status");
    root.append(this.element);
  }

  /** Says `text`; `refused` draws it as a refusal; `linger` ms later it clears itself (0: it stays). */
  say(text: string, options: { refused?: boolean; linger?: number } = {}): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.element.textContent = text;
    this.element.classList.toggle("oc-refused", options.refused === true);
    const linger = options.linger ?? 0;
    if (linger > 0)
      this.timer = setTimeout(() => {
        this.timer = null;
        this.clear();
      }, linger);
  }

  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.element.textContent = "";
    this.element.classList.remove("oc-refused");
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.element.remove();
  }
}
