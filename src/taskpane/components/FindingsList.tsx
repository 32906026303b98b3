import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import { AllClearNote } from "./AllClearNote";
import type { Finding } from "../../core";
import type { FindingSelection } from "../findings/findingSelection";
import { groupFindings } from "../groupFindings";
import { usePaneLanguage } from "../translateContext";
import { FindingGroupSection } from "./FindingGroupSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  selection?: FindingSelection;
}

/** The findings about the data as read, grouped by severity: errors, warnings, info. */
export function FindingsList({ findings, selection }: FindingsListProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const headingId = useId("findings-heading");
  const groups = useMemo(() => groupFindings(findings), [findings]);
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="findings">
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t("ui.findings.heading")}
      </Text>
      {groups.length === 0 ? (
        <AllClearNote>{t("ui.findings.none")}</AllClearNote>
      ) : (
        groups.map((group) => <FindingGroupSection key={group.severity} group={group} selection={selection} />)
      )}
    </section>
  );
}
