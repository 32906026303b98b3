import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import { AllClearNote } from "../AllClearNote";
import type { Finding } from "../../../core";
import { filterFindings, normalizeSearchText, type FindingFilter } from "../../findings/filterFindings";
import type { FindingSelection } from "../../findings/findingSelection";
import { usePaneLanguage } from "../../translateContext";
import { CheckFindings } from "./CheckFindings";
import { FindingFilters } from "./FindingFilters";
import { groupsOf, ruleCountsOf, severityCountsOf } from "./listViewData";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  noneMatch: { color: tokens.colorNeutralForeground2 },
});

export interface ChecksViewProps {
  /** Every finding of the analysis: the data's, the org checks', the coverage check's. */
  findings: readonly Finding[];
  filter: FindingFilter;
  onFilterChange: (filter: FindingFilter) => void;
  selection: FindingSelection;
}

function isEmptySearch(filter: FindingFilter): boolean {
  return normalizeSearchText(filter.text) === "";
}

/** The Checks view: every finding, filtered by severity, rule and text, grouped by severity and rule. */
export function ChecksView({ findings, filter, onFilterChange, selection }: ChecksViewProps) {
  const styles = useStyles();
  const { t, lang } = usePaneLanguage();
  const headingId = useId("checks-heading");
  const severityCounts = severityCountsOf(findings);
  const ruleCounts = ruleCountsOf(findings);
  // The language matters only to a search (messages are searched as shown): without one, a language switch keeps
  // the lists (and so what they measured and where the page is scrolled).
  const searchLang = isEmptySearch(filter) ? undefined : lang;
  const shown = useMemo(() => filterFindings(findings, filter, searchLang ?? "en"), [findings, filter, searchLang]);
  const groups = groupsOf(shown);

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="checks">
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t("ui.checks.heading")}
      </Text>
      {findings.length === 0 ? (
        <AllClearNote>{t("ui.checks.none")}</AllClearNote>
      ) : (
        <>
          <FindingFilters
            filter={filter}
            onChange={onFilterChange}
            severityCounts={severityCounts}
            ruleCounts={ruleCounts}
            shown={shown.length}
            total={findings.length}
          />
          {shown.length === 0 ? (
            <Text size={200} className={styles.noneMatch}>
              {t("ui.checks.noneMatch")}
            </Text>
          ) : (
            <CheckFindings groups={groups} selection={selection} />
          )}
        </>
      )}
    </section>
  );
}
