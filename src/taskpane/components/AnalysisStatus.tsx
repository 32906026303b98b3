import { Caption1, makeStyles, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { MessageKey } from "../../i18n";
import type { AnalysisStage } from "../../pipeline/workbookAnalyser";
import type { StaleOrg } from "../hooks/useOrgWorkbook";
import { usePaneLanguage } from "../translateContext";

/** Work that takes longer than this shows its progress. */
export const PROGRESS_AFTER_MS = 500;

const STAGES: readonly AnalysisStage[] = ["reading", "model", "checks"];

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  spinner: { justifyContent: "flex-start" },
  stale: { color: tokens.colorNeutralForeground3 },
});

export interface AnalysisStatusProps {
  busy: boolean;
  stage?: AnalysisStage;
  stale?: StaleOrg;
}

/**
 * The pane's quiet status line while it works: a spinner at once, and after half a second the analysis' stage
 * (reading, building the org, checking) with a progress bar; and, when a background refresh failed, that the org on
 * screen is the one last read (and that it is being read again).
 */
export function AnalysisStatus({ busy, stage, stale }: AnalysisStatusProps) {
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
  return (
    <>
      {busy && !(slow && stage) && <Spinner size="tiny" className={styles.spinner} label={t("ui.status.loading")} />}
      {busy && slow && stage && (
        <div className={styles.progress} data-testid="analysis-progress" data-stage={stage}>
          <Caption1>{t(`loading.stage.${stage}` as MessageKey)}</Caption1>
          <ProgressBar value={(STAGES.indexOf(stage) + 0.5) / STAGES.length} aria-label={t("loading.progress.label")} />
        </div>
      )}
      {staleText && (
        <Caption1 role="status" className={styles.stale} data-testid="stale-org">
          {staleText}
        </Caption1>
      )}
    </>
  );
}
