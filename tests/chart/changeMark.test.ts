/** @jest-environment jsdom */
import type { CardContent } from "../../src/chart/cardContent";
import { createCardElement } from "../../src/chart/cardElement";
import { fillCardElement, type CardFillContext } from "../../src/chart/view/cardWriter";
import { layOutCard } from "../../src/chart/cardLayout";
import { chartViewStringsOf } from "../../src/chart/chartViewStrings";
import { estimateTextWidth } from "../../src/chart/textMeasure";
import { translatorFor } from "../../src/i18n";

const context: CardFillContext = {
  width: 200,
  height: 96,
  orientation: "topDown",
  measure: estimateTextWidth,
  strings: chartViewStringsOf(translatorFor("en"), "en"),
};
const place = { depth: 1, positionInSet: 1, setSize: 1 };

function contentOf(overrides: Partial<CardContent> = {}): CardContent {
  return {
    kind: "filled",
    id: "P1",
    title: "Shift Lead",
    name: "Wang Xiuying",
    detail: "G7",
    colour: "#0f6cbd",
    reports: 0,
    badges: { reports: "", fte: "", cost: "" },
    findings: 0,
    hiddenReports: 0,
    expanded: false,
    label: "Shift Lead, Wang Xiuying",
    ...overrides,
  };
}

describe("a changed card's mark", () => {
  test("the card layout (what the writers read) carries the mark; an unchanged card none", () => {
    expect(layOutCard(contentOf(), context).change).toBeNull();
    expect(layOutCard(contentOf({ change: "moved" }), context).change).toEqual({
      kind: "moved",
      text: "→",
      cx: 2,
      cy: 2,
      r: 9,
    });
    expect(layOutCard(contentOf({ kind: "removed", change: "removed" }), context).change?.text).toBe("×");
  });

  test("on screen: the kind's class, data-change and the mark; refilled as another card, all of it goes", () => {
    const element = createCardElement(document);
    fillCardElement(element, 0, contentOf({ change: "added" }), place, context);
    expect(element.g.classList.contains("oc-change-added")).toBe(true);
    expect(element.g.getAttribute("data-change")).toBe("added");
    expect(element.g.querySelector(".oc-card-change text")?.textContent).toBe("+");
    fillCardElement(element, 1, contentOf({ change: "changed" }), place, context);
    expect(element.g.classList.contains("oc-change-added")).toBe(false);
    expect(element.g.querySelector(".oc-card-change text")?.textContent).toBe("Δ");
    fillCardElement(element, 2, contentOf(), place, context);
    expect(element.g.getAttribute("data-change")).toBeNull();
    expect(element.g.querySelector(".oc-card-change")).toBeNull();
    // Reduced cards: the mark grows outwards with the text.
    fillCardElement(element, 3, contentOf({ change: "moved" }), place, { ...context, reducedFont: 20 });
    expect(element.g.querySelector(".oc-card-change")?.getAttribute("transform")).toBe(
      "translate(11,11) scale(2) translate(-11,-11)",
    );
  });
});
