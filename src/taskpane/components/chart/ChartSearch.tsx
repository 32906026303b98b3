import { Caption1, makeStyles, mergeClasses, SearchBox, tokens } from "@fluentui/react-components";
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from "react";
import type { OrgModel, PositionIndex } from "../../../core";
import { searchPositions } from "../../../core/search/searchPositions";
import { usePaneLanguage } from "../../translateContext";

/** Matches listed under the search box. */
export const SEARCH_LIMIT = 50;

const useStyles = makeStyles({
  root: { position: "relative", minWidth: 0 },
  box: { width: "100%", maxWidth: "100%" },
  results: {
    position: "absolute",
    zIndex: 2,
    left: 0,
    right: 0,
    top: "100%",
    marginTop: "2px",
    maxHeight: "260px",
    overflowY: "auto",
    listStyleType: "none",
    margin: 0,
    padding: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    borderRadius: tokens.borderRadiusMedium,
  },
  result: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  detail: { color: tokens.colorNeutralForeground3 },
  status: {
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
});

export interface ChartSearchProps {
  model: OrgModel;
  /** Jumps to a position's card. */
  onChoose: (position: PositionIndex) => void;
}

/** Finds positions by name, title or ID; choosing one jumps to its card (expanding its managers). */
export function ChartSearch({ model, onChoose }: ChartSearchProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const deferred = useDeferredValue(query);
  const listId = useId();
  const matches = useMemo(
    () => (deferred.trim() === "" ? [] : searchPositions(model, deferred, SEARCH_LIMIT)),
    [model, deferred],
  );
  const shown = open && query.trim() !== "";

  const choose = (position: PositionIndex | undefined) => {
    if (position === undefined) return;
    onChoose(position);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => Math.max(0, Math.min(matches.length - 1, current + step)));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(matches[active] ?? matches[0]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className={styles.root}>
      <SearchBox
        size="small"
        className={styles.box}
        value={query}
        placeholder={t("ui.orgChart.search.placeholder")}
        aria-label={t("ui.orgChart.search.label")}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && matches.length > 0 ? `${listId}-${active}` : undefined}
        onChange={(_, data) => {
          setQuery(data.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        data-testid="chart-search"
      />
      {shown && (
        <ul id={listId} role="listbox" className={styles.results} aria-label={t("ui.orgChart.search.label")}>
          {matches.length === 0 && deferred === query ? (
            <li role="presentation" className={styles.status} data-testid="search-none">
              {t("ui.orgChart.search.none", { query: query.trim() })}
            </li>
          ) : (
            matches.map((position, i) => {
              const item = model.positions[position];
              return (
                <li
                  key={position}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={mergeClasses(styles.result, i === active && styles.active)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(position)}
                  data-search-result={item.id}
                >
                  <span>{item.title || t("ui.orgChart.untitled")}</span>
                  <Caption1 className={styles.detail}>
                    {[item.name || t("ui.orgChart.vacant"), item.department, item.id].filter(Boolean).join(" · ")}
                  </Caption1>
                </li>
              );
            })
          )}
          {matches.length === SEARCH_LIMIT && (
            <li role="presentation" className={styles.status}>
              {t("ui.orgChart.search.more", { count: SEARCH_LIMIT })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
