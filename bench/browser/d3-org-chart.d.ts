/** The part of d3-org-chart 3.x (untyped on npm) the browser bench uses. */
declare module "d3-org-chart" {
  import type { Selection } from "d3-selection";
  import type { ZoomBehavior } from "d3-zoom";

  export interface OrgChartNode<Datum> {
    data: Datum & { _directSubordinates?: number; _totalSubordinates?: number };
    width: number;
    height: number;
  }

  export interface OrgChartState {
    svg: Selection<SVGSVGElement, unknown, null, undefined>;
    zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
    lastTransform: { x: number; y: number; k: number };
  }

  export class OrgChart<Datum = unknown> {
    container(element: string | HTMLElement): this;
    data(rows: Datum[]): this;
    svgWidth(width: number): this;
    svgHeight(height: number): this;
    nodeWidth(width: (node: OrgChartNode<Datum>) => number): this;
    nodeHeight(height: (node: OrgChartNode<Datum>) => number): this;
    nodeContent(content: (node: OrgChartNode<Datum>) => string): this;
    render(): this;
    expandAll(): this;
    fit(options?: { animate?: boolean }): this;
    getChartState(): OrgChartState;
  }
}
