export type { BuildOrgModelOptions, DetectedColumns, OrgAnalysis, RowAccounting } from "./analysis";
export {
  analyzeWorkbook,
  type AnalyzeWorkbookOptions,
  type WorkbookAnalysis,
  type WorkbookInput,
} from "./analyzeWorkbook";
export { buildOrgModel } from "./buildOrgModel";
export { archetypeOf } from "./checks/archetypeOf";
export { checkOrg } from "./checks/checkOrg";
export { compareGrades, gradeRank, type GradeRank } from "./checks/gradeRank";
export {
  SPAN_BANDS,
  type LayerRow,
  type LayerSummary,
  type OrgChecks,
  type SpanBandCount,
  type SpanBandLabel,
  type SpanSummary,
} from "./checks/orgChecks";
export {
  ARCHETYPES,
  DEFAULT_ORG_RULES,
  type Archetype,
  type DepartmentRule,
  type GradeLadder,
  type OrgRules,
  type SpanBand,
} from "./checks/orgRules";
export { parseOrgRules, serializeOrgRules, SETTING_ORG_RULES } from "./checks/orgRulesSetting";
export { spanBandLabel } from "./checks/spanBandLabel";
export { spanTargetFor, type SpanBandKey, type SpanTarget } from "./checks/spanTarget";
export { spansOfControl } from "./checks/spansOfControl";
export { DEFAULT_CAPABILITIES, type Capability } from "./capabilities/defaultCatalogue";
export { isBlankCell, isBlankRow, isCellError, type CellError, type CellValue } from "./cells/cell";
export { cellText } from "./cells/cellText";
export { checkCoverage } from "./coverage/checkCoverage";
export type {
  CapabilityCatalogue,
  CatalogueCapability,
  CoverageCell,
  CoverageMatrix,
  CoverageResult,
  CoverageRow,
  DepartmentEntry,
  DepartmentsTable,
  UnknownCapability,
} from "./coverage/coverageTypes";
export { defaultCapabilityCatalogue, readCapabilityCatalogue } from "./coverage/readCapabilityCatalogue";
export { readDepartmentsTable } from "./coverage/readDepartmentsTable";
export { scoreSupportTableHeader, type SupportTableKind } from "./coverage/supportTables";
export { formulaErrorOf } from "./cells/formulaError";
export { isoDateFromSerial, parseDate } from "./cells/parseDate";
export { parseNumber } from "./cells/parseNumber";
export type { ColumnMapping } from "./columns/columnMapping";
export { parseColumnMapping, serializeColumnMapping } from "./columns/columnMappingSetting";
export { detectColumns, scorePositionsHeader } from "./columns/detectColumns";
export { FIELD_KEYS, FIELDS, REQUIRED_FIELDS, type FieldDefinition, type FieldKey } from "./columns/fields";
export { normalizeHeader } from "./columns/normalizeHeader";
export {
  COST_CODES,
  COVERAGE_CODES,
  DATA_FINDING_CODES,
  FINDING_CODES,
  findingKindOf,
  ORG_CHECK_CODES,
  type Finding,
  type FindingCode,
  type FindingDraft,
  type FindingKind,
  type LocalizedFinding,
  type Severity,
} from "./findings/finding";
export {
  FINDING_REGISTRY,
  findingSpecOf,
  type FindingParamsOf,
  type FindingSpec,
  type ParamFormat,
} from "./findings/findingRegistry";
export { formatIsoDate, formatLocaleNumber, formatMoney, formatPercent } from "./findings/localeFormat";
export { findingMessage, localizeFinding, messageParamsOf } from "./findings/localizeFinding";
export { reportsOf, spanOf, VIRTUAL_TOP, type DottedLine, type OrgModel, type PositionIndex } from "./model/orgModel";
export { plainPosition, type Position, type PositionStatus } from "./model/position";
export { operationsCenterSample } from "./sample/operationsCenter";
export { operationsCenterDepartments } from "./sample/operationsCenterDepartments";
export { operationsCenterWorkbook } from "./sample/operationsCenterWorkbook";
export { applyChangesToGrid, type ApplyToGridResult } from "./scenario/applyChangesToGrid";
export {
  expectedRowIds,
  invertChangeSet,
  type CellChange,
  type ScenarioCellChange,
  type ScenarioChangeSet,
} from "./scenario/scenarioChange";
export { scenarioChanges, statusWord, type ScenarioChangesResult } from "./scenario/scenarioChanges";
export type { NewPositionFields, ScenarioEdit } from "./scenario/scenarioEdit";
export type { ScenarioInfo, ScenarioMeta } from "./scenario/scenarioInfo";
export { defaultScenarioTitle, scenarioSheetName, scenarioTableName } from "./scenario/scenarioNaming";
export type { ScenarioRefusal, ScenarioRefusalCode } from "./scenario/scenarioRefusal";
export { scenarioSheetSpec } from "./scenario/scenarioSheet";
export { gridFromSheetSpec } from "./sheet/gridFromSheetSpec";
export type { SheetGrid } from "./sheet/sheetGrid";
export type { SheetColumnSpec, SheetSpec, SpecCell, WriteSheetResult } from "./sheet/sheetSpec";
export {
  SETTING_COLUMN_MAPPING,
  SETTING_CREATED_SHEETS,
  type ApplyScenarioResult,
  type CreateScenarioRequest,
  type CreateScenarioResult,
  type ReadResult,
  type SourceProblem,
  type SourceProblemCode,
  type WorkbookSource,
} from "./sheet/workbookSource";
export * from "./layout";
export { buildDepartmentTree, type DepartmentTree, type DepartmentTreeOptions } from "./rollup/buildDepartmentTree";
export { countFindingsByPosition } from "./rollup/countFindings";
export { listDepartments } from "./rollup/listDepartments";
export { rollUpPositions, type PositionRollups, type RollupTotals } from "./rollup/positionRollups";
export type { UnitRollup } from "./rollup/unitRollup";
export { searchPositions } from "./search/searchPositions";
export {
  costHeadcount,
  type CostInput,
  type CostOptions,
  type DepartmentCost,
  type HeadcountCost,
  type OnCostItemTotal,
} from "./cost/costHeadcount";
export {
  costSettingsOf,
  DEFAULT_COST_SETTINGS,
  type CostSettings,
  type PayPoint,
  type Proration,
  type SalaryBasis,
  type VacancyFunding,
} from "./cost/costSettings";
export { ticksToAmount } from "./cost/decimal";
export { DEFAULT_RATE_LINES } from "./cost/defaultRates";
export { positionValuesOf, sumByGroup, sumUpTree, type PositionValues } from "./rollup/positionValues";
