import { Text, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import { CostStatement } from "./CostStatement";
import { useCostStyles } from "./costStyles";

export interface CostSectionProps {
  cost: HeadcountCost;
  /** The section's test id ("cost-months"), also its heading id's prefix. */
  testId: string;
  title: string;
  /** The section's body, given the heading's id (its table is named by the heading). */
  children: (headingId: string) => ReactNode;
}

/** A section of the Cost tab: its heading, its body, and the statement of the cost's basis under it. */
export function CostSection({ cost, testId, title, children }: CostSectionProps) {
  const styles = useCostStyles();
  const headingId = useId(testId);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={testId}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children(headingId)}
      <CostStatement cost={cost} />
    </section>
  );
}
