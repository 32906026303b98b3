import { connectorGeometry, simplifyPolyline } from "../../../src/chart/export/pptxConnector";

/** The preset's path in its local frame (ECMA-376 presetShapeDefinitions), then flipped, rotated and placed. */
function drawnPoints(polyline: number[]): number[] {
  const g = connectorGeometry(polyline);
  const w = g.width;
  const h = g.height;
  const a = g.adjust.map((value) => value / 100000);
  const local: Array<[number, number]> =
    g.preset === "straightConnector1"
      ? [[0, 0], [w, h]]
      : g.preset === "bentConnector2"
        ? [[0, 0], [w, 0], [w, h]]
        : g.preset === "bentConnector3"
          ? [[0, 0], [a[0] * w, 0], [a[0] * w, h], [w, h]]
          : g.preset === "bentConnector4"
            ? [[0, 0], [a[0] * w, 0], [a[0] * w, a[1] * h], [w, a[1] * h], [w, h]]
            : [[0, 0], [a[0] * w, 0], [a[0] * w, a[1] * h], [a[2] * w, a[1] * h], [a[2] * w, h], [w, h]]; // prettier-ignore
  const out: number[] = [];
  for (const [u0, v0] of local) {
    // Flip within the frame, then rotate about its centre (clockwise, y down), then place.
    let u = (g.flipH ? w - u0 : u0) - w / 2;
    let v = (g.flipV ? h - v0 : v0) - h / 2;
    if (g.rot === 5400000) [u, v] = [-v, u];
    out.push(g.x + w / 2 + u, g.y + h / 2 + v);
  }
  return out;
}

describe("connectorGeometry", () => {
  const cases: Array<[string, number[]]> = [
    ["down and left (a report left of its manager)", [500, 100, 500, 150, 200, 150, 200, 200]],
    ["down and right", [500, 100, 500, 150, 900, 150, 900, 200]],
    ["straight down", [500, 100, 500, 200]],
    ["left-to-right, upwards", [100, 500, 150, 500, 150, 300, 200, 300]],
    ["left-to-right, downwards", [100, 500, 150, 500, 150, 700, 200, 700]],
    [
      "a stacked report: down, left to the spine, down, right to the card",
      [500, 100, 500, 150, 300, 150, 300, 260, 312, 260],
    ],
    ["a further column left-to-right: five segments", [100, 300, 150, 300, 150, 280, 400, 280, 400, 350, 412, 350]],
    ["an assistant's stub: across then up", [500, 100, 500, 180, 524, 180]],
  ];
  test.each(cases)("draws the polyline as written: %s", (_, polyline) => {
    const expected = simplifyPolyline(polyline);
    const drawn = drawnPoints(polyline);
    expect(drawn.length).toBe(expected.length);
    drawn.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 1));
  });

  test("repeated points and straight runs are left out", () => {
    expect(simplifyPolyline([0, 0, 0, 0, 0, 10, 0, 20, 5, 20])).toEqual([0, 0, 0, 20, 5, 20]);
  });
});
