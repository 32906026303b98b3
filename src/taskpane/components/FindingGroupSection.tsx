import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { CountBadge } from "./CountBadge";
import type { MessageKey } from "../../i18n";
import type { FindingSelection } from "../findings/findingSelection";
import type { FindingGroup } from "../groupFindings";
import { usePaneLanguage } from "../translateContext";
import { FindingRows } from "./FindingRows";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
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
  const { severity, findings } = group;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-severity={severity}>
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {t(`ui.findings.group.${severity}` as MessageKey)}
        <CountBadge count={findings.length} color={BADGE_COLOR[severity]} />
      </Text>
      <FindingRows findings={findings} selection={selection} aria-labelledby={headingId} />
    </section>
  );
}
