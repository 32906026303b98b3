import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { CARD_KIND, type CardIndex } from "../../../core/layout/chartTree";
import type { OrgAnalysis } from "../../../core";
import type { PaneHost } from "../../host/paneHost";
import { OPEN_ALL_EXPANDED_UP_TO, OPEN_LEVEL } from "../../chart/chartOptions";
import type { ChartActions, ChartState } from "../../hooks/useChartState";
import { useChartExport } from "../../hooks/useChartExport";
import { useChartScene } from "../../hooks/useChartScene";
import { paneAspectOf } from "../../chart/buildChartScene";
import { useElementWidth } from "../../hooks/useElementWidth";
import { useWindowHeight } from "../../hooks/useWindowHeight";
import { usePaneLanguage } from "../../translateContext";
import { translate } from "../../../i18n";
import { textIn, type PaneText } from "../../paneNotice";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import type { CostShown } from "../../../core/cost/costSettingsSetting";
import type { ScenarioEdit } from "../../../core/scenario/scenarioEdit";
import type { ChartChanges } from "../../../chart/chartChanges";
import { PositionCostMonths } from "../cost/PositionCostMonths";
import { ChartSearch } from "./ChartSearch";
import { ChartToolbar } from "./ChartToolbar";
import { DepartmentLegend } from "./DepartmentLegend";
import { ExportDialog } from "./ExportDialog";
import { OrgChartCanvas, type OrgChartHandle } from "./OrgChartCanvas";
import { SheetRowList } from "./SheetRowList";

/** Pane widths from which the row list sits beside the chart rather than under it. */
const SIDE_BY_SIDE_FROM = 860;
const ROW_LIST_WIDTH = 380;
/** Space kept below the chart so that its lower edge (and the minimap) shows with the pane scrolled to the top. */
const BELOW_CHART = 16;
const MIN_CHART_HEIGHT = 320;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingHorizontalM, minWidth: 0 },
  sideBySide: { gridTemplateColumns: `minmax(0, 1fr) ${ROW_LIST_WIDTH}px` },
  chartColumn: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  status: { color: tokens.colorNeutralForeground2 },
});

export interface ChartPanelProps {
  host: PaneHost;
  analysis: OrgAnalysis;
  /** The sheet the positions were read from (a card click selects its row there). */
  sheet: string;
  chart: [ChartState, ChartActions];
  flagged: ReadonlySet<number>;
  /** The cost model's figures: the badges show them, and a selected card's position its months. */
  cost?: HeadcountCost;
  costShown?: CostShown;
  /** A failure the user must hear of (a card click that could not select its row in Excel). */
  onProblem?: (message: PaneText) => void;
  /** A plan is shown: its cards can be moved and edited, each edit handed to `onEdit` as data. */
  editable?: boolean;
  onEdit?: (edit: ScenarioEdit) => void;
  /** A plan's chart coloured by change (removed positions as ghosts). */
  changes?: ChartChanges;
  /** Shown first in the panel (the plan's Plan / Current switch). */
  header?: React.ReactNode;
  /** The row list outside Excel (default shown); off where two charts stand side by side. */
  rowList?: boolean;
}

/** The Chart tab: the toolbar and search, the org chart, its legend and, outside Excel, the sheet's rows beside it. */
export function ChartPanel({
  host,
  analysis,
  sheet,
  chart: [state, actions],
  flagged,
  onProblem,
  cost,
  costShown,
  editable = false,
  onEdit,
  changes,
  header,
  rowList = true,
}: ChartPanelProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const handle = useRef<OrgChartHandle>(null);
  const [measure, width] = useElementWidth<HTMLDivElement>(360);
  const windowHeight = useWindowHeight();
  const model = analysis.model;
  const [chartTop, setChartTop] = useState<number>();
  const withRows = rowList && !host.inExcel;
  const sideBySide = withRows && width >= SIDE_BY_SIDE_FROM;
  const chartHeight = Math.max(
    MIN_CHART_HEIGHT,
    Math.round(windowHeight - (chartTop === undefined ? (host.inExcel ? 230 : 260) : chartTop + BELOW_CHART)),
  );
  // The layout wraps wide managers' reports into rows to suit the chart's shape.
  const paneAspect = paneAspectOf(sideBySide ? width - ROW_LIST_WIDTH - 12 : width, chartHeight);
  const built = useChartScene(analysis, state.options, lang, t, paneAspect, cost, costShown, changes);
  const { scene, tree } = built;
  const exporting = useChartExport(analysis, state.options, state.selection.id, t, host, cost, costShown, changes);
  const [exportOpen, setExportOpen] = useState(false);
  const [unitCard, setUnitCard] = useState<CardIndex>(-1);
  const chartColumn = useRef<HTMLDivElement>(null);

  // Where the chart starts on the page (below the header, the actions, the tabs, the toolbar and the search, which
  // wrap differently by language and width): the chart fills the pane's height from there. Measured in the next
  // frame, where the browser lays the page out anyway, and a move rendered at once, before that frame is painted:
  // measured in React's commit, the layout of everything the render changed was forced into the render's task (at
  // 100,000 positions the pane's longest).
  useLayoutEffect(() => {
    const element = chartColumn.current;
    if (!element) return;
    const measure = () => {
      const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
      setChartTop((previous) => (previous !== undefined && Math.abs(previous - top) <= 1 ? previous : top));
    };
    if (typeof requestAnimationFrame !== "function") {
      measure();
      return;
    }
    const frame = requestAnimationFrame(() => flushSync(measure));
    return () => cancelAnimationFrame(frame);
  });

  const selectedIndex = state.selection.id === undefined ? undefined : model.indexById.get(state.selection.id);
  const selectedCard =
    state.options.view === "departments"
      ? unitCard
      : selectedIndex === undefined
        ? -1
        : (tree.cardOfPosition[selectedIndex] ?? -1);

  useEffect(() => setUnitCard(-1), [state.options.view]);

  const onActivate = useCallback(
    (card: CardIndex) => {
      if (tree.kind[card] !== CARD_KIND.position) {
        setUnitCard(card);
        return;
      }
      const index = tree.subject[card];
      actions.select(index, false);
      if (host.inExcel && host.selectSourceRow) {
        const position = model.positions[index];
        const where = { row: position.row, sheet };
        host.selectSourceRow(sheet, position.row).then(
          (selected) => {
            if (!selected) onProblem?.((lang) => translate(lang, "ui.findings.sheetGone", where));
          },
          (error: unknown) =>
            onProblem?.((lang) =>
              translate(lang, "ui.excel.selectRowFailed", {
                ...where,
                detail: error instanceof Error ? error.message : String(error),
              }),
            ),
        );
      }
    },
    [actions, host, model, onProblem, sheet, tree],
  );

  const onToggle = useCallback(
    (card: CardIndex) => {
      if (tree.kind[card] === CARD_KIND.position) actions.toggleCollapsed(model.positions[tree.subject[card]].id);
      else if (tree.kind[card] !== CARD_KIND.virtualTop) actions.toggleUnit(built.units[tree.subject[card]].key);
    },
    [actions, built.units, model, tree],
  );

  const cardOfPosition = useCallback(
    (id: string): CardIndex => {
      const index = model.indexById.get(id);
      return index === undefined ? -1 : (tree.cardOfPosition[index] ?? -1);
    },
    [model, tree],
  );

  const onView = (view: typeof state.options.view) => {
    if (view === "focus") {
      if (state.selection.id !== undefined) actions.focusOn(state.selection.id);
    } else actions.setView(view);
  };

  // Outside Excel, the status line names the selected position's row, whichever way it was selected (a card, a row of
  // the list, the search, the keyboard, a finding): it is worked out from the selection, so it never goes stale.
  const selectedPosition = selectedIndex === undefined ? undefined : model.positions[selectedIndex];
  const status =
    selectedPosition && !host.inExcel
      ? t("ui.orgChart.selectedRow", {
          title: selectedPosition.title || t("ui.orgChart.untitled"),
          row: selectedPosition.row,
          sheet,
        })
      : undefined;
  const focusTitle =
    state.options.view === "focus" && state.options.focusId !== undefined
      ? model.positions[model.indexById.get(state.options.focusId) ?? -1]?.title
      : undefined;

  return (
    <div ref={measure} className={styles.root} data-testid="chart-panel">
      {header}
      <ChartToolbar
        options={state.options}
        layerCount={model.layerCount}
        canFocus={selectedIndex !== undefined && model.childStart[selectedIndex + 1] > model.childStart[selectedIndex]}
        onView={onView}
        onOrientation={actions.setOrientation}
        onCompact={actions.setCompact}
        onDottedLines={actions.setShowDottedLines}
        onExpandAll={actions.expandAll}
        onExpandToLevel={actions.expandToLevel}
        onZoomIn={() => handle.current?.zoomBy(1.25)}
        onZoomOut={() => handle.current?.zoomBy(0.8)}
        onFit={() => handle.current?.fit()}
        onExport={() => setExportOpen(true)}
        exportBusy={exporting.busy}
      />
      <ExportDialog
        open={exportOpen}
        onOpenChange={setExportOpen}
        options={state.options}
        layerCount={model.layerCount}
        selectedTitle={selectedIndex === undefined ? undefined : model.positions[selectedIndex].title}
        canDownload={exporting.canDownload}
        canInsert={exporting.canInsert}
        busy={exporting.busy}
        onExport={exporting.exportChart}
      />
      {exporting.message && (
        <Caption1 className={styles.status} role="status" data-testid="export-status">
          {textIn(exporting.message, lang)}
        </Caption1>
      )}
      <ChartSearch model={model} onChoose={(position) => actions.select(position, true)} />
      {state.openedCollapsed && (
        <Caption1 className={styles.note} data-testid="opened-collapsed">
          {t("ui.orgChart.collapsedOnOpen", { count: model.positions.length, level: OPEN_LEVEL })}
        </Caption1>
      )}
      {focusTitle !== undefined && (
        <Caption1 className={styles.note} data-testid="focus-note">
          {t("ui.orgChart.focusOn", { title: focusTitle || t("ui.orgChart.untitled") })}
        </Caption1>
      )}
      <div className={mergeClasses(styles.body, sideBySide && styles.sideBySide)}>
        <div ref={chartColumn} className={styles.chartColumn}>
          {tree.count === 0 ? (
            <Caption1 className={styles.note}>{t("ui.orgChart.empty")}</Caption1>
          ) : (
            <OrgChartCanvas
              ref={handle}
              scene={scene}
              selected={selectedCard}
              revealTicket={state.selection.revealTicket}
              initialView={state.view.current}
              openKey={`${state.workbookTicket}:${state.options.view}:${state.options.focusId}:${state.options.orientation}:${paneAspect}`}
              onActivate={onActivate}
              onToggle={onToggle}
              onViewChange={(view) => {
                state.view.current = view;
              }}
              cardOfPosition={cardOfPosition}
              height={chartHeight}
              editable={editable}
              onEdit={onEdit}
              drawApart={model.positions.length > OPEN_ALL_EXPANDED_UP_TO}
            />
          )}
          {status && (
            <Caption1 className={styles.status} role="status" data-testid="chart-status">
              {status}
            </Caption1>
          )}
          {built.currencyNote && <Caption1 className={styles.note}>{built.currencyNote}</Caption1>}
          {cost && selectedIndex !== undefined && (
            <PositionCostMonths cost={cost} model={model} position={selectedIndex} />
          )}
          <DepartmentLegend colours={built.colours} />
        </div>
        {withRows && (
          <SheetRowList
            model={model}
            flagged={flagged}
            selected={selectedIndex}
            revealTicket={state.selection.revealTicket}
            onSelect={(position) => actions.select(position, true)}
            height={sideBySide ? chartHeight : 240}
          />
        )}
      </div>
    </div>
  );
}
