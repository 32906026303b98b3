import { mergeClasses, Caption1, Table, TableBody, TableCell, TableRow, Text, useId } from "@fluentui/react-components";
import type { PlanComparison } from "../../../core/compare/planComparison";
import { formatMoneyDelta, formatTicks } from "../../plan/formatDelta";
import { usePaneLanguage } from "../../translateContext";
import { toneOf, usePlanStyles } from "./planStyles";

/** From the compared version's cost to the plan's: new positions, removed ones, moves, pay changes, timing. */
export function CostBridgeSection({ comparison }: { comparison: PlanComparison }) {
  const styles = usePlanStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("plan-bridge");
  const { bridge, currency } = comparison;
  if (!comparison.costed) return null;
  const steps = bridge.steps.filter((step) => step.total !== 0 || step.positions > 0);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="plan-bridge">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.plan.compare.bridge")}
      </Text>
      <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
        <TableBody>
          <TableRow data-bridge="baseline">
            <TableCell className={styles.name}>
              <Text weight="semibold">{t("ui.plan.compare.bridgeStart")}</Text>
            </TableCell>
            <TableCell className={styles.number}>{formatTicks(lang, bridge.baseline, currency)}</TableCell>
          </TableRow>
          {steps.map((step) => (
            <TableRow key={step.key} data-bridge={step.key}>
              <TableCell className={styles.name}>
                {t(`ui.plan.bridge.${step.key}`)}
                {step.positions > 0 && (
                  <Caption1 block className={styles.note}>
                    {t("ui.plan.bridge.positions", { count: step.positions })}
                  </Caption1>
                )}
              </TableCell>
              <TableCell className={mergeClasses(styles.number, toneOf(styles, step.total))}>
                {formatMoneyDelta(lang, step.total, currency)}
              </TableCell>
            </TableRow>
          ))}
          <TableRow data-bridge="plan">
            <TableCell className={styles.name}>
              <Text weight="semibold">{t("ui.plan.compare.bridgeEnd")}</Text>
            </TableCell>
            <TableCell className={styles.number}>{formatTicks(lang, bridge.plan, currency)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
}
