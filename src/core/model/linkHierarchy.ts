import { personNameKey } from "./personNameKey";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import { isManagerPlaceholder } from "./managerPlaceholder";
import { VIRTUAL_TOP as TOP, type DottedLine, type OrgModel } from "./orgModel";
import type { ParsedPositions } from "./parsePositions";
import { registerModelStore } from "./positionFields";
import { splitList } from "./splitList";
import { IdVariants, idVariantFindings, linkManagerVariants } from "./idVariants";

// A module-local binding for the loops over every position (tsx turns an imported binding into a getter call).
const VIRTUAL_TOP = TOP;

const NEW = 0;
const ON_PATH = 1;
const DONE = 2;

/** Positions whose managers' index slots are read ahead together (see ManagerKeys.prefetch); a power of 2. */
const PREFETCHED = 64;

/** Longest cycle path spelled out in a message; the finding keeps every ID. */
const CYCLE_PATH_PREVIEW = 8;

/**
 * Resolves every Reports To into a tree. A position whose manager is unknown, itself, or on a
 * reporting cycle is hung under the virtual top and reported; the rest of the org is built as usual.
 * All passes are iterative, so a chain 100,000 layers deep cannot overflow the stack.
 */
export function linkHierarchy(parsed: ParsedPositions): { model: OrgModel; findings: FindingDraft[] } {
  const { indexById, managerKeys, managerUnreadable, store } = parsed;
  // The store's arrays, read in order: no position object is made (the model's are made when first read).
  const { ids, reportsTo: managers, row: rows } = store;
  const n = store.size;
  const findings: FindingDraft[] = [];
  const parent = new Int32Array(n).fill(VIRTUAL_TOP);
  const statedTops: number[] = [];
  const unknownManagers: number[] = [];
  /** Placeholder text → positions that report to it ("XX", "N/A"…, see isManagerPlaceholder). */
  const placeholderTops = new Map<string, number[]>();

  // Blank and self-reporting managers, and the index's hash of the others, as the parser found them (see ManagerKeys);
  // the texts and index slots of the next positions' managers are read ahead together.
  for (let i = 0; i < n; i++) {
    if ((i & (PREFETCHED - 1)) === 0) managerKeys.prefetch(i, Math.min(n, i + PREFETCHED));
    if (managerKeys.isBlank(i)) {
      if (!managerUnreadable.has(i)) statedTops.push(i);
      continue;
    }
    if (managerKeys.isSelf(i)) {
      const id = ids[i];
      const row = rows[i];
      findings.push({
        code: "SELF_REPORT",
        severity: "error",
        rows: [row],
        ids: [id],
        field: "reportsTo",
        params: { id, row },
      });
      continue;
    }
    const manager = managerKeys.managerOf(i);
    if (manager === undefined) {
      const reportsTo = managers[i];
      if (isManagerPlaceholder(reportsTo)) {
        statedTops.push(i);
        const tops = placeholderTops.get(reportsTo);
        if (tops) tops.push(i);
        else placeholderTops.set(reportsTo, [i]);
      } else unknownManagers.push(i);
      continue;
    }
    parent[i] = manager;
  }
  // IDs written another way (`１`, `p1`, `7` for `007`, `P001 - Wang Wei`) match; `1` and `１` both as IDs are reported.
  const variants = new IdVariants(parsed);
  findings.push(...idVariantFindings(parsed));
  const stillUnknown = linkManagerVariants(unknownManagers, parsed, variants, parent, findings);
  resolveManagersByName(stillUnknown, parsed, parent, findings);
  for (const [placeholder, tops] of placeholderTops) {
    const topIds = tops.map((i) => ids[i]);
    findings.push({
      code: "MANAGER_PLACEHOLDER",
      severity: "info",
      rows: tops.map((i) => rows[i]),
      ids: topIds,
      field: "reportsTo",
      params: { placeholder, count: topIds.length, idList: listPreview(topIds) },
    });
  }

  breakCycles(parent, store, findings);

  if (statedTops.length > 1) {
    const topIds = statedTops.map((i) => ids[i]);
    findings.push({
      code: "MULTIPLE_ROOTS",
      severity: "warning",
      rows: statedTops.map((i) => rows[i]),
      ids: topIds,
      field: "reportsTo",
      params: { count: topIds.length, idList: listPreview(topIds) },
    });
  }

  const { childStart, childIndex, roots } = indexChildren(parent);
  const { layer, layerCount } = assignLayers(childStart, childIndex, roots, n);
  const dottedLines = resolveDottedLines(parsed, variants, findings);

  const model: OrgModel = {
    get positions() {
      return parsed.positions;
    },
    indexById,
    parent,
    layer,
    childStart,
    childIndex,
    roots,
    layerCount,
    dottedLines,
    positionColumns: parsed.columns,
  };
  registerModelStore(model, store);
  return { model, findings };
}

/** In the name and email tables: more than one position has this name or address, so it names none. */
const SHARED = -2;

/**
 * Reports To cells that name no position ID. Many exports put the manager's name there instead: when
 * the text is the name of exactly one position's holder (not the position itself), the position is
 * linked to it and an info finding says so (MANAGER_BY_NAME); otherwise it is UNKNOWN_MANAGER. The
 * name index is only built when some manager is unknown.
 */
function resolveManagersByName(
  unknown: readonly number[],
  parsed: ParsedPositions,
  parent: Int32Array,
  findings: FindingDraft[],
): void {
  if (unknown.length === 0) return;
  const { store } = parsed;
  const { ids: idOf, reportsTo: managers, row: rows } = store;
  // The names as written, and as keys ("Smith, John" and "john smith" are one name): the name as written first.
  const byName = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (let index = 0; index < store.size; index++) {
    const name = store.name(index);
    if (name === "") continue;
    byName.set(name, byName.has(name) ? SHARED : index);
    const key = personNameKey(name);
    byKey.set(key, byKey.has(key) ? SHARED : index);
  }
  const byEmail = emailsOf(parsed);
  // One finding for all the positions linked by email (a directory export links every row so).
  const byEmailLinked: number[] = [];
  for (const i of unknown) {
    const reportsTo = managers[i];
    const id = idOf[i];
    const row = rows[i];
    const emailed = byEmail === undefined || !reportsTo.includes("@") ? undefined : byEmail.get(emailKey(reportsTo));
    if (emailed !== undefined && emailed !== SHARED && emailed !== i) {
      parent[i] = emailed;
      byEmailLinked.push(i);
      continue;
    }
    const manager = byName.get(reportsTo) ?? byKey.get(personNameKey(reportsTo));
    if (manager !== undefined && manager !== SHARED && manager !== i) {
      parent[i] = manager;
      findings.push({
        code: "MANAGER_BY_NAME",
        severity: "info",
        rows: [row],
        ids: [id, idOf[manager]],
        field: "reportsTo",
        params: { id, row, manager: reportsTo, managerId: idOf[manager] },
      });
      continue;
    }
    findings.push({
      code: "UNKNOWN_MANAGER",
      severity: "error",
      rows: [row],
      ids: [id],
      field: "reportsTo",
      params: { id, row, manager: reportsTo },
    });
  }
  if (byEmailLinked.length > 0) {
    const first = byEmailLinked[0];
    findings.push({
      code: "MANAGER_BY_EMAIL",
      severity: "info",
      rows: byEmailLinked.map((i) => rows[i]),
      ids: byEmailLinked.map((i) => idOf[i]),
      field: "reportsTo",
      params: {
        count: byEmailLinked.length,
        idList: listPreview(byEmailLinked.map((i) => idOf[i])),
        written: managers[first],
        managerId: idOf[parent[first]],
      },
    });
  }
}

/** An email address as a key: trimmed, any case, without a "mailto:". */
function emailKey(text: string): string {
  const key = text.trim().toLowerCase();
  return key.startsWith("mailto:") ? key.slice(7) : key;
}

/** The positions by their holder's email address (Email column), SHARED for one two rows share; undefined without it. */
function emailsOf(parsed: ParsedPositions): Map<string, number> | undefined {
  const { store } = parsed;
  const column = store.columns.email;
  if (column < 0) return undefined;
  const byEmail = new Map<string, number>();
  for (let p = 0; p < store.size; p++) {
    const cell = store.cellsOf(p)[column];
    if (typeof cell !== "string" || !cell.includes("@")) continue;
    const key = emailKey(cell);
    byEmail.set(key, byEmail.has(key) ? SHARED : p);
  }
  return byEmail;
}

/** Finds every reporting cycle, reports it, and cuts it at its first position in sheet order. */
function breakCycles(parent: Int32Array, store: ParsedPositions["store"], findings: FindingDraft[]): void {
  const { ids: idOf, row: rowOf } = store;
  const n = parent.length;
  const state = new Uint8Array(n);
  // The walk up from one start: path[0 .. length).
  const path = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (state[start] !== NEW) continue;
    let length = 0;
    let node = start;
    while (node !== VIRTUAL_TOP && state[node] === NEW) {
      state[node] = ON_PATH;
      path[length++] = node;
      node = parent[node];
    }
    if (node !== VIRTUAL_TOP && state[node] === ON_PATH) {
      const walked = Array.from(path.subarray(0, length));
      const cycle = walked.slice(walked.indexOf(node));
      let cut = cycle[0];
      for (const member of cycle) if (member < cut) cut = member;
      parent[cut] = VIRTUAL_TOP;
      // Spell the cycle from the cut, following reporting lines upwards.
      const from = cycle.indexOf(cut);
      const ordered = [...cycle.slice(from), ...cycle.slice(0, from)];
      const ids = ordered.map((i) => idOf[i]);
      const shown = ids.length > CYCLE_PATH_PREVIEW ? [...ids.slice(0, CYCLE_PATH_PREVIEW), "…"] : ids;
      findings.push({
        code: "CYCLE",
        severity: "error",
        rows: ordered.map((i) => rowOf[i]).sort((a, b) => a - b),
        ids,
        field: "reportsTo",
        params: { id: idOf[cut], path: [...shown, ids[0]].join(" → "), count: ids.length },
      });
    }
    for (let i = 0; i < length; i++) state[path[i]] = DONE;
  }
}

/** Children lists in CSR form, each in sheet order, and the top positions. */
function indexChildren(parent: Int32Array): { childStart: Int32Array; childIndex: Int32Array; roots: number[] } {
  const n = parent.length;
  const childStart = new Int32Array(n + 1);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    if (parent[i] === VIRTUAL_TOP) roots.push(i);
    else childStart[parent[i] + 1]++;
  }
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, n);
  const childIndex = new Int32Array(n - roots.length);
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    if (p !== VIRTUAL_TOP) childIndex[fill[p]++] = i;
  }
  return { childStart, childIndex, roots };
}

/** Layer of each position (top = 1) by a breadth-first walk from the tops. */
function assignLayers(childStart: Int32Array, childIndex: Int32Array, roots: number[], n: number) {
  const layer = new Int32Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (const root of roots) {
    layer[root] = 1;
    queue[tail++] = root;
  }
  let layerCount = 0;
  while (head < tail) {
    const node = queue[head++];
    const depth = layer[node];
    if (depth > layerCount) layerCount = depth;
    for (let c = childStart[node]; c < childStart[node + 1]; c++) {
      const child = childIndex[c];
      layer[child] = depth + 1;
      queue[tail++] = child;
    }
  }
  return { layer, layerCount };
}

/** Dotted lines to positions that exist; unknown ones and lines to oneself are reported as warnings. */
function resolveDottedLines(parsed: ParsedPositions, variants: IdVariants, findings: FindingDraft[]): DottedLine[] {
  const lines: DottedLine[] = [];
  if (!parsed.hasDottedLineColumn) return lines;
  const { store } = parsed;
  for (let from = 0; from < store.size; from++) {
    const text = store.text(from, store.columns.dottedLineTo, "dottedLineTo");
    if (text === "") continue;
    const id = store.ids[from];
    const row = store.row[from];
    for (const target of splitList(text)) {
      const to = parsed.indexById.get(target) ?? variants.find(target);
      if (to === from) {
        findings.push({
          code: "SELF_REPORT",
          severity: "warning",
          rows: [row],
          ids: [id],
          field: "dottedLineTo",
          params: { id, row },
        });
      } else if (to === undefined) {
        findings.push({
          code: "UNKNOWN_MANAGER",
          severity: "warning",
          rows: [row],
          ids: [id],
          field: "dottedLineTo",
          params: { id, row, manager: target },
        });
      } else {
        lines.push({ from, to });
      }
    }
  }
  return lines;
}
