import { CHANGE_LEGEND_KINDS, CHANGE_MARKS, type ChangeCounts } from "../chartChanges";
import type { ChangeColours } from "../chartTheme";
import type { ChartViewStrings } from "../chartViewStrings";

/**
 * The legend of the chart of a plan coloured by change, in the chart's top-left corner: each kind's mark on its colour,
 * its name and how many positions it counts (kinds with none are left out). It also sets the colours the
 * stylesheet draws the changed cards with, as CSS variables on the chart's root (light or dark pane).
 */
export class ChangeLegend {
  readonly element: HTMLUListElement;

  constructor(
    private readonly doc: Document,
    private readonly root: HTMLElement,
    private readonly strings: ChartViewStrings["changes"],
  ) {
    this.element = doc.createElement("ul");
    this.element.className = "oc-change-legend";
    this.element.setAttribute("data-testid", "chart-change-legend");
    this.element.hidden = true;
  }

  /** Shows the counts of a scene coloured by change; hides the legend for one that is not. */
  update(counts: ChangeCounts | undefined, colours: ChangeColours | undefined): void {
    const list = this.element;
    list.replaceChildren();
    for (const kind of CHANGE_LEGEND_KINDS) this.root.style.removeProperty(`--oc-change-${kind}`);
    this.root.style.removeProperty("--oc-change-mark-text");
    if (!counts || !colours) {
      list.hidden = true;
      if (list.parentNode) list.remove();
      return;
    }
    for (const kind of CHANGE_LEGEND_KINDS) this.root.style.setProperty(`--oc-change-${kind}`, colours[kind]);
    this.root.style.setProperty("--oc-change-mark-text", colours.markText);
    list.setAttribute("aria-label", this.strings.legend);
    const title = this.doc.createElement("li");
    title.className = "oc-change-legend-title";
    title.textContent = this.strings.legend;
    list.append(title);
    for (const kind of CHANGE_LEGEND_KINDS) {
      const count = counts[kind];
      if (count === 0) continue;
      const item = this.doc.createElement("li");
      item.setAttribute("data-change-kind", kind);
      const mark = this.doc.createElement("span");
      mark.className = "oc-change-legend-mark";
      mark.setAttribute("data-kind", kind);
      mark.setAttribute("aria-hidden", "true");
      mark.style.backgroundColor = colours[kind];
      mark.textContent = CHANGE_MARKS[kind];
      const label = this.doc.createElement("span");
      label.textContent = this.strings.item(this.strings.kinds[kind], count);
      item.append(mark, label);
      list.append(item);
    }
    list.hidden = false;
    if (list.parentNode !== this.root) this.root.append(list);
  }
}
