import type { BuildOrgModelOptions, OrgAnalysis } from "./analysis";
import { buildOrgModel } from "./buildOrgModel";
import { checkOrg } from "./checks/checkOrg";
import type { OrgChecks } from "./checks/orgChecks";
import { DEFAULT_ORG_RULES, type OrgRules } from "./checks/orgRules";
import { checkCoverage } from "./coverage/checkCoverage";
import type { CapabilityCatalogue, CoverageResult, DepartmentsTable } from "./coverage/coverageTypes";
import { readCapabilityCatalogue } from "./coverage/readCapabilityCatalogue";
import { readDepartmentsTable } from "./coverage/readDepartmentsTable";
import type { Finding, FindingDraft } from "./findings/finding";
import { sortFindings } from "./findings/sortFindings";
import type { SheetGrid } from "./sheet/sheetGrid";

/** The tables of a workbook the analysis reads: positions, and the optional Capabilities and Departments tables. */
export interface WorkbookInput {
  positions: SheetGrid;
  capabilities?: SheetGrid;
  departments?: SheetGrid;
}

export interface AnalyzeWorkbookOptions extends BuildOrgModelOptions {
  /** The rules saved in the workbook; default {@link DEFAULT_ORG_RULES}. */
  rules?: OrgRules;
}

/** Everything the pane, the report sheets and the command line show about one workbook. */
export interface WorkbookAnalysis extends OrgAnalysis {
  rules: OrgRules;
  /** Spans, layers, grades: summaries (the findings are in `findings`). */
  checks: Omit<OrgChecks, "findings">;
  catalogue: CapabilityCatalogue;
  departments?: DepartmentsTable;
  /** The coverage matrix and unknown capability names (the findings are in `findings`). */
  coverage: Omit<CoverageResult, "findings">;
}

/**
 * Rows → org model, then the org checks and the coverage check, all findings together (data problems
 * first, then the rules), localized and sorted. When the positions table cannot be read as an org
 * (a required column is missing), only the data findings are reported.
 */
export function analyzeWorkbook(input: WorkbookInput, options: AnalyzeWorkbookOptions = {}): WorkbookAnalysis {
  return analyzeOrg(buildOrgModel(input.positions, options), input, options);
}

/**
 * The second half of {@link analyzeWorkbook}: the org checks and coverage of an org model already built from
 * `input.positions` (the pane draws the model while this runs).
 */
export function analyzeOrg(
  org: OrgAnalysis,
  input: WorkbookInput,
  options: AnalyzeWorkbookOptions = {},
): WorkbookAnalysis {
  const rules = options.rules ?? DEFAULT_ORG_RULES;
  const { findings: checkFindings, ...checks } = checkOrg(org.model, rules);
  const catalogueRead = readCapabilityCatalogue(input.capabilities, rules);
  const departmentsRead = readDepartmentsTable(input.departments);
  const {
    findings: coverageFindings,
    catalogue,
    ...coverage
  } = checkCoverage(org.model, catalogueRead.catalogue, departmentsRead.departments, rules);
  const usable = org.columns.missing.length === 0;
  // concat, not spreads: the 100k org's 46,000 findings went through an iterator each, twice.
  const ruleFindings: FindingDraft[] = usable
    ? catalogueRead.findings.concat(departmentsRead.findings, checkFindings, coverageFindings)
    : catalogueRead.findings.concat(departmentsRead.findings);
  const sorted: Finding[] = sortFindings(ruleFindings);
  return {
    ...org,
    findings: org.findings.concat(sorted),
    rules,
    checks,
    catalogue,
    departments: departmentsRead.departments,
    coverage,
  };
}
