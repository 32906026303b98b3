/** @jest-environment jsdom */
import { chartViewStringsOf } from "../../src/chart/chartViewStrings";
import { dragPreviewOf, placeDragPreview } from "../../src/chart/edit/dragPreview";
import { EdgePan, edgePanDelta } from "../../src/chart/edit/edgePan";
import { moveWords } from "../../src/chart/edit/moveWords";
import type { CardElement } from "../../src/chart/cardElement";
import { translatorFor } from "../../src/i18n";

const strings = chartViewStringsOf(translatorFor("en"), "en").edit;
const edit = { kind: "move" as const, id: "P2", newManager: "P1" };

describe("what a move says", () => {
  test("a target that takes the card, and the card dropped on it", () => {
    expect(moveWords(strings, { ok: true, edit, top: false }, "Analyst", "Head", false)).toEqual({
      text: strings.target("Analyst", "Head", false),
      refused: false,
    });
    expect(moveWords(strings, { ok: true, edit, top: true }, "Analyst", "Head", true)).toEqual({
      text: strings.dropped("Analyst", "Head", true),
      refused: false,
    });
  });

  test("each refusal in its words; a card that is no manager is no refusal: the move goes on", () => {
    const said = (reason: "self" | "descendant" | "same" | "notAManager") =>
      moveWords(strings, { ok: false, reason }, "Analyst", "Head", false);
    expect(said("self")).toEqual({ text: strings.refusedSelf("Analyst"), refused: true });
    expect(said("descendant")).toEqual({ text: strings.refusedDescendant("Analyst", "Head"), refused: true });
    expect(said("same")).toEqual({ text: strings.refusedSame("Analyst", "Head"), refused: true });
    expect(said("notAManager")).toEqual({ text: strings.pickedUp("Analyst"), refused: false });
  });
});

describe("auto-pan at the chart's edge", () => {
  const box = { left: 100, top: 50, right: 500, bottom: 350 };
  test("nothing inside the margin; faster nearer the edge; full speed past it", () => {
    expect(edgePanDelta(box, 300, 200)).toEqual({ dx: 0, dy: 0 });
    expect(edgePanDelta(box, 116, 200)).toEqual({ dx: 7, dy: 0 }); // halfway into the 32 px margin
    expect(edgePanDelta(box, 90, 360)).toEqual({ dx: 14, dy: -14 }); // past the left and bottom edges
    expect(edgePanDelta(box, 500, 50)).toEqual({ dx: -14, dy: 14 });
  });

  test("pans a frame at a time while the drag lasts and the pointer stays near the edge; stop cancels the frame", () => {
    const frames: FrameRequestCallback[] = [];
    const view = {
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
      cancelAnimationFrame: jest.fn(),
    };
    const doc = { defaultView: view } as unknown as Document;
    const pans: [number, number][] = [];
    let dragging = true;
    const pan = new EdgePan(doc, {
      dragging: () => dragging,
      box: () => box as DOMRect,
      pointer: () => ({ x: 100, y: 200 }),
      panBy: (dx, dy) => pans.push([dx, dy]),
    });
    pan.start();
    pan.start(); // a frame is already asked for
    expect(frames).toHaveLength(1);
    frames[0](0);
    expect(pans).toEqual([[14, 0]]);
    expect(frames).toHaveLength(2);
    pan.stop();
    expect(view.cancelAnimationFrame).toHaveBeenCalledWith(2);
    dragging = false;
    frames[1](0);
    expect(pans).toHaveLength(1);
  });
});

describe("the dragged card's preview", () => {
  test("a copy of the card that is no card: no data, no focus, hidden from screen readers, no … button", () => {
    const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
    g.setAttribute("data-card", "3");
    g.setAttribute("data-position-id", "P3");
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "treeitem");
    g.setAttribute("aria-selected", "true");
    g.setAttribute("aria-level", "2");
    g.classList.add("oc-card", "oc-selected", "oc-moving");
    const more = document.createElementNS("http://www.w3.org/2000/svg", "g");
    more.classList.add("oc-card-more");
    g.append(more);
    const preview = dragPreviewOf({ g } as unknown as CardElement);
    expect(preview).not.toBe(g);
    expect(preview.getAttributeNames().sort()).toEqual(["aria-hidden", "class"]);
    expect([...preview.classList]).toEqual(["oc-card", "oc-drag-preview"]);
    expect(preview.querySelector(".oc-card-more")).toBeNull();
    expect(g.querySelector(".oc-card-more")).not.toBeNull(); // the card itself is left as it was
    placeDragPreview(preview, 12.345, -3);
    expect(preview.getAttribute("transform")).toBe("translate(12.3,-3.0) scale(0.75)");
  });
});
