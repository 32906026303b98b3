import type { Finding, OrgModel } from "../../../core";
import { findingKindOf } from "../../../core";
import type { WorkbookAnalysis } from "../../../core/analyzeWorkbook";
import { countByRule, countBySeverity, groupFindingsByRule } from "../../findings/groupFindingsByRule";
import { outlineOrder, type Outline } from "../../outlineOrder";
import { perFindings } from "./perFindings";

/**
 * What the Checks and Overview tabs list, worked out once per analysis and kept with it: the tabs are mounted again
 * each time they open, and at 100,000 positions grouping ~46,000 findings and ordering the outline would otherwise
 * be most of what opening a tab costs.
 */
export const severityCountsOf = perFindings(countBySeverity);
export const ruleCountsOf = perFindings(countByRule);
/** (Without a filter the findings shown are the analysis' own array: its groups are the ones kept.) */
export const groupsOf = perFindings(groupFindingsByRule);
/** The findings about the data as read (the Overview's). */
export const dataFindingsOf = perFindings((findings: readonly Finding[]) =>
  findings.filter((finding) => findingKindOf(finding.code) === "data"),
);

const outlines = new WeakMap<OrgModel, Outline>();
/** The positions outline's order of a model. */
export function outlineOf(model: OrgModel): Outline {
  let outline = outlines.get(model);
  if (!outline) outlines.set(model, (outline = outlineOrder(model)));
  return outline;
}

/**
 * Works the lists out while the pane is idle, one piece per idle callback (each a few tens of milliseconds at 100k),
 * once an analysis is shown: the first opening of the Checks or Overview tab then only renders. Returns the cancel.
 */
export function prepareListViews(analysis: WorkbookAnalysis): () => void {
  const steps = [
    () => groupsOf(analysis.findings),
    () => severityCountsOf(analysis.findings),
    () => ruleCountsOf(analysis.findings),
    () => dataFindingsOf(analysis.findings),
    () => outlineOf(analysis.model),
  ];
  const idle: (run: () => void) => number =
    typeof requestIdleCallback === "function" ? (run) => requestIdleCallback(run) : (run) => window.setTimeout(run, 50);
  const cancel: (handle: number) => void =
    typeof cancelIdleCallback === "function" ? cancelIdleCallback : (handle) => window.clearTimeout(handle);
  let handle: number | undefined;
  const next = (step: number) => {
    if (step >= steps.length) return;
    handle = idle(() => {
      steps[step]();
      next(step + 1);
    });
  };
  next(0);
  return () => {
    if (handle !== undefined) cancel(handle);
  };
}
