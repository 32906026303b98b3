/** A debounced call: `trigger()` as often as events come, `cancel()` drops a pending call. */
export interface TrailingDebounce {
  trigger(): void;
  cancel(): void;
  /** True while a call is waiting for the burst to end. */
  readonly pending: boolean;
}

/**
 * Calls `action` once, `waitMs` after the last of a burst of `trigger()`s (trailing edge only): a
 * burst of edits gives one call, and nothing is called while triggers keep coming less than
 * `waitMs` apart.
 */
export function trailingDebounce(action: () => void, waitMs: number): TrailingDebounce {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    trigger() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, waitMs);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get pending() {
      return timer !== undefined;
    },
  };
}
