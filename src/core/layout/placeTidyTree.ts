/**
 * A tree to place with {@link placeTidyTree}: node 0 is the root; children in CSR form, in order; each node
 * has a breadth (its size across the layers). Nodes no one lists as a child are ignored.
 */
export interface TidyTreeInput {
  /** Number of nodes (array length; nodes unreachable from 0 are allowed and ignored). */
  count: number;
  /** Parent of each reachable node; -1 for node 0. */
  parent: Int32Array;
  /** Children of v: childIndex[childStart[v] .. childStart[v+1]). */
  childStart: Int32Array;
  childIndex: Int32Array;
  /** Size of each node along the breadth axis. */
  breadth: Float64Array;
}

/**
 * A tidy tree (Reingold–Tilford with Walker's linear-time improvements, as Buchheim, Jünger and Leipert
 * 2002), the algorithm and operation order of d3-hierarchy's `tree()`, over typed arrays and explicit
 * stacks. Two neighbours a, b of a layer are kept (breadth[a] + breadth[b]) / 2 + gap apart, centre to
 * centre, where gap is `siblingGap` when they have the same parent and `cousinGap` otherwise: d3's
 * `tree().nodeSize([1, …]).separation(…)` with that separation. Every parent is centred over its first
 * and last child. Returns the centre of each node along the breadth axis, the root at 0 (0 for unreachable
 * nodes). O(nodes), no recursion.
 */
export function placeTidyTree(input: TidyTreeInput, siblingGap: number, cousinGap: number): Float64Array {
  const placer = tidyPlacer(input, siblingGap, cousinGap);
  if (input.count > 0) placer.place(0);
  return placer.centre;
}

/** Places trees of one input one root at a time, over shared buffers (see {@link tidyPlacer}). */
export interface TidyPlacer {
  /** Centre of each node along the breadth axis, filled in by {@link place} (0 for nodes not yet placed). */
  centre: Float64Array;
  /**
   * Places the nodes reachable from `root` (its subtree), `root` at 0, reading the breadths as they are at the call;
   * returns those nodes, parents first (a view the next call reuses). O(nodes placed).
   */
  place(root: number): Int32Array;
}

/**
 * {@link placeTidyTree} for several roots of one input (a tree per root: the input's nodes that no one lists as a
 * child), placed one after another so that a tree's placing may set the breadth of a node of the trees placed after
 * it. Every node is placed once: the whole costs O(nodes), whatever the number of roots.
 */
export function tidyPlacer(input: TidyTreeInput, siblingGap: number, cousinGap: number): TidyPlacer {
  const { count, parent, childStart, childIndex, breadth } = input;
  const prelim = new Float64Array(count);
  const mod = new Float64Array(count);
  const change = new Float64Array(count);
  const shift = new Float64Array(count);
  const thread = new Int32Array(count).fill(-1);
  const ancestor = new Int32Array(count);
  const defaultAncestor = new Int32Array(count).fill(-1);
  const number = new Int32Array(count);
  for (let v = 0; v < count; v++) {
    ancestor[v] = v;
    for (let k = childStart[v]; k < childStart[v + 1]; k++) number[childIndex[k]] = k - childStart[v];
  }
  const orderBuffer = new Int32Array(count);
  const stack = new Int32Array(count);

  const separation = (a: number, b: number): number =>
    (breadth[a] + breadth[b]) / 2 + (parent[a] === parent[b] ? siblingGap : cousinGap);
  const nextLeft = (v: number): number => (childStart[v] < childStart[v + 1] ? childIndex[childStart[v]] : thread[v]);
  const nextRight = (v: number): number =>
    childStart[v] < childStart[v + 1] ? childIndex[childStart[v + 1] - 1] : thread[v];

  const place = (root: number): Int32Array => {
    const order = topDownOrder(input, root, orderBuffer, stack);
    const reached = order.length;
    // First walk, children before parents and siblings left to right: the reverse of `order`.
    for (let k = reached - 1; k >= 0; k--) {
      const v = order[k];
      const p = parent[v];
      const first = childStart[v];
      const end = childStart[v + 1];
      const w = p >= 0 && number[v] > 0 ? childIndex[childStart[p] + number[v] - 1] : -1;
      if (first < end) {
        // Execute the shifts prepared by apportion on v's children.
        let shiftSum = 0;
        let changeSum = 0;
        for (let i = end - 1; i >= first; i--) {
          const child = childIndex[i];
          prelim[child] += shiftSum;
          mod[child] += shiftSum;
          changeSum += change[child];
          shiftSum += shift[child] + changeSum;
        }
        const midpoint = (prelim[childIndex[first]] + prelim[childIndex[end - 1]]) / 2;
        if (w >= 0) {
          prelim[v] = prelim[w] + separation(v, w);
          mod[v] = prelim[v] - midpoint;
        } else {
          prelim[v] = midpoint;
        }
      } else if (w >= 0) {
        prelim[v] = prelim[w] + separation(v, w);
      }
      if (p < 0) continue;

      // Apportion: push v's subtree clear of its left siblings' subtrees, level by level along the contours.
      let defaultOfParent = defaultAncestor[p] >= 0 ? defaultAncestor[p] : childIndex[childStart[p]];
      if (w >= 0) {
        let vip = v;
        let vop = v;
        let vim = w;
        let vom = childIndex[childStart[p]];
        let sip = mod[vip];
        let sop = mod[vop];
        let sim = mod[vim];
        let som = mod[vom];
        for (;;) {
          vim = nextRight(vim);
          vip = nextLeft(vip);
          if (vim < 0 || vip < 0) break;
          vom = nextLeft(vom);
          vop = nextRight(vop);
          ancestor[vop] = v;
          const overlap = prelim[vim] + sim - prelim[vip] - sip + separation(vim, vip);
          if (overlap > 0) {
            const wm = parent[ancestor[vim]] === p ? ancestor[vim] : defaultOfParent;
            const perSubtree = overlap / (number[v] - number[wm]);
            change[v] -= perSubtree;
            shift[v] += overlap;
            change[wm] += perSubtree;
            prelim[v] += overlap;
            mod[v] += overlap;
            sip += overlap;
            sop += overlap;
          }
          sim += mod[vim];
          sip += mod[vip];
          som += mod[vom];
          sop += mod[vop];
        }
        if (vim >= 0 && nextRight(vop) < 0) {
          thread[vop] = vim;
          mod[vop] += sim - sop;
        }
        if (vip >= 0 && nextLeft(vom) < 0) {
          thread[vom] = vip;
          mod[vom] += sip - som;
          defaultOfParent = v;
        }
      }
      defaultAncestor[p] = defaultOfParent;
    }

    // Second walk, parents before children: sum the modifiers (in place: prelim becomes the centre).
    mod[root] -= prelim[root];
    prelim[root] = 0;
    for (let k = 1; k < reached; k++) {
      const v = order[k];
      const parentMod = mod[parent[v]];
      prelim[v] += parentMod;
      mod[v] += parentMod;
    }
    return order;
  };
  return { centre: prelim, place };
}

/**
 * The nodes reachable from `root`, parents before children, each node's subtree visited right to left: read
 * backwards it is a post-order with children left to right (what the first walk needs).
 */
function topDownOrder(
  { childStart, childIndex }: TidyTreeInput,
  root: number,
  order: Int32Array,
  stack: Int32Array,
): Int32Array {
  let reached = 0;
  let height = 0;
  stack[height++] = root;
  while (height > 0) {
    const v = stack[--height];
    order[reached++] = v;
    for (let k = childStart[v]; k < childStart[v + 1]; k++) stack[height++] = childIndex[k];
  }
  return order.subarray(0, reached);
}
