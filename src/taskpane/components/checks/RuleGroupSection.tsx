import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { CountBadge } from "../CountBadge";
import type { RuleGroup } from "../../findings/groupFindingsByRule";
import type { FindingSelection } from "../../findings/findingSelection";
import { ruleName } from "../../findings/ruleName";
import { usePaneLanguage } from "../../translateContext";
import { FindingRows } from "../FindingRows";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

export interface RuleGroupSectionProps {
  group: RuleGroup;
  selection: FindingSelection;
}

/** The findings of one rule: its name, code and count, then the findings (those near the viewport rendered). */
export function RuleGroupSection({ group, selection }: RuleGroupSectionProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const headingId = useId("rule-group");
  return (
    <section className={styles.root} aria-labelledby={headingId} data-rule={group.code}>
      <Text as="h4" id={headingId} size={200} weight="semibold" className={styles.heading}>
        <span>{ruleName(group.code, t)}</span>
        <CountBadge count={group.findings.length} color="informative" />
      </Text>
      <FindingRows findings={group.findings} selection={selection} aria-labelledby={headingId} />
    </section>
  );
}
