/** @jest-environment jsdom */
import { act } from "react";
import type { Finding } from "../../src/core";
import { FINDINGS_PAGE, PagedFindingList } from "../../src/taskpane/components/PagedFindingList";
import { mountPaneComponents } from "./paneComponent";

const pane = mountPaneComponents();

function findings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    code: "DUPLICATE_ID",
    severity: "error",
    rows: [i + 2],
    ids: [],
    params: { id: `P${i + 1}` },
  }));
}

const listed = () => pane.container.querySelectorAll("li[data-finding-code]").length;
const showMore = () =>
  [...pane.container.querySelectorAll("button")].find((button) => button.textContent?.startsWith("Show "));

describe("PagedFindingList (a rule's findings, a page at a time)", () => {
  test("lists the first page, then every finding through Show more", () => {
    const total = FINDINGS_PAGE * 2 + 3;
    pane.render("en", <PagedFindingList findings={findings(total)} />);
    expect(listed()).toBe(FINDINGS_PAGE);
    expect(showMore()?.textContent).toBe(`Show ${FINDINGS_PAGE} more`);
    act(() => showMore()!.click());
    expect(listed()).toBe(FINDINGS_PAGE * 2);
    expect(showMore()?.textContent).toBe("Show 3 more");
    act(() => showMore()!.click());
    expect(listed()).toBe(total);
    expect(showMore()).toBeUndefined();
  });

  test("a list no longer than a page has no Show more", () => {
    pane.render("en", <PagedFindingList findings={findings(FINDINGS_PAGE)} />);
    expect(listed()).toBe(FINDINGS_PAGE);
    expect(showMore()).toBeUndefined();
  });
});
