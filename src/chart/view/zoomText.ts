/**
 * Card text comes back this long after the last zoom event of a gesture. While the scale changes, Chromium
 * lays out every drawn `<text>` again each frame (its glyphs depend on the scale): hiding the text for the
 * gesture keeps zoom frames as cheap as pans, and one layout at the end draws it at the final scale.
 */
export const ZOOM_TEXT_DELAY_MS = 150;
/** The root's class while a zoom gesture or an animated zoom runs: card text is not drawn. */
export const ZOOMING_CLASS = "oc-zooming";

/** Hides the cards' text on the chart's root while the scale changes (see {@link ZOOM_TEXT_DELAY_MS}). */
export class ZoomText {
  private hidden = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly root: HTMLElement) {}

  hide(): void {
    if (this.hidden) return;
    this.hidden = true;
    this.root.classList.add(ZOOMING_CLASS);
  }

  /** Hides the text until {@link ZOOM_TEXT_DELAY_MS} after the last call (a gesture's zoom events). */
  hideForGesture(): void {
    this.hide();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.show();
    }, ZOOM_TEXT_DELAY_MS);
  }

  show(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!this.hidden) return;
    this.hidden = false;
    this.root.classList.remove(ZOOMING_CLASS);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
