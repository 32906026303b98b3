import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { CountBadge } from "../CountBadge";
import type { MessageKey } from "../../../i18n";
import type { SeverityRuleGroups } from "../../findings/groupFindingsByRule";
import type { FindingSelection } from "../../findings/findingSelection";
import { usePaneLanguage } from "../../translateContext";
import { RuleGroupSection } from "./RuleGroupSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  severity: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
});

const BADGE_COLOR = { error: "danger", warning: "important", info: "informative" } as const;

export interface CheckFindingsProps {
  groups: SeverityRuleGroups[];
  selection: FindingSelection;
}

/** Findings by severity, then by rule. */
export function CheckFindings({ groups, selection }: CheckFindingsProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {groups.map((group) => (
        <SeveritySection key={group.severity} group={group} selection={selection} />
      ))}
    </div>
  );
}

function SeveritySection({ group, selection }: { group: SeverityRuleGroups; selection: FindingSelection }) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const headingId = useId("severity-group");
  return (
    <section className={styles.severity} aria-labelledby={headingId} data-severity={group.severity}>
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {t(`ui.findings.group.${group.severity}` as MessageKey)}
        <CountBadge count={group.count} color={BADGE_COLOR[group.severity]} />
      </Text>
      {group.rules.map((rule) => (
        <RuleGroupSection key={rule.code} group={rule} selection={selection} />
      ))}
    </section>
  );
}
