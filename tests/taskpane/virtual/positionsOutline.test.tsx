/** @jest-environment jsdom */
import { buildOrgModel } from "../../../src/core";
import { PositionsOutline } from "../../../src/taskpane/components/PositionsOutline";
import { outlineOrder } from "../../../src/taskpane/outlineOrder";
import { generateOrg } from "../../../bench/generateOrg";
import { mountPaneComponents } from "../paneComponent";
import { fakeLayout } from "./fakeLayout";

const pane = mountPaneComponents();
const layout = fakeLayout();

const { model } = buildOrgModel(generateOrg(5_000, 7).grid);
const order = outlineOrder(model).order;
const rows = () => [...pane.container.querySelectorAll<HTMLElement>("[data-testid='positions'] li[data-position-id]")];

describe("PositionsOutline (every position, only those near the viewport rendered)", () => {
  test("lists the first screenful in reporting order, says how many there are, and offers no Show more", async () => {
    pane.render("en", <PositionsOutline model={model} flagged={new Set()} />);
    await layout.frames();
    const listed = rows();
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.length).toBeLessThan(40);
    expect(listed.map((row) => row.getAttribute("data-position-id"))).toEqual(
      Array.from(order.slice(0, listed.length), (index) => model.positions[index].id),
    );
    expect(listed.every((row) => row.getAttribute("aria-setsize") === "5000")).toBe(true);
    expect(listed[0].getAttribute("aria-level")).toBe("1");
    expect(listed[0].tabIndex).toBe(0);
    expect(pane.container.querySelector("[data-testid='positions-count']")!.textContent).toBe("5,000");
    expect([...pane.container.querySelectorAll("button")].some((b) => b.textContent?.startsWith("Show"))).toBe(false);
  });

  test("scrolled to the end, the last position of the outline is rendered", async () => {
    pane.render("zh-CN", <PositionsOutline model={model} flagged={new Set()} />);
    await layout.frames();
    layout.listTop = [-(5_000 * 48 - 500)];
    await layout.scroll();
    const last = rows().at(-1)!;
    expect(last.getAttribute("aria-posinset")).toBe("5000");
    expect(last.getAttribute("data-position-id")).toBe(model.positions[order[4_999]].id);
  });

  test("a position the user goes to is rendered wherever it is, marked and scrolled to, with a way back", async () => {
    const scrolled: Element[] = [];
    // (jsdom has no scrollIntoView.)
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const target = order[4_321];
    const back = jest.fn();
    pane.render(
      "en",
      <PositionsOutline
        model={model}
        flagged={new Set([target])}
        focus={{ position: target, row: 99, reveal: true, ticket: 1 }}
        onBackToFinding={back}
      />,
    );
    await layout.frames();
    const focused = pane.container.querySelector<HTMLElement>("[data-focused='true']")!;
    expect(focused.getAttribute("data-position-index")).toBe(String(target));
    expect(focused.getAttribute("aria-posinset")).toBe("4322");
    expect(focused.querySelector("[data-testid='focused-row']")!.textContent).toBe("Row 99");
    expect(focused.querySelector("[aria-label='Has findings']")).not.toBeNull();
    expect(scrolled).toEqual([focused]);
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });
});
