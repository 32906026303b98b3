/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { translatorFor, type Lang } from "../../src/i18n";
import { CountBadge } from "../../src/taskpane/components/CountBadge";
import { PaneLanguageProvider } from "../../src/taskpane/translateContext";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function rendered(lang: Lang, count: number): string {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <PaneLanguageProvider value={{ lang, t: translatorFor(lang) }}>
          <CountBadge count={count} color="danger" />
        </PaneLanguageProvider>
      </FluentProvider>,
    ),
  );
  const text = container.querySelector("[data-count]")?.textContent ?? "";
  act(() => root.unmount());
  container.remove();
  return text;
}

describe("CountBadge (the findings groups' counts)", () => {
  test("writes the count for the pane's language, whatever its size", () => {
    expect(rendered("en", 12345)).toBe("12,345");
    expect(rendered("zh-CN", 100000)).toBe("100,000");
    expect(rendered("en", 7)).toBe("7");
  });
});
