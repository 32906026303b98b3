import { CHANGE_MARK_GEOMETRY } from "./cardLayout";
import { LIGHT_CHANGE_COLOURS } from "./chartTheme";

/** The pane's font, with CJK fallbacks for Windows, macOS and Linux. */
export const CHART_FONT_FAMILY =
  '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans", system-ui, sans-serif';

/**
 * The chart's stylesheet (a constant: no cell text goes in here). Colours are the pane's theme: Fluent UI's colour
 * tokens, which the FluentProvider around the chart sets as CSS variables (light, dark, or Office's colours); the
 * fallbacks are the light theme's, for a chart drawn outside a provider. The department colour is set per card on
 * its band, from the palette for the theme (departmentColours).
 */
/** The chart of a plan: changed cards' outlines and marks, ghost cards. Colours from the root's variables. */
function changeRules(): string {
  const c = LIGHT_CHANGE_COLOURS;
  const kinds = (["added", "moved", "changed"] as const)
    .map(
      (kind) => `
.oc-change-${kind} .oc-card-body { stroke: var(--oc-change-${kind}, ${c[kind]}); stroke-width: ${c.outlineWidth}px; }
.oc-change-${kind} .oc-card-change circle { fill: var(--oc-change-${kind}, ${c[kind]}); }`,
    )
    .join("");
  return `${kinds}
.oc-card .oc-card-change circle { stroke: var(--colorNeutralBackground1, #ffffff); stroke-width: 1.5px; }
.oc-card .oc-card-change text { font-size: ${CHANGE_MARK_GEOMETRY.fontSize}px; font-weight: 700; fill: var(--oc-change-mark-text, ${c.markText}); }
.oc-kind-removed { opacity: ${c.ghostOpacity}; cursor: default; }
.oc-kind-removed .oc-card-body { stroke: var(--oc-change-removed, ${c.removed}); stroke-width: 2px; stroke-dasharray: ${c.ghostDash.join(" ")}; fill: var(--colorNeutralBackground2, #fafafa); }
.oc-kind-removed .oc-card-title { text-decoration: line-through; }
.oc-kind-removed .oc-card-change circle { fill: var(--oc-change-removed, ${c.removed}); }
.oc-change-legend { position: absolute; left: 8px; top: 8px; display: flex; flex-direction: column; gap: 3px; max-width: calc(50% - 16px); box-sizing: border-box; margin: 0; padding: 4px 8px; list-style: none; background: var(--colorNeutralBackground1, #ffffff); opacity: 0.94; border: 1px solid var(--colorNeutralStroke1, #c8c6c4); border-radius: 4px; font-size: 12px; color: var(--colorNeutralForeground1, #242424); pointer-events: none; }
.oc-change-legend-title { font-weight: 600; }
.oc-change-legend li { display: flex; align-items: center; gap: 4px; white-space: nowrap; }
.oc-change-legend-mark { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%; font-size: 11px; font-weight: 700; color: var(--oc-change-mark-text, ${c.markText}); }
.oc-change-legend-mark[data-kind="removed"] { border: 1.5px dashed var(--colorNeutralBackground1, #ffffff); box-sizing: border-box; }`;
}

/** Editing a plan: the card being moved, the drop target (or a refused one), the card menu and the move's status. */
function editRules(): string {
  return `
.oc-editable .oc-card:not(.oc-kind-removed):not(.oc-kind-virtualTop) { cursor: grab; }
.oc-dragging, .oc-dragging .oc-card { cursor: grabbing !important; }
.oc-dragging.oc-refused, .oc-dragging.oc-refused .oc-card { cursor: not-allowed !important; }
.oc-card.oc-moving { opacity: 0.45; }
.oc-card.oc-moving .oc-card-body { stroke-dasharray: 4 3; }
.oc-card.oc-drop-target .oc-card-body { stroke: var(--colorBrandStroke1, #0f6cbd); stroke-width: 3px; fill: var(--colorBrandBackground2, #ebf3fc); }
.oc-card.oc-drop-refused .oc-card-body { stroke: var(--colorPaletteRedBorder2, #c50f1f); stroke-width: 3px; stroke-dasharray: 5 3; }
.oc-drag-preview { opacity: 0.8; pointer-events: none; }
.oc-card-more { cursor: pointer; }
.oc-card-more circle { fill: var(--colorNeutralBackground1, #ffffff); stroke: var(--colorBrandStroke1, #0f6cbd); stroke-width: 1.5px; }
.oc-card-more:hover circle { fill: var(--colorBrandBackground2, #ebf3fc); }
.oc-card-more-dots { fill: var(--colorBrandForeground1, #0f6cbd); }
.oc-menu { position: absolute; z-index: 2; min-width: 180px; max-width: calc(100% - 16px); box-sizing: border-box; padding: 4px; margin: 0; list-style: none; background: var(--colorNeutralBackground1, #ffffff); color: var(--colorNeutralForeground1, #242424); border: 1px solid var(--colorNeutralStroke1, #c8c6c4); border-radius: 6px; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.18); font-size: 13px; }
.oc-menu-heading { padding: 4px 8px; font-size: 12px; font-weight: 600; color: var(--colorNeutralForeground3, #616161); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.oc-menu button { display: block; width: 100%; box-sizing: border-box; padding: 6px 8px; border: none; border-radius: 4px; background: none; color: inherit; font: inherit; text-align: start; cursor: pointer; }
.oc-menu button:hover, .oc-menu button:focus-visible { background: var(--colorNeutralBackground1Hover, #f5f5f5); outline: none; }
.oc-menu button:focus-visible { box-shadow: inset 0 0 0 2px var(--colorStrokeFocus2, #000000); }
.oc-menu button[aria-disabled="true"] { color: var(--colorNeutralForegroundDisabled, #bdbdbd); cursor: default; }
.oc-editor { display: flex; flex-direction: column; gap: 6px; padding: 6px 8px; }
.oc-editor label { font-size: 12px; color: var(--colorNeutralForeground2, #424242); }
.oc-editor input { font: inherit; padding: 4px 6px; border: 1px solid var(--colorNeutralStroke1, #8a8886); border-radius: 4px; background: var(--colorNeutralBackground1, #ffffff); color: inherit; }
.oc-editor-error { font-size: 12px; color: var(--colorPaletteRedForeground1, #b10e1c); }
.oc-editor-error:empty { display: none; }
.oc-editor-actions { display: flex; gap: 6px; justify-content: flex-end; }
.oc-editor-actions button { width: auto; padding: 4px 10px; border: 1px solid var(--colorNeutralStroke1, #c8c6c4); }
.oc-editor-actions button.oc-primary { background: var(--colorBrandBackground, #0f6cbd); color: var(--colorNeutralForegroundOnBrand, #ffffff); border-color: transparent; }
.oc-editor-actions button.oc-primary:hover { background: var(--colorBrandBackgroundHover, #115ea3); }
.oc-status { position: absolute; left: 8px; bottom: 8px; max-width: calc(100% - 200px); min-width: 120px; box-sizing: border-box; padding: 6px 10px; background: var(--colorNeutralBackgroundInverted, #292929); color: var(--colorNeutralForegroundInverted, #ffffff); border-radius: 4px; font-size: 12px; pointer-events: none; }
.oc-status.oc-refused { background: var(--colorPaletteRedBackground3, #c50f1f); }
.oc-status:empty, .oc-status[hidden] { display: none; }`;
}

export function chartStylesheet(fontFamily: string): string {
  return `
.oc-svg { display: block; width: 100%; height: 100%; font-family: ${fontFamily}; cursor: grab; touch-action: none; user-select: none; -webkit-user-select: none; }
.oc-svg:active { cursor: grabbing; }
.oc-connectors { fill: none; stroke: var(--colorNeutralForeground4, #8a8886); stroke-width: 1.25px; vector-effect: non-scaling-stroke; }
.oc-dotted { fill: none; stroke: var(--colorNeutralForeground3, #605e5c); stroke-width: 1.5px; stroke-dasharray: 5 4; vector-effect: non-scaling-stroke; }
.oc-block { stroke: none; }
.oc-density { fill: var(--colorNeutralForeground3, #605e5c); stroke: none; }
.oc-card { cursor: pointer; outline: none; }
.oc-card-body { fill: var(--colorNeutralBackground1, #ffffff); stroke: var(--colorNeutralStroke1, #c8c6c4); stroke-width: 1px; }
.oc-card-ring { fill: none; stroke: none; stroke-width: 3px; }
.oc-card.oc-selected .oc-card-ring { stroke: var(--colorBrandStroke1, #0f6cbd); }
.oc-card:focus-visible .oc-card-ring { stroke: var(--colorStrokeFocus2, #000000); stroke-dasharray: 4 2; }
.oc-card.oc-selected:focus-visible .oc-card-ring { stroke: var(--colorBrandStroke1, #0f6cbd); stroke-dasharray: none; outline: none; }
.oc-card.oc-selected:focus-visible .oc-card-body { stroke: var(--colorStrokeFocus2, #000000); stroke-width: 2px; }
.oc-card text { fill: var(--colorNeutralForeground1, #242424); }
.oc-card-title { font-size: 13px; font-weight: 600; }
.oc-card-name { font-size: 12px; }
.oc-card-name-unfilled { font-style: italic; fill: var(--colorNeutralForeground3, #616161) !important; }
.oc-card-detail { font-size: 11px; fill: var(--colorNeutralForeground3, #616161) !important; }
.oc-card-badge rect { fill: var(--colorNeutralBackground4, #f0f0f0); }
.oc-card-badge text { font-size: 10px; fill: var(--colorNeutralForeground2, #424242) !important; }
.oc-card-warning path { fill: #f7630c; }
.oc-card-warning .oc-card-warning-bang { fill: #ffffff; }
.oc-card-toggle rect { fill: var(--colorNeutralBackground1, #ffffff); stroke: var(--colorNeutralForeground4, #8a8886); stroke-width: 1px; }
.oc-card-toggle text { font-size: 10px; font-weight: 600; fill: var(--colorNeutralForeground2, #424242) !important; }
.oc-card-toggle:hover rect { fill: var(--colorBrandBackground2, #ebf3fc); stroke: var(--colorBrandStroke1, #0f6cbd); }
.oc-card-far text, .oc-card-far .oc-card-badge, .oc-card-far .oc-card-toggle, .oc-card-far .oc-card-warning { display: none; }
.oc-zooming .oc-card text { display: none; }
.oc-kind-vacant .oc-card-body { stroke: var(--colorNeutralForeground4, #8a8886); stroke-dasharray: 6 4; fill: var(--colorNeutralBackground2, #fafafa); }
.oc-kind-planned .oc-card-body { stroke: var(--colorNeutralForeground4, #8a8886); stroke-dasharray: 2 3; fill: var(--colorNeutralBackground2, #fafafa); }
.oc-kind-closed { opacity: 0.55; }
.oc-kind-virtualTop .oc-card-body { fill: var(--colorNeutralBackgroundInverted, #424242); stroke: var(--colorNeutralBackgroundInverted, #424242); }
.oc-kind-virtualTop .oc-card-band { display: none; }
.oc-kind-virtualTop text { fill: var(--colorNeutralForegroundInverted, #ffffff) !important; }
.oc-kind-virtualTop .oc-card-badge rect { fill: var(--colorNeutralForegroundInverted, #ffffff); fill-opacity: 0.2; }
.oc-kind-virtualTop .oc-card-toggle text { fill: var(--colorNeutralForeground2, #424242) !important; }
.oc-kind-department .oc-card-body { fill: var(--colorNeutralBackground3, #f5f5f5); stroke: var(--colorNeutralStroke1, #a19f9d); stroke-width: 1.5px; }
.oc-kind-team .oc-card-body { fill: var(--colorNeutralBackground2, #fafafa); }
.oc-minimap { position: absolute; right: 8px; bottom: 8px; background: var(--colorNeutralBackground1, #ffffff); opacity: 0.94; border: 1px solid var(--colorNeutralStroke1, #c8c6c4); border-radius: 4px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.14); cursor: pointer; touch-action: none; }
.oc-minimap-cells { fill: var(--colorNeutralForeground4, #8a8886); }
.oc-minimap svg { display: block; }
.oc-minimap-view { position: absolute; left: 0; top: 0; box-sizing: border-box; background: rgba(15, 108, 189, 0.12); border: 1.5px solid var(--colorBrandStroke1, #0f6cbd); pointer-events: none; will-change: transform; }
.oc-change-legend, .oc-menu, .oc-status { font-family: ${fontFamily}; }
${changeRules()}
${editRules()}
@media (forced-colors: active) {
  .oc-card-body { stroke: CanvasText; }
  .oc-card.oc-selected .oc-card-ring, .oc-card:focus-visible .oc-card-ring { stroke: Highlight; }
}
`;
}
