import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core";
import type { FindingSelection } from "../findings/findingSelection";
import { usePaneLanguage } from "../translateContext";
import { FindingItem } from "./FindingItem";

/**
 * Findings a list shows before "Show more" (a sheet with thousands of bad rows stays fast: at 100,000 positions the
 * Checks tab lists one page per rule, and each listed row costs its style and render when the tab opens).
 */
export const FINDINGS_PAGE = 25;

const useStyles = makeStyles({
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

export interface PagedFindingListProps {
  findings: readonly Finding[];
  selection?: FindingSelection;
}

/** A list of findings, a page at a time, each selectable. */
export function PagedFindingList({ findings, selection }: PagedFindingListProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const hidden = findings.length - limit;
  return (
    <>
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
    </>
  );
}
