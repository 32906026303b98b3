/**
 * What jsdom lacks for a virtual list: a ResizeObserver (rows are measured by `deliverSizes`) and layout (each
 * virtual list's top against the viewport is `layout.listTop`, the viewport `layout.viewport` high). Installed before
 * each test of the file that calls `fakeLayout()`, removed after.
 */
import { act } from "react";

export interface FakeLayout {
  /** The list's top in the viewport (negative once scrolled past), by the list's position among the page's lists. */
  listTop: number[];
  viewport: number;
  /** Reports every observed row's size (`height(row)`), as the browser does once rows are laid out. */
  deliverSizes(height: (row: Element) => number): void;
  /** A scroll: the lists check what they show (in the next frame). */
  scroll(): Promise<void>;
  /** Two animation frames pass (a list just mounted places its rows in the next one). */
  frames(): Promise<void>;
}

export function fakeLayout(): FakeLayout {
  const state = {
    listTop: [0],
    viewport: 600,
    observers: new Set<{ callback: ResizeObserverCallback; targets: Set<Element> }>(),
  };
  let originalRect: typeof Element.prototype.getBoundingClientRect;
  let originalHeight: number;

  beforeEach(() => {
    state.listTop = [0];
    state.viewport = 600;
    state.observers.clear();
    class FakeResizeObserver {
      private readonly entry: { callback: ResizeObserverCallback; targets: Set<Element> };
      constructor(callback: ResizeObserverCallback) {
        this.entry = { callback, targets: new Set() };
        state.observers.add(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.add(target);
      }
      unobserve(target: Element) {
        this.entry.targets.delete(target);
      }
      disconnect() {
        this.entry.targets.clear();
        state.observers.delete(this.entry);
      }
    }
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeResizeObserver;
    originalRect = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      const lists = [...document.querySelectorAll("[data-virtual-list]")];
      const at = lists.indexOf(this);
      const top = at >= 0 ? (state.listTop[at] ?? 0) : 0;
      return { top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) };
    };
    // (jsdom does not scroll; the lists scroll the page to keep the row in view in place.)
    window.scrollBy = () => undefined;
    originalHeight = window.innerHeight;
    Object.defineProperty(window, "innerHeight", { configurable: true, get: () => state.viewport });
  });

  afterEach(() => {
    delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
    Element.prototype.getBoundingClientRect = originalRect;
    Object.defineProperty(window, "innerHeight", { configurable: true, value: originalHeight });
  });

  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  return {
    get listTop() {
      return state.listTop;
    },
    set listTop(value: number[]) {
      state.listTop = value;
    },
    get viewport() {
      return state.viewport;
    },
    set viewport(value: number) {
      state.viewport = value;
    },
    deliverSizes(height) {
      act(() => {
        for (const { callback, targets } of [...state.observers]) {
          const entries = [...targets].map(
            (target) =>
              ({
                target,
                borderBoxSize: [{ blockSize: height(target), inlineSize: 300 }],
              }) as unknown as ResizeObserverEntry,
          );
          if (entries.length > 0) callback(entries, {} as ResizeObserver);
        }
      });
    },
    async frames() {
      await act(async () => {
        await nextFrame();
        await nextFrame();
      });
    },
    async scroll() {
      await act(async () => {
        window.dispatchEvent(new Event("scroll"));
        await nextFrame();
        await nextFrame();
      });
    },
  };
}
