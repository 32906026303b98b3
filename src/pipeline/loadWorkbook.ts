import type { OrgAnalysis } from "../core/analysis";
import { analyzeOrg, type WorkbookAnalysis } from "../core/analyzeWorkbook";
import { buildOrgModel } from "../core/buildOrgModel";
import { budgetOfTable } from "../core/budget/budgetOfTable";
import type { BudgetVariance } from "../core/budget/budgetVariance";
import type { OrgRules } from "../core/checks/orgRules";
import { parseOrgRules, SETTING_ORG_RULES } from "../core/checks/orgRulesSetting";
import type { ColumnMapping } from "../core/columns/columnMapping";
import { parseColumnMapping } from "../core/columns/columnMappingSetting";
import { costHeadcount, type HeadcountCost } from "../core/cost/costHeadcount";
import type { CostSettings } from "../core/cost/costSettings";
import { parseCostSettings, SETTING_COST_SETTINGS, type SavedCostSettings } from "../core/cost/costSettingsSetting";
import type { Finding } from "../core/findings/finding";
import { sortFindings } from "../core/findings/sortFindings";
import { joinHeadcountLines, type JoinedSheet } from "../core/lines/joinHeadcountLines";
import { findingsOnJoinedSheets } from "../core/lines/joinedFindings";
import { malformedQuotesFindings } from "../core/sheet/malformedQuotesFindings";
import { mergedCellsFinding } from "../core/sheet/mergedCellsFinding";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import { SETTING_COLUMN_MAPPING, type SourceProblem, type WorkbookSource } from "../core/sheet/workbookSource";
import type { Lang } from "../i18n";
import { readSupportTables, type SupportGrids } from "./supportTables";

/**
 * The one load-and-analyse pipeline of the pane (in its analysis worker or on its own thread) and of the command
 * line: read the workbook through its {@link WorkbookSource} (the positions table with the column mapping, the
 * support tables, the saved rules), then analyse it. The two halves are separate so the pane can read on its
 * thread (Excel's API lives there) and analyse in a worker.
 */

/** What was read from a workbook: the tables and the choices saved in it (or given instead). */
export interface WorkbookRead {
  positions: SheetGrid;
  support: SupportGrids;
  /** The column mapping the positions were read with: the saved one, with `options.mapping` over it. */
  mapping: ColumnMapping;
  /** The rules: `options.rules`, else those saved in the workbook, else the defaults. */
  rules: OrgRules;
  /** The cost settings saved in the workbook, with `options.costSettings` over them. */
  costSettings: SavedCostSettings;
  /**
   * Tables of headcount lines from elsewhere (the command line's further files), joined into the org like the
   * workbook's own (`support.headcountLines`); see core/lines/joinHeadcountLines.
   */
  lines?: SheetGrid[];
}

/** A workbook read and analysed: the positions table, the saved choices and the whole analysis. */
export interface LoadedWorkbook {
  /**
   * The positions table the org was read from: the workbook's own, or (headcount lines joined from another sheet or
   * file) a new grid with the lines' rows below its rows, in its columns (see `joined`).
   */
  grid: SheetGrid;
  /** The tables of headcount lines joined into `grid`, and which of its rows came from each; empty when none. */
  joined?: JoinedSheet[];
  /** The column mapping in force (empty when none). */
  mapping: ColumnMapping;
  /** The rules in force (the defaults when none are saved). */
  rules: OrgRules;
  analysis: WorkbookAnalysis;
  /** The cost settings in force (saved, or the defaults). */
  costSettings: SavedCostSettings;
  /** What every position costs for the fiscal year; undefined when the positions cannot be read as an org. */
  cost?: HeadcountCost;
  /**
   * The Budget table held against `cost` (department × month variance); undefined without a Budget table or a cost.
   * Its findings (and the Budget table's unreadable cells) are in `cost.findings` too, after the cost's own.
   */
  budget?: BudgetVariance;
  /** The support tables read beside the positions (the Headcount cost sheet's formulas read the FX table). */
  support?: SupportGrids;
}

export type ReadWorkbookResult = { ok: true; read: WorkbookRead } | { ok: false; problem: SourceProblem };
export type LoadWorkbookResult = { ok: true; loaded: LoadedWorkbook } | { ok: false; problem: SourceProblem };

export interface ReadWorkbookOptions {
  /** The sheet to read the positions from; default: the source's own choice. */
  sheet?: string;
  /** When `sheet` is gone: read the source's own choice instead (the pane) rather than fail (the command line). */
  fallBackWhenSheetGone?: boolean;
  /** Fields mapped over the saved mapping (the command line's `--map`). */
  mapping?: ColumnMapping;
  /** Rules instead of the saved ones (the command line's `--rules`). */
  rules?: OrgRules;
  /** Cost settings over the saved ones (the command line's `--year`, `--currency`…). */
  costSettings?: Partial<CostSettings>;
  /** Tables of headcount lines from other files (the command line's further files), joined into the org. */
  lines?: SheetGrid[];
}

export interface LoadWorkbookOptions extends ReadWorkbookOptions {
  /**
   * @deprecated Read by nothing: the analysis is the same in every language (findings carry no message, the cost
   * model and the budget name nothing); the edges make what they show in the user's language. Still accepted so the
   * callers passing their language keep compiling.
   */
  lang?: Lang;
  /**
   * False: leave the cost model (and the budget against it) out, for a caller that shows neither (`check`: on a
   * whole sheet the cost's month arrays alone are 190 MB). Default true.
   */
  cost?: boolean;
}

/** Reads the positions table, every support table, and the saved mapping and rules. Never throws on data. */
export async function readWorkbook(
  source: WorkbookSource,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  const saved = parseColumnMapping(await source.readSetting(SETTING_COLUMN_MAPPING));
  const mapping: ColumnMapping = { ...saved, ...options.mapping };
  let positions = await source.readPositions({ sheet: options.sheet, mapping });
  if (
    !positions.ok &&
    positions.problem.code === "SHEET_NOT_FOUND" &&
    options.sheet !== undefined &&
    options.fallBackWhenSheetGone
  )
    positions = await source.readPositions({ mapping });
  if (!positions.ok) return positions;
  const rules = options.rules ?? parseOrgRules(await source.readSetting(SETTING_ORG_RULES));
  const support = await readSupportTables(source);
  const savedCost = parseCostSettings(await source.readSetting(SETTING_COST_SETTINGS));
  const costSettings = { ...savedCost, settings: { ...savedCost.settings, ...options.costSettings } };
  return {
    ok: true,
    read: {
      positions: positions.grid,
      support,
      mapping,
      rules,
      costSettings,
      ...(options.lines && options.lines.length > 0 ? { lines: options.lines } : {}),
    },
  };
}

/**
 * The whole analysis (org model, org checks, coverage, cost) of what was read. Pure: runs in a worker as well. It
 * takes no language: the same workbook gives the same analysis whatever language it is shown in (the pane switches
 * language without analysing again; see docs/ARCHITECTURE.md, "Language").
 */
export function analyseWorkbookRead(read: WorkbookRead, options: { cost?: boolean } = {}): LoadedWorkbook {
  return analyseInStages(read, options).finish();
}

/** The analysis in two steps: the org model first (the chart can be drawn from it), then checks, coverage and cost. */
export interface StagedAnalysis {
  org: OrgAnalysis;
  finish(): LoadedWorkbook;
}

export function analyseInStages(read: WorkbookRead, costed: { cost?: boolean } = {}): StagedAnalysis {
  // Headcount lines of another sheet (or file) join the positions, each under the manager it names.
  const tables = [...(read.support.headcountLines ? [read.support.headcountLines] : []), ...(read.lines ?? [])];
  const { grid: positions, joined, findings: lineDrafts } = joinHeadcountLines(read.positions, tables, read.mapping);
  const input = { positions, ...read.support };
  const options = { mapping: read.mapping, rules: read.rules };
  const built = buildOrgModel(positions, options);
  const onSheets = (findings: readonly Finding[]): Finding[] =>
    findingsOnJoinedSheets(findings, joined, positions.firstRow, built.model);
  const org: OrgAnalysis = withReadingFindings(
    joined.length === 0
      ? built
      : {
          ...built,
          findings: [...onSheets(built.findings), ...sortFindings(lineDrafts)],
        },
    read.positions,
  );
  return {
    org,
    finish: () => {
      const analyzed = analyzeOrg(org, input, options);
      const analysis = joined.length === 0 ? analyzed : { ...analyzed, findings: onSheets(analyzed.findings) };
      // The cost model runs where the analysis runs, on the one org model (none when a required column is missing).
      let cost =
        analysis.columns.missing.length === 0 && costed.cost !== false
          ? costHeadcount(
              { analysis, positions, rates: read.support.rates, fx: read.support.fx },
              { settings: read.costSettings.settings },
            )
          : undefined;
      if (cost && joined.length > 0) cost = { ...cost, findings: onSheets(cost.findings) };
      // The budget is held against the cost where the cost is made; its findings join the cost's.
      const budget = cost ? budgetOfTable(read.support.budget, cost, { model: analysis.model }) : undefined;
      if (cost && budget && budget.findings.length > 0)
        cost = { ...cost, findings: [...cost.findings, ...budget.findings] };
      return {
        grid: positions,
        joined,
        mapping: read.mapping,
        rules: read.rules,
        analysis,
        costSettings: read.costSettings,
        cost,
        budget: budget?.variance,
        support: read.support,
      };
    },
  };
}

/**
 * The org with what the adapter did to read the cells (after the other data findings): the info finding naming the
 * merged areas it filled, and the rows of a CSV it read despite malformed quotes.
 */
function withReadingFindings(org: OrgAnalysis, grid: SheetGrid): OrgAnalysis {
  const merged = mergedCellsFinding(grid, org.columns.headerRow);
  const quotes = malformedQuotesFindings(grid);
  if (!merged && quotes.length === 0) return org;
  return { ...org, findings: [...org.findings, ...quotes, ...(merged ? [merged] : [])] };
}

/** Reads the workbook and analyses it. */
export async function loadWorkbook(source: WorkbookSource, options: LoadWorkbookOptions): Promise<LoadWorkbookResult> {
  const result = await readWorkbook(source, options);
  return result.ok ? { ok: true, loaded: analyseWorkbookRead(result.read, { cost: options.cost }) } : result;
}
