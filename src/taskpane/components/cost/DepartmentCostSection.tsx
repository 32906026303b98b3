import {
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
import { countText, departmentRows, moneyOf } from "../../cost/costFigures";
import { usePaneLanguage } from "../../translateContext";
import { CostStatement } from "./CostStatement";
import { useCostStyles } from "./costStyles";
import { DepartmentCostBars } from "./DepartmentCostBars";

/** Each department's fully loaded cost: bars, then a table with headcount and FTE. */
export function DepartmentCostSection({ cost }: { cost: HeadcountCost }) {
  const styles = useCostStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("cost-departments");
  const rows = departmentRows(cost);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="cost-departments">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.cost.departments")}
      </Text>
      <DepartmentCostBars rows={rows} />
      <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("ui.cost.department")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("ui.cost.headcount")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("ui.cost.fte")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("ui.cost.cost")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.department} data-testid="cost-department-row">
              <TableCell className={styles.name}>{row.department}</TableCell>
              <TableCell className={styles.number}>{countText(lang, row.headcount)}</TableCell>
              <TableCell className={styles.number}>{countText(lang, row.fte)}</TableCell>
              <TableCell className={styles.number}>{moneyOf(lang, cost, row.total)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CostStatement cost={cost} />
    </section>
  );
}
