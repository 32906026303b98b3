import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, flexBasis: "100%" },
});

/**
 * The Cost tab's "Write cost sheet": the Headcount cost sheet of live formulas (over the positions table and the FX
 * table) written into the workbook, as the command line's `orgwright cost --out` writes it. A user's sheet of the
 * same name is never touched.
 */
export function WriteCostSheet({ busy, onWrite }: { busy: boolean; onWrite: () => void }) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  return (
    <div className={styles.root}>
      <Button appearance="secondary" disabled={busy} onClick={onWrite} data-testid="write-cost-sheet">
        {t("ui.cost.writeSheet")}
      </Button>
      <Caption1 className={styles.hint}>{t("ui.cost.writeSheetHint")}</Caption1>
    </div>
  );
}
