import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons";

const useStyles = makeStyles({
  note: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
});

/** A green check and a line of text: nothing to report. */
export function AllClearNote({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.note}>
      <CheckmarkCircle16Filled aria-hidden className={styles.ok} />
      {children}
    </Text>
  );
}
