import {
  Menu,
  MenuButton,
  MenuDivider,
  MenuItem,
  MenuItemCheckbox,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Toolbar,
  ToolbarButton,
  ToolbarRadioButton,
  ToolbarRadioGroup,
  Tooltip,
  makeStyles,
  tokens,
  type MenuCheckedValueChangeData,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ArrowMaximize20Regular,
  Options20Regular,
  ZoomIn20Regular,
  ZoomOut20Regular,
} from "@fluentui/react-icons";
import type { ChartOrientation } from "../../../core/layout/chartLayout";
import type { ChartOptions, ChartViewKind } from "../../chart/chartOptions";
import { usePaneLanguage } from "../../translateContext";

const VIEWS: readonly ChartViewKind[] = ["positions", "departments", "focus"];

const useStyles = makeStyles({
  root: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS, padding: 0, minWidth: 0 },
  spacer: { flexGrow: 1 },
  // Narrow enough for the whole toolbar to fit one line of a 350 px pane in English and Chinese.
  view: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, minWidth: 0 },
  // Zoom and options keep together: if the toolbar ever wraps, the options button never ends up alone on a line.
  tools: { display: "flex", flexWrap: "nowrap", alignItems: "center", flexShrink: 0 },
  tool: { minWidth: "28px", paddingLeft: "2px", paddingRight: "2px" },
});

export interface ChartToolbarProps {
  options: ChartOptions;
  /** Layers in the org, for "Expand to level N". */
  layerCount: number;
  /** Whether a card is selected (Focus needs one). */
  canFocus: boolean;
  onView: (view: ChartViewKind) => void;
  onOrientation: (orientation: ChartOrientation) => void;
  onCompact: (compact: boolean) => void;
  onDottedLines: (show: boolean) => void;
  onExpandAll: () => void;
  onExpandToLevel: (level: number) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Opens the export dialog (the last item of the options menu: a button of its own would not fit a 350 px pane's line); omitted: no Export item. */
  onExport?: () => void;
  exportBusy?: boolean;
}

/** View (positions, departments, focus), zoom and the chart's options. */
export function ChartToolbar(props: ChartToolbarProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const { options } = props;
  const checked = {
    view: [options.view],
    orientation: [options.orientation],
    show: [...(options.compact ? ["compact"] : []), ...(options.showDottedLines ? ["dotted"] : [])],
  };
  const onChecked = (_: unknown, data: MenuCheckedValueChangeData) => {
    if (data.name === "orientation") props.onOrientation(data.checkedItems[0] as ChartOrientation);
    if (data.name === "show") {
      if (data.checkedItems.includes("compact") !== options.compact) props.onCompact(!options.compact);
      if (data.checkedItems.includes("dotted") !== options.showDottedLines)
        props.onDottedLines(!options.showDottedLines);
    }
  };
  const levels = [];
  for (let level = 1; level <= Math.min(props.layerCount, 8); level++) levels.push(level);

  return (
    <Toolbar
      size="small"
      aria-label={t("ui.orgChart.toolbar")}
      className={styles.root}
      checkedValues={checked}
      onCheckedValueChange={(_, data) => {
        if (data.name === "view") props.onView(data.checkedItems[0] as ChartViewKind);
      }}
      data-testid="chart-toolbar"
    >
      <ToolbarRadioGroup aria-label={t("ui.orgChart.view.label")}>
        {VIEWS.map((view) => (
          <ToolbarRadioButton
            key={view}
            name="view"
            value={view}
            appearance="subtle"
            disabled={view === "focus" && !props.canFocus && options.view !== "focus"}
            title={view === "focus" ? t("ui.orgChart.focusHint") : undefined}
            className={styles.view}
            data-chart-view={view}
          >
            {t(`ui.orgChart.view.${view}`)}
          </ToolbarRadioButton>
        ))}
      </ToolbarRadioGroup>
      <span className={styles.spacer} />
      <span className={styles.tools} data-testid="chart-tools">
        <Tooltip content={t("ui.orgChart.zoomOut")} relationship="label">
          <ToolbarButton
            icon={<ZoomOut20Regular />}
            onClick={props.onZoomOut}
            className={styles.tool}
            data-testid="zoom-out"
          />
        </Tooltip>
        <Tooltip content={t("ui.orgChart.zoomIn")} relationship="label">
          <ToolbarButton
            icon={<ZoomIn20Regular />}
            onClick={props.onZoomIn}
            className={styles.tool}
            data-testid="zoom-in"
          />
        </Tooltip>
        <Tooltip content={t("ui.orgChart.fit")} relationship="label">
          <ToolbarButton
            icon={<ArrowMaximize20Regular />}
            onClick={props.onFit}
            className={styles.tool}
            data-testid="zoom-fit"
          />
        </Tooltip>
        <Menu checkedValues={checked} onCheckedValueChange={onChecked}>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content={t("ui.orgChart.options")} relationship="label">
              <MenuButton
                appearance="subtle"
                size="small"
                icon={<Options20Regular />}
                className={styles.tool}
                data-testid="chart-options"
              />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItemRadio name="orientation" value="topDown">
                {t("ui.orgChart.orientation.topDown")}
              </MenuItemRadio>
              <MenuItemRadio name="orientation" value="leftRight" data-testid="orientation-left-right">
                {t("ui.orgChart.orientation.leftRight")}
              </MenuItemRadio>
              <MenuDivider />
              <MenuItemCheckbox name="show" value="compact" data-testid="compact-toggle">
                {t("ui.orgChart.compact")}
              </MenuItemCheckbox>
              <MenuItemCheckbox name="show" value="dotted" data-testid="dotted-toggle">
                {t("ui.orgChart.dottedLines")}
              </MenuItemCheckbox>
              <MenuDivider />
              <MenuItem onClick={props.onExpandAll} data-testid="expand-all">
                {t("ui.orgChart.expandAll")}
              </MenuItem>
              {levels.map((level) => (
                <MenuItem key={level} onClick={() => props.onExpandToLevel(level)} data-expand-level={level}>
                  {t("ui.orgChart.expandToLevel", { level })}
                </MenuItem>
              ))}
              {props.onExport && <MenuDivider />}
              {props.onExport && (
                <MenuItem
                  icon={<ArrowDownload20Regular />}
                  disabled={props.exportBusy}
                  onClick={props.onExport}
                  data-testid="export-open"
                >
                  {t("export.open")}
                </MenuItem>
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      </span>
    </Toolbar>
  );
}
