/**
 * A component of the pane rendered in jsdom as the pane renders it: inside Fluent's provider and the pane's language.
 * `mountPaneComponents()` (at a test file's top level) gives a fresh container for each test and unmounts after it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { translatorFor, type Lang } from "../../src/i18n";
import { PaneLanguageProvider } from "../../src/taskpane/translateContext";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountedPaneComponents {
  /** The current test's container. */
  readonly container: HTMLDivElement;
  /** Renders (or re-renders) `children` in the pane's language `lang`. */
  render(lang: Lang, children: ReactNode): void;
}

export function mountPaneComponents(): MountedPaneComponents {
  let container: HTMLDivElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root!.unmount());
    container!.remove();
  });
  return {
    get container() {
      return container!;
    },
    render(lang, children) {
      act(() =>
        root!.render(
          <FluentProvider theme={webLightTheme}>
            <PaneLanguageProvider value={{ lang, t: translatorFor(lang) }}>{children}</PaneLanguageProvider>
          </FluentProvider>,
        ),
      );
    },
  };
}
