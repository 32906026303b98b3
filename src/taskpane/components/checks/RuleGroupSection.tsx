import { Button, CounterBadge, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { RuleGroup } from "../../findings/groupFindingsByRule";
import type { FindingSelection } from "../../findings/findingSelection";
import { ruleName } from "../../findings/ruleName";
import { usePaneLanguage } from "../../translateContext";
import { FINDINGS_PAGE } from "../FindingGroupSection";
import { FindingItem } from "../FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  code: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  more: { alignSelf: "flex-start" },
});

export interface RuleGroupSectionProps {
  group: RuleGroup;
  selection: FindingSelection;
}

/** The findings of one rule: its name, code and count, then the findings (a page at a time). */
export function RuleGroupSection({ group, selection }: RuleGroupSectionProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const headingId = useId("rule-group");
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const hidden = group.findings.length - limit;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-rule={group.code}>
      <Text as="h4" id={headingId} size={200} weight="semibold" className={styles.heading}>
        <span>{ruleName(group.code, t)}</span>
        <CounterBadge count={group.findings.length} overflowCount={99999} size="small" color="informative" />
      </Text>
      <ul className={styles.list}>
        {group.findings.slice(0, limit).map((finding, i) => (
          <FindingItem
            key={i}
            finding={finding}
            onSelect={selection.onSelect}
            selected={selection.selected === finding}
            status={selection.selected === finding ? selection.status : undefined}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <Button
          size="small"
          appearance="subtle"
          className={styles.more}
          onClick={() => setLimit(limit + FINDINGS_PAGE)}
        >
          {t("ui.findings.showMore", { count: Math.min(hidden, FINDINGS_PAGE) })}
        </Button>
      )}
    </section>
  );
}
