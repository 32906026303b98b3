import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  useId,
} from "@fluentui/react-components";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import { moneyOf, onCostRows } from "../../cost/costFigures";
import { usePaneLanguage } from "../../translateContext";
import { CostStatement } from "./CostStatement";
import { useCostStyles } from "./costStyles";

/** Each employer on-cost item's year (pension, medical, housing fund, employer NI…). */
export function OnCostLinesSection({ cost }: { cost: HeadcountCost }) {
  const styles = useCostStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("cost-oncosts");
  const rows = onCostRows(cost);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="cost-oncosts">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.cost.onCostLines")}
      </Text>
      {rows.length === 0 ? (
        <Caption1>{t("ui.cost.noOnCosts")}</Caption1>
      ) : (
        <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("ui.cost.item")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("ui.cost.cost")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.item} data-testid="cost-oncost-row">
                <TableCell className={styles.name}>{row.item}</TableCell>
                <TableCell className={styles.number}>{moneyOf(lang, cost, row.total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <CostStatement cost={cost} />
    </section>
  );
}
