import { withSpanBandLabel } from "../checks/spanBandLabel";
import type { FindingSpec } from "./findingSpec";

/** The org checks: spans, layers, grades, vacant managers, archetypes. */
export const ORG_FINDINGS = {
  SPAN_TOO_WIDE: {
    kind: "org",
    severity: "warning",
    // `band` is filled at the edge from `bandKey` (and `department`) in the user's language.
    params: {
      id: "text",
      title: "title",
      span: "integer",
      min: "integer",
      max: "integer",
      bandKey: "text",
      band: "text",
      department: "text?",
    },
    message: "finding.SPAN_TOO_WIDE",
    derive: withSpanBandLabel,
    rule: "ui.rule.SPAN_TOO_WIDE",
  },
  SPAN_TOO_NARROW: {
    kind: "org",
    severity: "warning",
    params: {
      id: "text",
      title: "title",
      span: "integer",
      min: "integer",
      max: "integer?",
      bandKey: "text",
      band: "text",
      department: "text?",
    },
    message: "finding.SPAN_TOO_NARROW",
    derive: withSpanBandLabel,
    rule: "ui.rule.SPAN_TOO_NARROW",
  },
  SINGLE_REPORT_CHAIN: {
    kind: "org",
    severity: "warning",
    params: { upper: "text", upperTitle: "title", id: "text", title: "title", lower: "text", lowerTitle: "title" },
    message: "finding.SINGLE_REPORT_CHAIN",
    rule: "ui.rule.SINGLE_REPORT_CHAIN",
  },
  LAYERS_EXCEEDED: {
    kind: "org",
    severity: "warning",
    params: { id: "text", title: "title", layer: "integer", maxLayers: "integer", below: "integer" },
    message: "finding.LAYERS_EXCEEDED",
    rule: "ui.rule.LAYERS_EXCEEDED",
  },
  GRADE_INVERSION: {
    kind: "org",
    severity: "warning",
    params: {
      id: "text",
      title: "title",
      grade: "text",
      managerId: "text",
      managerTitle: "title",
      managerGrade: "text",
    },
    message: "finding.GRADE_INVERSION",
    rule: "ui.rule.GRADE_INVERSION",
  },
  VACANT_MANAGER: {
    kind: "org",
    severity: "warning",
    params: { id: "text", title: "title", reports: "integer", status: "text" },
    message: "finding.VACANT_MANAGER",
    rule: "ui.rule.VACANT_MANAGER",
  },
  // No Name and no Status column: vacancy cannot be checked (positions read as held); one finding for the sheet.
  HOLDERS_UNKNOWN: {
    kind: "org",
    severity: "info",
    params: { managers: "integer" },
    message: "finding.HOLDERS_UNKNOWN",
    rule: "ui.rule.HOLDERS_UNKNOWN",
  },
  UNKNOWN_ARCHETYPE: {
    kind: "org",
    severity: "warning",
    params: { value: "text", id: "text", row: "row" },
    message: "finding.UNKNOWN_ARCHETYPE",
    rule: "ui.rule.UNKNOWN_ARCHETYPE",
  },
} as const satisfies Record<string, FindingSpec>;
