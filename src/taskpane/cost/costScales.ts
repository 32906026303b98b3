/** A linear map of [0, max] onto [from, to] (max ≤ 0 maps everything to `from`). */
export function linearScale(max: number, from: number, to: number): (value: number) => number {
  if (!(max > 0)) return () => from;
  return (value) => from + ((to - from) * value) / max;
}

/** The SVG path through points, straight segments ("M x,y L x,y …"); "" for none. */
export function polylinePath(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${round(x)},${round(y)}`).join("");
}

/** The closed SVG path of the area between the points and the baseline y. */
export function areaPath(points: readonly (readonly [number, number])[], baseline: number): string {
  if (points.length === 0) return "";
  const first = points[0];
  const last = points[points.length - 1];
  return `${polylinePath(points)}L${round(last[0])},${round(baseline)}L${round(first[0])},${round(baseline)}Z`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
