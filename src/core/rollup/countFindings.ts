import type { Finding, Severity } from "../findings/finding";
import type { OrgModel } from "../model/orgModel";

/**
 * How many findings name each position (index = position index), for the chart's warning marks. A finding counts
 * once per position however often it names it; by default info findings are left out (they are not problems).
 */
export function countFindingsByPosition(
  model: OrgModel,
  findings: readonly Finding[],
  severities: readonly Severity[] = ["error", "warning"],
): Int32Array {
  const counts = new Int32Array(model.positions.length);
  const counted = new Set<number>();
  for (const finding of findings) {
    if (!severities.includes(finding.severity) || finding.sheet !== undefined) continue;
    counted.clear();
    for (const id of finding.ids) {
      const p = model.indexById.get(id);
      if (p === undefined || counted.has(p)) continue;
      counted.add(p);
      counts[p]++;
    }
  }
  return counts;
}
