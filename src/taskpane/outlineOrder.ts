import { reportsOf, type OrgModel } from "../core";

/** The positions in the order an indented outline lists them, each with its depth below the tops. */
export interface Outline {
  /** Position indices, depth-first from each top position; reports in sheet order. */
  order: Int32Array;
  /** Depth of `order[i]`: 0 for a top position, 1 for its reports… */
  depth: Int32Array;
}

/**
 * Lists the org depth-first from the top positions, with an explicit stack, so a reporting chain
 * hundreds of layers deep cannot overflow the call stack. Every position appears exactly once.
 */
export function outlineOrder(model: OrgModel): Outline {
  const count = model.positions.length;
  const order = new Int32Array(count);
  const depth = new Int32Array(count);
  const visited = new Uint8Array(count);
  const stack: number[] = [];
  const stackDepth: number[] = [];
  let next = 0;

  const walkFrom = (top: number): void => {
    stack.push(top);
    stackDepth.push(0);
    while (stack.length > 0) {
      const index = stack.pop()!;
      const level = stackDepth.pop()!;
      if (visited[index]) continue;
      visited[index] = 1;
      order[next] = index;
      depth[next] = level;
      next++;
      const reports = reportsOf(model, index);
      for (let i = reports.length - 1; i >= 0; i--) {
        if (visited[reports[i]]) continue;
        stack.push(reports[i]);
        stackDepth.push(level + 1);
      }
    }
  };

  for (const top of model.roots) walkFrom(top);
  // The model hangs every position under some top; this keeps the outline complete even if one were missed.
  for (let index = 0; index < count; index++) if (!visited[index]) walkFrom(index);
  return { order, depth };
}
