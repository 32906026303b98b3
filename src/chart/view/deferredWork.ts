/** Wait this long after a scene is drawn before building what only later frames need (grid index, minimap). */
export const DEFERRED_MS = 50;

/**
 * Work after the first frame of a scene, in separate tasks: first one step, then (if it asks for it) another
 * {@link DEFERRED_MS} later. A new scene cancels what the last one left to do.
 */
export class DeferredWork {
  private first: ReturnType<typeof setTimeout> | null = null;
  private second: ReturnType<typeof setTimeout> | null = null;

  /** Runs `step` later; when it returns a function, that runs later still. */
  schedule(step: () => (() => void) | undefined): void {
    this.cancel();
    this.first = setTimeout(() => {
      this.first = null;
      const next = step();
      if (!next) return;
      this.second = setTimeout(() => {
        this.second = null;
        next();
      }, DEFERRED_MS);
    }, DEFERRED_MS);
  }

  cancel(): void {
    if (this.first !== null) clearTimeout(this.first);
    if (this.second !== null) clearTimeout(this.second);
    this.first = null;
    this.second = null;
  }
}
