import { Button, CounterBadge, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { MessageKey } from "../../i18n";
import type { FindingSelection } from "../findings/findingSelection";
import type { FindingGroup } from "../groupFindings";
import { usePaneLanguage } from "../translateContext";
import { FindingItem } from "./FindingItem";

/** Findings a group lists before "Show more" (a sheet with thousands of bad rows stays fast). */
export const FINDINGS_PAGE = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
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

const BADGE_COLOR = { error: "danger", warning: "important", info: "informative" } as const;

export interface FindingGroupSectionProps {
  group: FindingGroup;
  selection?: FindingSelection;
}

/** The findings of one severity, with their count. */
export function FindingGroupSection({ group, selection }: FindingGroupSectionProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const headingId = useId("findings-group");
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const { severity, findings } = group;
  const hidden = findings.length - limit;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-severity={severity}>
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {t(`ui.findings.group.${severity}` as MessageKey)}
        <CounterBadge
          count={findings.length}
          overflowCount={99999}
          size="small"
          color={BADGE_COLOR[severity]}
          appearance="filled"
        />
      </Text>
      <ul className={styles.list}>
        {findings.slice(0, limit).map((finding, i) => (
          <FindingItem
            key={i}
            finding={finding}
            onSelect={selection?.onSelect}
            selected={selection?.selected === finding}
            status={selection?.selected === finding ? selection.status : undefined}
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
