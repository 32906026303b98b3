/** The pane's font, with CJK fallbacks for Windows, macOS and Linux. */
export const CHART_FONT_FAMILY =
  '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans", system-ui, sans-serif';

/**
 * The chart's stylesheet (a constant: no cell text goes in here). Colours are the pane's theme: Fluent UI's colour
 * tokens, which the FluentProvider around the chart sets as CSS variables (light, dark, or Office's colours); the
 * fallbacks are the light theme's, for a chart drawn outside a provider. The department colour is set per card on
 * its band, from the palette for the theme (departmentColours).
 */
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
@media (forced-colors: active) {
  .oc-card-body { stroke: CanvasText; }
  .oc-card.oc-selected .oc-card-ring, .oc-card:focus-visible .oc-card-ring { stroke: Highlight; }
}
`;
}
