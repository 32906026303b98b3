import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import type { MessageKey } from "../../i18n";
import { usePaneLanguage } from "../translateContext";

/** The pane's views. */
export const PANE_TABS = ["chart", "overview", "checks", "coverage", "cost", "plan", "settings"] as const;
export type PaneTab = (typeof PANE_TABS)[number];

const useStyles = makeStyles({
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalS})`,
    // Should the tabs be wider than the pane in some language, the tab row scrolls on its own, the pane does not.
    overflowX: "auto",
    scrollbarWidth: "thin",
  },
  list: { flexWrap: "nowrap", width: "max-content", columnGap: 0 },
  // Seven tabs fit a 350 px pane in English and Chinese (tests/e2e/panePolish): the least padding beside each label, a
  // 13 px label (Office's own panes use 12–14 px), and Settings as a gear named by its label (aria-label and tooltip),
  // as Office's own panes show it.
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  // On the label's slot: Fluent gives its class to the hidden bold copy that reserves the label's width too.
  label: { fontSize: "13px" },
});

/** The id of a tab, for its panel's aria-labelledby. */
export function paneTabId(tab: PaneTab): string {
  return `pane-tab-${tab}`;
}

export interface PaneTabsProps {
  selected: PaneTab;
  onSelect: (tab: PaneTab) => void;
}

/** Chart · Overview · Checks · Coverage · Cost · Plan · Settings (a gear). */
export function PaneTabs({ selected, onSelect }: PaneTabsProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as PaneTab)}
        aria-label={t("ui.tabs.label")}
        className={styles.list}
      >
        {PANE_TABS.map((tab) => {
          const label = t(`ui.tab.${tab}` as MessageKey);
          const iconOnly = tab === "settings";
          return (
            <Tab
              key={tab}
              value={tab}
              id={paneTabId(tab)}
              className={styles.tab}
              aria-controls="pane-tabpanel"
              data-tab={tab}
              icon={iconOnly ? <Settings20Regular /> : undefined}
              aria-label={iconOnly ? label : undefined}
              title={iconOnly ? label : undefined}
              content={iconOnly ? undefined : { className: styles.label }}
            >
              {iconOnly ? undefined : label}
            </Tab>
          );
        })}
      </TabList>
    </div>
  );
}
