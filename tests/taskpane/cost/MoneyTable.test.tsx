/** @jest-environment jsdom */
import { MoneyTable, type MoneyTableProps } from "../../../src/taskpane/components/cost/MoneyTable";
import { mountPaneComponents } from "../paneComponent";

const pane = mountPaneComponents();

function render(props: MoneyTableProps): HTMLTableElement {
  pane.render("en", <MoneyTable {...props} />);
  return pane.container.querySelector("table")!;
}

describe("the pane's table of money rows", () => {
  it("names its columns, keeps each row's data attributes, and right-aligns the figures alike", () => {
    const table = render({
      labelledBy: "heading",
      columns: [
        { header: "Department", kind: "name" },
        { header: "Cost", kind: "number" },
        { header: "Δ", kind: "number" },
      ],
      rows: [
        {
          key: "Ops",
          data: { "data-testid": "row" },
          cells: ["Ops", "$1,200.00", { content: "+$100.00", className: "tone-more", data: { "data-delta": true } }],
        },
        { key: "Sales", data: { "data-testid": "row" }, cells: ["Sales", "$800.00", "—"] },
      ],
    });
    expect(table.getAttribute("aria-labelledby")).toBe("heading");
    expect(table.hasAttribute("aria-label")).toBe(false);
    const headers = [...table.querySelectorAll("th")];
    expect(headers.map((th) => th.textContent)).toEqual(["Department", "Cost", "Δ"]);
    const rows = [...table.querySelectorAll('tbody tr[data-testid="row"]')];
    expect(rows.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent))).toEqual([
      ["Ops", "$1,200.00", "+$100.00"],
      ["Sales", "$800.00", "—"],
    ]);
    const [name, cost, delta] = [...rows[0].querySelectorAll("td")];
    // The figures share one class set; the name's differs; a cell keeps its own class on top (Griffel's atomic
    // classes, leaving out the merge's hash).
    const atomic = (element: Element) => element.className.split(" ").filter((name) => !name.startsWith("___"));
    expect(atomic(cost)).not.toEqual(atomic(name));
    expect(atomic(delta)).toEqual(expect.arrayContaining([...atomic(cost), "tone-more"]));
    expect(delta.getAttribute("data-delta")).toBe("true");
    expect(rows[1].querySelectorAll("td")[1].className).toBe(cost.className);
  });

  it("without a header row: labelled figures, named by its label", () => {
    const table = render({
      label: "By department",
      header: false,
      columns: [{ kind: "name" }, { kind: "number" }],
      rows: [{ key: "budget", data: { "data-budget": "budget" }, cells: ["Budget", "$5.00"] }],
    });
    expect(table.getAttribute("aria-label")).toBe("By department");
    expect(table.querySelector("thead")).toBeNull();
    expect(table.querySelector('tr[data-budget="budget"]')?.textContent).toBe("Budget$5.00");
  });
});
