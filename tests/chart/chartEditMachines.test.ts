import { cardMenuItems, commandEdit, editorNumber } from "../../src/chart/edit/cardMenuItems";
import { DragMove, dragThreshold } from "../../src/chart/edit/dragMove";
import { editKeyCommand, type EditKey } from "../../src/chart/edit/editKeys";
import { hasEditMenu, isMovable, moveVerdict } from "../../src/chart/edit/moveVerdict";
import { chartViewStringsOf } from "../../src/chart/chartViewStrings";
import { CARD_KIND } from "../../src/core/layout/chartTree";
import { translatorFor } from "../../src/i18n";
import { contentFor, sceneOf, treeFromParents } from "./chartFixture";

// 0 ─┬─ 1 ─┬─ 2
//    │     └─ 3
//    ├─ 4 ─── 5
//    └─ 6
const tree = treeFromParents([-1, 0, 1, 1, 0, 4, 0]);
const scene = sceneOf(tree);
const id = (card: number) => scene.content(card).id;

describe("drag state machine", () => {
  test("a press becomes a drag only past the threshold, so a click still selects", () => {
    const drag = new DragMove();
    drag.press(2, 1, 100, 100, "mouse");
    expect(drag.move(1, 102, 101)).toBe("none");
    expect(drag.dragging).toBe(false);
    expect(drag.release(1)).toBeNull(); // a click
    expect(drag.state.phase).toBe("idle");

    drag.press(2, 1, 100, 100, "mouse");
    expect(drag.move(1, 106, 100)).toBe("start");
    expect(drag.dragging).toBe(true);
    expect(drag.card).toBe(2);
    expect(drag.move(1, 140, 130)).toBe("drag");
    expect(drag.over(4)).toBe(true);
    expect(drag.over(4)).toBe(false);
    expect(drag.target).toBe(4);
    expect(drag.release(1)).toEqual({ card: 2, target: 4 });
    expect(drag.dragging).toBe(false);
  });

  test("only the pointer that pressed counts; touch needs a longer travel than a mouse", () => {
    expect(dragThreshold("touch")).toBeGreaterThan(dragThreshold("pen"));
    expect(dragThreshold("pen")).toBeGreaterThan(dragThreshold("mouse"));
    const drag = new DragMove();
    drag.press(3, 7, 0, 0, "touch");
    expect(drag.move(8, 50, 50)).toBe("none");
    expect(drag.move(7, 6, 0)).toBe("none"); // under the touch threshold
    expect(drag.move(7, 12, 0)).toBe("start");
    expect(drag.release(8)).toBeNull();
    expect(drag.dragging).toBe(true);
  });

  test("cancel ends a drag and says whether one was under way", () => {
    const drag = new DragMove();
    expect(drag.cancel()).toBe(false);
    drag.press(1, 1, 0, 0, "pen");
    drag.move(1, 20, 0);
    expect(drag.cancel()).toBe(true);
    expect(drag.release(1)).toBeNull();
  });
});

describe("move verdicts", () => {
  test("a card moves under another card, or to the top of the org through the virtual top", () => {
    expect(moveVerdict(scene, 5, 1)).toEqual({
      ok: true,
      edit: { kind: "move", id: id(5), newManager: id(1) },
      top: false,
    });
    const withTop = sceneOf(treeFromParents([-1, 0, 1, 0]), {}, {});
    withTop.layout.tree.kind[0] = CARD_KIND.virtualTop;
    expect(moveVerdict(withTop, 2, 0)).toEqual({
      ok: true,
      edit: { kind: "move", id: id(2), newManager: "" },
      top: true,
    });
  });

  test("refused: onto itself, onto its own reports, onto its manager already, onto a ghost", () => {
    expect(moveVerdict(scene, 1, 1)).toEqual({ ok: false, reason: "self" });
    expect(moveVerdict(scene, 1, 3)).toEqual({ ok: false, reason: "descendant" });
    expect(moveVerdict(scene, 0, 5)).toEqual({ ok: false, reason: "descendant" });
    expect(moveVerdict(scene, 2, 1)).toEqual({ ok: false, reason: "same" });
    const ghosted = sceneOf(treeFromParents([-1, 0, 1, 0]));
    ghosted.layout.tree.kind[3] = CARD_KIND.removed;
    expect(moveVerdict(ghosted, 2, 3)).toEqual({ ok: false, reason: "notAManager" });
    expect(isMovable(ghosted, 3)).toBe(false);
    expect(hasEditMenu(ghosted, 3)).toBe(false);
    expect(moveVerdict(scene, 2, -1)).toEqual({ ok: false, reason: "notAManager" });
  });
});

describe("editing keys", () => {
  const key = (k: string, mods: Partial<EditKey> = {}): EditKey => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  test("M or Ctrl+X (⌘X) picks up; Enter or Ctrl+V drops; Escape cancels; Shift+F10 and the menu key open the menu", () => {
    expect(editKeyCommand(key("m"), false)).toBe("pickUp");
    expect(editKeyCommand(key("M"), false)).toBe("pickUp");
    expect(editKeyCommand(key("x", { ctrlKey: true }), false)).toBe("pickUp");
    expect(editKeyCommand(key("x", { metaKey: true }), false)).toBe("pickUp");
    expect(editKeyCommand(key("x"), false)).toBeUndefined();
    expect(editKeyCommand(key("Enter"), false)).toBeUndefined(); // Enter still expands/collapses
    expect(editKeyCommand(key("Enter"), true)).toBe("drop");
    expect(editKeyCommand(key("v", { ctrlKey: true }), true)).toBe("drop");
    expect(editKeyCommand(key("Escape"), true)).toBe("cancel");
    expect(editKeyCommand(key("Escape"), false)).toBeUndefined();
    expect(editKeyCommand(key("F10", { shiftKey: true }), false)).toBe("menu");
    expect(editKeyCommand(key("ContextMenu"), false)).toBe("menu");
    expect(editKeyCommand(key("F10"), false)).toBeUndefined();
    expect(editKeyCommand(key("m", { altKey: true }), false)).toBeUndefined();
  });
});

describe("the card menu's commands", () => {
  const strings = chartViewStringsOf(translatorFor("en"), "en").edit;
  test("a position has every command; marking it as it already is is disabled", () => {
    const vacant = sceneOf(tree, {}, { editValues: () => ({ fte: 1, baseSalary: 50000, status: "vacant" }) });
    const items = cardMenuItems(vacant, 2, strings);
    expect(items.map((item) => item.command)).toEqual([
      "move",
      "addUnder",
      "remove",
      "markVacant",
      "markPlanned",
      "changeFte",
      "changeSalary",
    ]);
    expect(items.find((item) => item.command === "markVacant")?.disabled).toBe(true);
    expect(items.find((item) => item.command === "markPlanned")?.disabled).toBe(false);
    expect(items[1].label).toBe("Add position under");
  });

  test("the virtual top only adds a top position; a ghost has no menu", () => {
    const top = sceneOf(treeFromParents([-1, 0, 0, 0]));
    top.layout.tree.kind[0] = CARD_KIND.virtualTop;
    top.layout.tree.kind[3] = CARD_KIND.removed;
    top.content = (card) => ({ ...contentFor(top.layout.tree)(card), id: card === 0 ? "" : `P${card}` });
    expect(cardMenuItems(top, 0, strings).map((item) => item.command)).toEqual(["addUnder"]);
    expect(cardMenuItems(top, 3, strings)).toEqual([]);
    expect(commandEdit("addUnder", "")).toEqual({ kind: "add", manager: "" });
  });

  test("commands as edits", () => {
    expect(commandEdit("addUnder", "P1")).toEqual({ kind: "add", manager: "P1" });
    expect(commandEdit("remove", "P1")).toEqual({ kind: "remove", id: "P1" });
    expect(commandEdit("markVacant", "P1")).toEqual({ kind: "setStatus", id: "P1", status: "vacant" });
    expect(commandEdit("markPlanned", "P1")).toEqual({ kind: "setStatus", id: "P1", status: "planned" });
    expect(commandEdit("changeFte", "P1")).toBe("fte");
    expect(commandEdit("changeSalary", "P1")).toBe("salary");
    expect(commandEdit("move", "P1")).toBe("move");
  });

  test("numbers typed as Excel users type them; blank clears a salary only; negatives refused", () => {
    expect(editorNumber("0.5", false)).toBe(0.5);
    expect(editorNumber(" 1,200 ", false)).toBe(1200);
    expect(editorNumber("12万", true)).toBe(120000);
    expect(editorNumber("", true)).toBeNull();
    expect(editorNumber("", false)).toBeUndefined();
    expect(editorNumber("-1", false)).toBeUndefined();
    expect(editorNumber("abc", true)).toBeUndefined();
  });
});
