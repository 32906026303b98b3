/** @jest-environment jsdom */
import { OrgChartView } from "../../src/chart/orgChartView";
import { estimateTextWidth } from "../../src/chart/textMeasure";
import type { ScenarioEdit } from "../../src/core/scenario/scenarioEdit";
import { translatorFor } from "../../src/i18n";
import { paneOf, sceneOf, treeFromParents } from "./chartFixture";

// 0 ─┬─ 1 ─┬─ 2
//    │     └─ 3
//    ├─ 4 ─── 5
//    └─ 6
const tree = treeFromParents([-1, 0, 1, 1, 0, 4, 0]);

function setUp(editable = true, lang: "en" | "zh-CN" = "en") {
  const container = paneOf(1200, 800);
  const edits: ScenarioEdit[] = [];
  const view = new OrgChartView(container, {
    lang,
    t: translatorFor(lang),
    measure: estimateTextWidth,
    animate: false,
    editable,
    onEdit: (edit) => edits.push(edit),
  });
  const scene = sceneOf(tree, {}, { editValues: () => ({ fte: 0.5, baseSalary: 80000, status: "filled" }) });
  view.setScene(scene);
  const card = (index: number) => container.querySelector<SVGGElement>(`[data-card="${index}"]`) as SVGGElement;
  const press = (key: string, mods: KeyboardEventInit = {}) => {
    const target = document.activeElement ?? container;
    target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...mods }));
  };
  const status = () => container.querySelector("[data-testid='chart-move-status']")?.textContent ?? "";
  const id = (index: number) => scene.content(index).id;
  return { container, view, edits, card, press, status, id };
}

afterEach(() => document.body.replaceChildren());

describe("editing a plan in the chart", () => {
  test("the keyboard move: M picks the card up, arrows choose the manager, Enter drops; said as it goes", () => {
    const { view, press, edits, status, card, id } = setUp();
    view.focusCard(5);
    press("m");
    expect(card(5).classList.contains("oc-moving")).toBe(true);
    expect(status()).toBe(`Moving Title 5. Arrow keys choose the new manager, Enter drops, Escape cancels.`);
    press("ArrowUp"); // 4: its manager already
    expect(status()).toBe("Title 5 already reports to Title 4.");
    expect(card(4).classList.contains("oc-drop-refused")).toBe(true);
    press("Enter");
    expect(edits).toEqual([]);
    press("ArrowLeft"); // 1
    expect(card(1).classList.contains("oc-drop-target")).toBe(true);
    expect(card(4).classList.contains("oc-drop-refused")).toBe(false);
    expect(status()).toBe("Drop on Title 1: Title 5 will report to it.");
    press("Enter");
    expect(edits).toEqual([{ kind: "move", id: id(5), newManager: id(1) }]);
    expect(status()).toBe("Title 5 now reports to Title 1.");
    expect(card(5).classList.contains("oc-moving")).toBe(false);
    expect(card(1).classList.contains("oc-drop-target")).toBe(false);
  });

  test("a card cannot go under its own report; Ctrl+X picks up, Escape cancels, nothing is emitted", () => {
    const { view, press, edits, status } = setUp();
    view.focusCard(1);
    press("x", { ctrlKey: true });
    press("ArrowDown"); // 2, a report of 1
    expect(status()).toBe("Title 2 reports to Title 1: it cannot become its manager.");
    press("Enter");
    expect(edits).toEqual([]);
    press("Escape");
    expect(status()).toBe("Move cancelled.");
    press("Enter"); // back to Enter's own meaning: expand/collapse, no edit
    expect(edits).toEqual([]);
  });

  test("not editable: no move, no menu", () => {
    const { view, press, edits, status, container } = setUp(false);
    view.focusCard(5);
    press("m");
    press("F10", { shiftKey: true });
    expect(status()).toBe("");
    expect(container.querySelector("[data-testid='chart-card-menu']")).toBeNull();
    expect(edits).toEqual([]);
  });

  test("Shift+F10 opens the card menu; its commands emit edits and give the focus back to the card", () => {
    const { view, press, edits, container, card, id } = setUp();
    view.focusCard(2);
    press("F10", { shiftKey: true });
    const menu = container.querySelector<HTMLElement>("[data-testid='chart-card-menu']")!;
    expect(menu.getAttribute("role")).toBe("menu");
    expect(menu.getAttribute("aria-label")).toBe("Edit Title 2");
    const items = [...menu.querySelectorAll<HTMLButtonElement>("[role='menuitem']")].map((b) => b.textContent);
    expect(items).toEqual([
      "Move to another manager…",
      "Add position under",
      "Remove position",
      "Mark vacant",
      "Mark planned",
      "Change FTE…",
      "Change salary…",
    ]);
    expect(document.activeElement?.textContent).toBe("Move to another manager…");
    press("ArrowDown");
    expect(document.activeElement?.textContent).toBe("Add position under");
    (document.activeElement as HTMLButtonElement).click();
    expect(edits).toEqual([{ kind: "add", manager: id(2) }]);
    expect(container.querySelector("[data-testid='chart-card-menu']")).toBeNull();
    expect(document.activeElement).toBe(card(2));
    // The selected card carries the "…" button, which opens the same menu.
    const more = card(2).querySelector(".oc-card-more")!;
    expect(more.getAttribute("aria-label")).toBe("Actions for Title 2");
    more.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const remove = container.querySelector<HTMLButtonElement>("[data-command='remove']")!;
    remove.click();
    expect(edits[1]).toEqual({ kind: "remove", id: id(2) });
    press("ContextMenu");
    container.querySelector<HTMLButtonElement>("[data-command='markPlanned']")!.click();
    expect(edits[2]).toEqual({ kind: "setStatus", id: id(2), status: "planned" });
  });

  test("Change FTE… asks for a number, refuses what is not one, and emits the edit", () => {
    const { view, press, edits, container, id } = setUp();
    view.focusCard(3);
    press("F10", { shiftKey: true });
    container.querySelector<HTMLButtonElement>("[data-command='changeFte']")!.click();
    const input = container.querySelector<HTMLInputElement>("[data-testid='chart-number-editor']")!;
    expect(input.value).toBe("0.5");
    expect(document.activeElement).toBe(input);
    const form = input.closest("form")!;
    input.value = "lots";
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    expect(container.querySelector(".oc-editor-error")?.textContent).toBe("Enter a number, 0 or more.");
    expect(edits).toEqual([]);
    input.value = "0.8";
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    expect(edits).toEqual([{ kind: "setFte", id: id(3), fte: 0.8 }]);
    // Salary: blank clears it.
    press("F10", { shiftKey: true });
    container.querySelector<HTMLButtonElement>("[data-command='changeSalary']")!.click();
    const salary = container.querySelector<HTMLInputElement>("[data-testid='chart-number-editor']")!;
    expect(salary.value).toBe("80000");
    salary.value = "";
    salary.closest("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    expect(edits[1]).toEqual({ kind: "setSalary", id: id(3), baseSalary: null });
  });

  test("dragging a card with the pointer onto another emits the move; a click without travel only selects", () => {
    const { card, edits, view, id, status } = setUp();
    const pointer = (type: string, target: Element, x: number, y: number) => {
      const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0 });
      Object.defineProperty(event, "pointerId", { value: 1 });
      Object.defineProperty(event, "pointerType", { value: "mouse" });
      target.dispatchEvent(event);
    };
    let under: Element = card(6);
    document.elementFromPoint = () => under;
    // A click: pressed and released in place.
    pointer("pointerdown", card(3), 10, 10);
    pointer("pointerup", card(3), 10, 10);
    card(3).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(view.selectedCard()).toBe(3);
    expect(edits).toEqual([]);
    // A drag onto card 6.
    pointer("pointerdown", card(3), 10, 10);
    pointer("pointermove", card(3), 40, 60);
    expect(card(3).classList.contains("oc-moving")).toBe(true);
    expect(card(6).classList.contains("oc-drop-target")).toBe(true);
    expect(document.querySelector(".oc-drag-preview")).not.toBeNull();
    expect(status()).toBe("Drop on Title 6: Title 3 will report to it.");
    // Over its own manager: refused, drawn so.
    under = card(1);
    pointer("pointermove", card(3), 45, 65);
    expect(card(1).classList.contains("oc-drop-refused")).toBe(true);
    under = card(6);
    pointer("pointermove", card(3), 50, 70);
    pointer("pointerup", card(3), 50, 70);
    expect(edits).toEqual([{ kind: "move", id: id(3), newManager: id(6) }]);
    expect(document.querySelector(".oc-drag-preview")).toBeNull();
    // The click the release makes does not select the target.
    card(6).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(view.selectedCard()).toBe(3);
    // Escape cancels a drag.
    pointer("pointerdown", card(5), 10, 10);
    pointer("pointermove", card(5), 60, 10);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    pointer("pointerup", card(5), 60, 10);
    expect(edits).toHaveLength(1);
    expect(status()).toBe("Move cancelled.");
  });

  test("Chinese status words", () => {
    const { view, press, status } = setUp(true, "zh-CN");
    view.focusCard(5);
    press("m");
    expect(status()).toBe("正在移动 Title 5。用方向键选择新的上级，按 Enter 放下，按 Esc 取消。");
  });
});
