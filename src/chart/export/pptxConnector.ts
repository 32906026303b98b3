import type { CardSide } from "../chartEdges";

/** DrawingML's connection sites of a rectangle or rounded rectangle: top, left, bottom, right. */
export const CONNECTION_SITE: Record<CardSide, number> = { top: 0, left: 1, bottom: 2, right: 3 };

/** A connector's shape, frame and adjust values, as DrawingML writes them (all lengths in the unit given). */
export interface ConnectorGeometry {
  preset: "straightConnector1" | "bentConnector2" | "bentConnector3" | "bentConnector4" | "bentConnector5";
  /** Rotation in 60,000ths of a degree (0 or 5,400,000: 90°). */
  rot: number;
  flipH: boolean;
  flipV: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** adj1, adj2, adj3 in 100,000ths of the frame (may fall outside 0…100,000). */
  adjust: number[];
}

/** The points with repeated ones and the middle of straight runs left out. */
export function simplifyPolyline(points: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i];
    const y = points[i + 1];
    const n = out.length;
    if (n >= 2 && Math.abs(out[n - 2] - x) < 1e-6 && Math.abs(out[n - 1] - y) < 1e-6) continue;
    if (n >= 4) {
      const sameX = Math.abs(out[n - 4] - out[n - 2]) < 1e-6 && Math.abs(out[n - 2] - x) < 1e-6;
      const sameY = Math.abs(out[n - 3] - out[n - 1]) < 1e-6 && Math.abs(out[n - 1] - y) < 1e-6;
      if (sameX || sameY) {
        out[n - 2] = x;
        out[n - 1] = y;
        continue;
      }
    }
    out.push(x, y);
  }
  return out;
}

/**
 * The elbow connector DrawingML draws along a right-angled polyline from its first point to its last: a preset
 * bentConnectorN (N = segments; straightConnector1 for one), its frame from the first point to the last, rotated 90°
 * when the first segment is vertical (the presets start horizontally), flipped so that the path starts at the first
 * point, and the adjust values that put each bend where the polyline has it. PowerPoint draws a connector exactly as
 * written until a card it is glued to moves; then it reroutes it between the same connection sites.
 */
export function connectorGeometry(polyline: readonly number[]): ConnectorGeometry {
  const points = simplifyPolyline(polyline);
  const count = points.length / 2;
  const segments = Math.max(1, Math.min(5, count - 1));
  const preset = segments === 1 ? "straightConnector1" : (`bentConnector${segments}` as ConnectorGeometry["preset"]);
  const x0 = points[0];
  const y0 = points[1];
  const xn = points[points.length - 2];
  const yn = points[points.length - 1];
  const vertical = count >= 2 && Math.abs(points[2] - x0) < 1e-6 && segments > 1;
  // Local axes: u along the preset's first (horizontal) segment, v across it.
  let flipH: boolean;
  let flipV: boolean;
  let width: number;
  let height: number;
  let local: (x: number, y: number) => [number, number];
  if (!vertical) {
    flipH = xn < x0;
    flipV = yn < y0;
    width = Math.abs(xn - x0);
    height = Math.abs(yn - y0);
    local = (x, y) => [(x - x0) * (flipH ? -1 : 1), (y - y0) * (flipV ? -1 : 1)];
  } else {
    // Rotated 90° clockwise: local u runs down the page, local v to the left.
    flipH = yn < y0;
    flipV = xn > x0;
    width = Math.abs(yn - y0);
    height = Math.abs(xn - x0);
    local = (x, y) => [(y - y0) * (flipH ? -1 : 1), (x0 - x) * (flipV ? -1 : 1)];
  }
  const adjust: number[] = [];
  const fraction = (value: number, extent: number) => (extent < 1e-9 ? 50000 : Math.round((value / extent) * 100000));
  for (let k = 1; k <= segments - 2; k++) {
    const [u, v] = local(points[2 * k], points[2 * k + 1]);
    adjust.push(k % 2 === 1 ? fraction(u, width) : fraction(v, height));
  }
  const centreX = (x0 + xn) / 2;
  const centreY = (y0 + yn) / 2;
  return {
    preset,
    rot: vertical ? 5400000 : 0,
    flipH,
    flipV,
    x: centreX - width / 2,
    y: centreY - height / 2,
    width,
    height,
    adjust,
  };
}
