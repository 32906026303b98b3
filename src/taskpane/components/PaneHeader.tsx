import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular, Organization20Regular } from "@fluentui/react-icons";
import { usePaneLanguage } from "../translateContext";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, color: tokens.colorBrandForeground1 },
  title: { margin: 0, color: tokens.colorNeutralForeground1, flexGrow: 1 },
  source: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  sourceIcon: { flexShrink: 0, marginTop: "2px" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface PaneHeaderProps {
  /** Where the data comes from ("Sample: operations center", a file name, "Excel · sheet …"). */
  sourceText: string;
}

/** The pane's banner: the product's name, the language switch, and where the data comes from. */
export function PaneHeader({ sourceText }: PaneHeaderProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  return (
    <header className={styles.root}>
      <div className={styles.brand}>
        <Organization20Regular aria-hidden />
        <Text as="h1" size={400} weight="semibold" className={styles.title}>
          {t("ui.appTitle")}
        </Text>
        <LanguageSwitch />
      </div>
      <Text size={200} className={styles.source} data-testid="source-description">
        <DocumentTable16Regular aria-hidden className={styles.sourceIcon} />
        <span>
          <span className={styles.hidden}>{t("ui.source.label")}: </span>
          {sourceText}
        </span>
      </Text>
    </header>
  );
}
