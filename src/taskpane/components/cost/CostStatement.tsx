import { Caption1 } from "@fluentui/react-components";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import { costStatement } from "../../cost/costFigures";
import { usePaneLanguage } from "../../translateContext";
import { useCostStyles } from "./costStyles";

/** The salary basis, proration and the other settings, stated under every output of the Cost tab. */
export function CostStatement({ cost }: { cost: HeadcountCost }) {
  const styles = useCostStyles();
  const { t } = usePaneLanguage();
  return (
    <Caption1 className={styles.statement} data-testid="cost-statement">
      {costStatement(t, cost)}
    </Caption1>
  );
}
