import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { ArrowLeft16Regular, ArrowRedo16Regular, ArrowUndo16Regular } from "@fluentui/react-icons";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({
  sheet: { display: "block", color: tokens.colorNeutralForeground3 },
  actions: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
});

export interface ShownPlanBannerProps {
  name: string;
  sheet: string;
  /** What Undo and Redo would do (an edit's words), undefined when there is nothing to undo or redo. */
  undoLabel?: string;
  redoLabel?: string;
  busy: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onBack: () => void;
}

/**
 * Always in sight while a plan is shown (every tab shows the plan, not the current org): its name, where its edits
 * go, the pane's own Undo and Redo of its edits, and the way back to the current org.
 */
export function ShownPlanBanner({
  name,
  sheet,
  undoLabel,
  redoLabel,
  busy,
  onUndo,
  onRedo,
  onBack,
}: ShownPlanBannerProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const undoText = undoLabel ? t("ui.plan.undoNamed", { edit: undoLabel }) : t("ui.plan.nothingToUndo");
  const redoText = redoLabel ? t("ui.plan.redoNamed", { edit: redoLabel }) : t("ui.plan.nothingToRedo");
  return (
    <MessageBar intent="info" layout="multiline" data-testid="plan-banner">
      <MessageBarBody>
        <MessageBarTitle>{t("ui.plan.banner", { name })}</MessageBarTitle>
        <span className={styles.sheet}>{t("ui.plan.bannerSheet", { sheet })}</span>
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        <Tooltip content={undoText} relationship="label">
          <Button
            size="small"
            icon={<ArrowUndo16Regular />}
            disabled={busy || !undoLabel}
            onClick={onUndo}
            data-testid="plan-undo"
          />
        </Tooltip>
        <Tooltip content={redoText} relationship="label">
          <Button
            size="small"
            icon={<ArrowRedo16Regular />}
            disabled={busy || !redoLabel}
            onClick={onRedo}
            data-testid="plan-redo"
          />
        </Tooltip>
        <Button size="small" icon={<ArrowLeft16Regular />} onClick={onBack} data-testid="plan-back">
          {t("ui.plan.backToCurrent")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
