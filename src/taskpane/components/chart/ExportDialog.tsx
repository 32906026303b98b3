import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Label,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState, type ReactNode } from "react";
import type { ChartOptions } from "../../../chart/chartOptions";
import { defaultExportSettings, type PaneExportSettings } from "../../../chart/export/paneExportSettings";
import type { PaperSize } from "../../../chart/export/paper";
import type { DeckShape } from "../../../chart/export/planDeck";
import type { Lang } from "../../../i18n";
import type { ExportTarget } from "../../hooks/useChartExport";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({
  // Fits a 350 px pane: the surface takes the pane's width less a margin, labels and fields in two columns.
  surface: { maxWidth: "min(420px, calc(100vw - 16px))", padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
  grid: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  select: { minWidth: 0 },
  note: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3 },
});

export interface ExportDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  options: ChartOptions;
  layerCount: number;
  /** The selected position's title (the "selected position's team" part); undefined: none selected. */
  selectedTitle: string | undefined;
  canDownload: boolean;
  canInsert: boolean;
  busy: boolean;
  onExport: (settings: PaneExportSettings, target: ExportTarget) => void;
}

const DEPTHS = [1, 2, 3, 4, 5, 6, 8, 10];

/**
 * The export dialog: format, part of the chart, layers, direction, language, and the format's own options (paper,
 * orientation and poster or pages for a PDF; one slide or a deck for PowerPoint). Compact: one line per setting.
 */
export function ExportDialog(props: ExportDialogProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const [settings, setSettings] = useState<PaneExportSettings>(() => defaultExportSettings(props.options, lang));
  const [target, setTarget] = useState<ExportTarget>(props.canDownload ? "pdf" : "sheetShapes");
  const id = useId();
  useEffect(() => {
    if (props.open) setSettings((previous) => ({ ...previous, orientation: props.options.orientation }));
  }, [props.open, props.options.orientation]);
  const set = (change: Partial<PaneExportSettings>) => setSettings((previous) => ({ ...previous, ...change }));

  const row = (name: string, label: string, field: ReactNode) => (
    <>
      <Label htmlFor={`${id}-${name}`} size="small">
        {label}
      </Label>
      {field}
    </>
  );
  const select = (name: string, value: string, onChange: (value: string) => void, choices: Array<[string, string]>) => (
    <Select
      id={`${id}-${name}`}
      className={styles.select}
      size="small"
      value={value}
      data-export-setting={name}
      onChange={(_, data) => onChange(data.value)}
    >
      {choices.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </Select>
  );

  const targets: Array<[ExportTarget, string]> = [];
  if (props.canDownload)
    targets.push(
      ["pdf", t("export.pdf")],
      ["pptx", t("export.pptx")],
      ["svg", t("export.svg")],
      ["png", t("export.png")],
    );
  if (props.canInsert)
    targets.push(["sheetShapes", t("export.sheetShapes")], ["sheetPicture", t("export.sheetPicture")]);
  const scopes: Array<[string, string]> = [
    ["shown", t("export.scopeShown")],
    ["whole", t("export.scopeWhole")],
  ];
  if (props.selectedTitle !== undefined) scopes.push(["selected", t("export.scopeSelected")]);
  const depths: Array<[string, string]> = [
    ["shown", t("export.depthShown")],
    ["0", t("export.depthAll")],
    ...DEPTHS.filter((depth) => depth < props.layerCount).map((depth): [string, string] => [
      String(depth),
      String(depth),
    ]),
  ];

  return (
    <Dialog open={props.open} onOpenChange={(_, data) => props.onOpenChange(data.open)}>
      <DialogSurface className={styles.surface} data-testid="export-dialog">
        <DialogBody>
          <DialogTitle>{t("export.dialogTitle")}</DialogTitle>
          <DialogContent>
            <div className={styles.grid}>
              {row(
                "format",
                t("export.format"),
                select("format", target, (value) => setTarget(value as ExportTarget), targets),
              )}
              {row(
                "scope",
                t("export.scope"),
                select(
                  "scope",
                  settings.scope,
                  (value) => set({ scope: value as PaneExportSettings["scope"] }),
                  scopes,
                ),
              )}
              {props.options.view !== "departments" &&
                row(
                  "depth",
                  t("export.depth"),
                  select(
                    "depth",
                    String(settings.depth),
                    (value) => set({ depth: value === "shown" ? "shown" : Number(value) }),
                    depths,
                  ),
                )}
              {row(
                "orientation",
                t("export.orientation"),
                select(
                  "orientation",
                  settings.orientation,
                  (value) => set({ orientation: value as PaneExportSettings["orientation"] }),
                  [
                    ["topDown", t("export.topDown")],
                    ["leftRight", t("export.leftRight")],
                  ],
                ),
              )}
              {row(
                "lang",
                t("export.language"),
                select("lang", settings.lang, (value) => set({ lang: value as Lang }), [
                  ["en", t("export.langEn")],
                  ["zh-CN", t("export.langZh")],
                ]),
              )}
              {target === "pdf" && (
                <>
                  {row(
                    "paper",
                    t("export.paper"),
                    select(
                      "paper",
                      settings.pdf.paper,
                      (value) => set({ pdf: { ...settings.pdf, paper: value as PaperSize } }),
                      [
                        ["A4", "A4"],
                        ["A3", "A3"],
                        ["letter", "Letter"],
                      ],
                    ),
                  )}
                  {row(
                    "pages",
                    t("export.pages"),
                    select(
                      "pages",
                      settings.pdf.pages,
                      (value) => set({ pdf: { ...settings.pdf, pages: value as "poster" | "tiles" } }),
                      [
                        ["tiles", t("export.pagesTiles")],
                        ["poster", t("export.pagesPoster")],
                      ],
                    ),
                  )}
                  <span />
                  <Checkbox
                    label={t("export.landscape")}
                    checked={settings.pdf.landscape}
                    data-export-setting="landscape"
                    onChange={(_, data) => set({ pdf: { ...settings.pdf, landscape: data.checked === true } })}
                  />
                  <Caption1 className={styles.note}>{t("export.fontNote")}</Caption1>
                </>
              )}
              {target === "pptx" &&
                row(
                  "deck",
                  t("export.deck"),
                  select("deck", settings.deck, (value) => set({ deck: value as DeckShape }), [
                    ["auto", t("export.deckAuto")],
                    ["slide", t("export.deckSlide")],
                    ["deck", t("export.deckDeck")],
                  ]),
                )}
            </div>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={props.busy || targets.length === 0}
              data-testid="export-go"
              onClick={() => {
                props.onExport(settings, target);
                props.onOpenChange(false);
              }}
            >
              {t("export.go")}
            </Button>
            <Button appearance="secondary" onClick={() => props.onOpenChange(false)}>
              {t("export.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
