import { Caption1, makeStyles, mergeClasses, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { MessageKey } from "../../i18n";
import type { AnalysisStage } from "../../pipeline/workbookAnalyser";
import type { StaleOrg } from "../hooks/useOrgWorkbook";
import { usePaneLanguage } from "../translateContext";

/** Work that takes longer than this shows its progress. */
export const PROGRESS_AFTER_MS = 500;

const STAGES: readonly AnalysisStage[] = ["reading", "model", "checks"];

/**
 * The height of the status line: one line of caption text (Caption1's line height), as the drop hint it replaces
 * outside Excel, so the chart below gets the same room as before; the spinner there is the extra-tiny one (16 px).
 */
export const STATUS_LINE_HEIGHT = tokens.lineHeightBase200;

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  spinner: { justifyContent: "flex-start" },
  stale: { color: tokens.colorNeutralForeground3 },
  /** One line of a fixed height, whatever it shows: what is below it never moves when the pane starts or stops work. */
  line: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    height: STATUS_LINE_HEIGHT,
    minWidth: 0,
    overflow: "hidden",
  },
  lineProgress: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flex: "1 1 auto",
    minWidth: 0,
  },
  lineBar: { flex: "0 1 160px", minWidth: "48px" },
  lineLabel: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  lineText: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", minWidth: 0 },
});

export interface AnalysisStatusProps {
  busy: boolean;
  stage?: AnalysisStage;
  stale?: StaleOrg;
  /**
   * Shown as the pane's status line, under its actions: one line of a fixed height, the stage and its bar side by
   * side, a long note cut with an ellipsis (its whole text as the tooltip), and `idle` when there is nothing to say.
   * Without it, the status takes the lines it needs (inside a tab, where nothing is below it).
   */
  line?: { idle?: ReactNode };
}

/**
 * The pane's quiet status line while it works: a spinner at once, and after half a second the analysis' stage
 * (reading, building the org, checking) with a progress bar; and, when a background refresh failed, that the org on
 * screen is the one last read (and that it is being read again).
 */
export function AnalysisStatus({ busy, stage, stale, line }: AnalysisStatusProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  const staleText =
    stale && (stale.cellEdit ? t("loading.stale.cellEdit") : t("loading.stale.failed", { detail: stale.detail }));
  const showProgress = busy && slow && stage !== undefined;
  const stageText = stage && t(`loading.stage.${stage}` as MessageKey);
  const parts = (
    <>
      {busy && !showProgress && (
        <Spinner
          size={line ? "extra-tiny" : "tiny"}
          className={styles.spinner}
          label={line ? { children: t("ui.status.loading"), className: styles.lineLabel } : t("ui.status.loading")}
        />
      )}
      {showProgress && (
        <div
          className={line ? styles.lineProgress : styles.progress}
          data-testid="analysis-progress"
          data-stage={stage}
        >
          <Caption1 className={line && styles.lineText}>{stageText}</Caption1>
          <ProgressBar
            className={line && styles.lineBar}
            value={(STAGES.indexOf(stage) + 0.5) / STAGES.length}
            aria-label={t("loading.progress.label")}
          />
        </div>
      )}
      {staleText && (
        <Caption1
          role="status"
          className={mergeClasses(styles.stale, line && styles.lineText)}
          title={line ? staleText : undefined}
          data-testid="stale-org"
        >
          {staleText}
        </Caption1>
      )}
    </>
  );
  if (!line) return parts;
  return (
    <div className={styles.line} data-testid="status-line">
      {parts}
      {!busy && !staleText && line.idle}
    </div>
  );
}
