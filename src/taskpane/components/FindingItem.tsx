import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { memo } from "react";
import type { Finding } from "../../core";
import { formatRows } from "../formatRows";
import { usePaneLanguage } from "../translateContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { flexShrink: 0, marginTop: "2px" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  rows: { color: tokens.colorNeutralForeground3 },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2, color: tokens.colorPaletteRedForeground1 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2, color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { borderLeftColor: tokens.colorBrandStroke1, color: tokens.colorBrandForeground1 },
  text: { color: tokens.colorNeutralForeground1 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

export interface FindingItemProps {
  finding: Finding;
}

/** One finding: its message (as text: cell values are data, never markup) and the sheet rows it names. */
export const FindingItem = memo(function FindingItem({ finding }: FindingItemProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const Icon = ICONS[finding.severity];
  const rows = formatRows(finding.rows, t);
  return (
    <li className={mergeClasses(styles.root, styles[finding.severity])} data-finding-code={finding.code}>
      <Icon aria-label={t(`severity.${finding.severity}`)} className={styles.icon} />
      <div className={styles.body}>
        <Text size={300} className={mergeClasses(styles.message, styles.text)}>
          {finding.message}
        </Text>
        {rows && (
          <Text size={200} className={styles.rows}>
            {rows}
          </Text>
        )}
      </div>
    </li>
  );
});
