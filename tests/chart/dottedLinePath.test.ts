import {
  buildOrgModel,
  buildPositionTree,
  gridFromSheetSpec,
  layoutChart,
  operationsCenterSample,
} from "../../src/core";
import type { ChartLayout, Rect } from "../../src/core/layout/chartLayout";
import { dottedLinePath } from "../../src/chart/connectorPath";
import { cardBox } from "../../src/chart/viewMath";
import { LAYER_GAP } from "../../src/core/layout/layoutSpacing";

const EVERYWHERE: Rect = { minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 };

/** The points of an "M x y L x y …" path. */
function pointsOf(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
}

/** Whether the axis-aligned segment p–q enters the inside of `box` (its edges do not count). */
function crossesInside(p: [number, number], q: [number, number], box: Rect): boolean {
  const [minX, maxX] = [Math.min(p[0], q[0]), Math.max(p[0], q[0])];
  const [minY, maxY] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
  return minX < box.maxX - 0.5 && maxX > box.minX + 0.5 && minY < box.maxY - 0.5 && maxY > box.minY + 0.5;
}

function sampleLayout(orientation: "topDown" | "leftRight"): ChartLayout {
  const model = buildOrgModel(gridFromSheetSpec(operationsCenterSample("en"))).model;
  return layoutChart(buildPositionTree(model), { orientation });
}

describe("dotted lines are dashed connectors through the gaps between rows", () => {
  test.each(["topDown", "leftRight"] as const)(
    "%s: a line to any card one drawn row up, or on the same row, crosses no other card and ends on both cards",
    (orientation) => {
      const layout = sampleLayout(orientation);
      const { tree } = layout;
      // Rows as drawn (assistants take rows of their own between a manager and its reports): by position along the
      // depth axis; a stacked card counts in the row where its stack starts.
      const topDown = orientation === "topDown";
      const step = (topDown ? layout.cardHeight : layout.cardWidth) + LAYER_GAP;
      const depthAt = (card: number) => (topDown ? layout.y[card] : layout.x[card]);
      const rowOf = (card: number): number => {
        if (layout.stacked[card] !== 1) return Math.round(depthAt(card) / step);
        const parent = tree.parent[card];
        let top = Infinity;
        for (let k = tree.childStart[parent]; k < tree.childStart[parent + 1]; k++) {
          const sibling = tree.childIndex[k];
          if (layout.stacked[sibling] === 1) top = Math.min(top, depthAt(sibling));
        }
        return Math.round(top / step);
      };
      let checked = 0;
      for (let from = 1; from < tree.count; from++) {
        for (let to = 1; to < tree.count; to++) {
          const rows = rowOf(from) - rowOf(to);
          if (from === to || (rows !== 1 && rows !== 0) || layout.stacked[to] === 1) continue;
          if (rows === 0 && (layout.stacked[from] === 1 || tree.parent[from] === tree.parent[to])) continue;
          const points = pointsOf(dottedLinePath(layout, [{ from, to }], EVERYWHERE, 0, 0));
          expect(points.length).toBeGreaterThanOrEqual(4);
          for (let i = 1; i < points.length; i++) {
            // Right angles only.
            expect(points[i][0] === points[i - 1][0] || points[i][1] === points[i - 1][1]).toBe(true);
            for (let card = 0; card < tree.count; card++) {
              if (card === from || card === to) continue;
              expect({
                from,
                to,
                card,
                crosses: crossesInside(points[i - 1], points[i], cardBox(layout, card)),
              }).toEqual({ from, to, card, crosses: false });
            }
          }
          // It starts on one card's edge and ends on the other's.
          const onEdge = (point: [number, number], box: Rect) =>
            point[0] >= box.minX - 0.01 &&
            point[0] <= box.maxX + 0.01 &&
            point[1] >= box.minY - 0.01 &&
            point[1] <= box.maxY + 0.01;
          const ends = [points[0], points[points.length - 1]];
          expect(ends.some((point) => onEdge(point, cardBox(layout, from)))).toBe(true);
          expect(ends.some((point) => onEdge(point, cardBox(layout, to)))).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(100);
    },
  );

  test("the sample's line (OC-041 → OC-010) no longer passes under the Developer card", () => {
    const model = buildOrgModel(gridFromSheetSpec(operationsCenterSample("en"))).model;
    const tree = buildPositionTree(model);
    const layout = layoutChart(tree);
    const from = tree.cardOfPosition[model.indexById.get("OC-041")!];
    const to = tree.cardOfPosition[model.indexById.get("OC-010")!];
    const points = pointsOf(dottedLinePath(layout, [{ from, to }], EVERYWHERE, 0, 0));
    for (const id of ["OC-031", "OC-032", "OC-033", "OC-030"]) {
      const box = cardBox(layout, tree.cardOfPosition[model.indexById.get(id)!]);
      for (let i = 1; i < points.length; i++) expect(crossesInside(points[i - 1], points[i], box)).toBe(false);
    }
  });
});
