import { Badge, Button, Caption1, Link, Text, useId } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { FieldValue, PlanComparison } from "../../../core/compare/planComparison";
import { formatLocaleNumber } from "../../../core/findings/localeFormat";
import type { Lang, MessageKey, Translate } from "../../../i18n";
import { usePaneLanguage } from "../../translateContext";
import { usePlanStyles } from "./planStyles";

/** Changes listed per kind before "Show more". */
const SHOWN_PER_KIND = 12;

type Kind = "added" | "removed" | "moved" | "changed";
const KIND_COLOUR: Record<Kind, "success" | "danger" | "brand" | "warning"> = {
  added: "success",
  removed: "danger",
  moved: "brand",
  changed: "warning",
};

/** A field's value as the change list shows it: a status in words, numbers the language's way, blank said so. */
function valueText(lang: Lang, t: Translate, field: string, value: FieldValue): string {
  if (value === null || value === "") return t("ui.plan.compare.blank");
  if (typeof value === "number") return formatLocaleNumber(lang, value, 2);
  if (field === "status" && ["filled", "vacant", "planned", "closed"].includes(value))
    return t(`ui.plan.status.${value}` as MessageKey);
  return value;
}

interface Item {
  kind: Kind;
  id: string;
  title: string;
  details: string[];
  /** False for a removed position (it is not on the plan's chart). */
  selectable: boolean;
}

function itemsOf(comparison: PlanComparison, lang: Lang, t: Translate): Record<Kind, Item[]> {
  const manager = (id: string) => id || t("ui.plan.compare.top");
  return {
    added: comparison.added.map((p) => ({
      kind: "added",
      id: p.id,
      title: p.title,
      details: p.department ? [p.department] : [],
      selectable: true,
    })),
    removed: comparison.removed.map((p) => ({
      kind: "removed",
      id: p.id,
      title: p.title,
      details: p.department ? [p.department] : [],
      selectable: false,
    })),
    moved: comparison.moved.map((p) => ({
      kind: "moved",
      id: p.id,
      title: p.title,
      details: [t("ui.plan.compare.movedFromTo", { before: manager(p.fromManager), after: manager(p.toManager) })],
      selectable: true,
    })),
    changed: comparison.changed.map((p) => ({
      kind: "changed",
      id: p.id,
      title: p.title,
      details: [
        ...(p.baselineId !== p.id ? [t("ui.plan.compare.renamedId", { before: p.baselineId, after: p.id })] : []),
        ...p.changes.map((change) =>
          t("ui.plan.compare.fieldChange", {
            field: t(`field.${change.field}` as MessageKey),
            before: valueText(lang, t, change.field, change.before),
            after: valueText(lang, t, change.field, change.after),
          }),
        ),
      ],
      selectable: true,
    })),
  };
}

export interface ChangeListProps {
  comparison: PlanComparison;
  /** A change clicked: its position's card is selected on the plan's chart. */
  onSelect: (id: string) => void;
}

/** What the plan adds, removes, moves and changes, with the old and new value of each field. */
export function ChangeList({ comparison, onSelect }: ChangeListProps) {
  const styles = usePlanStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("plan-changes");
  const items = itemsOf(comparison, lang, t);
  const count = items.added.length + items.removed.length + items.moved.length + items.changed.length;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="plan-changes">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.plan.compare.changes", { count: formatLocaleNumber(lang, count) })}
      </Text>
      {count === 0 && <Caption1 className={styles.note}>{t("ui.plan.compare.noChanges")}</Caption1>}
      {(["added", "removed", "moved", "changed"] as const).map(
        (kind) =>
          items[kind].length > 0 && <KindGroup key={kind} kind={kind} items={items[kind]} onSelect={onSelect} />,
      )}
    </section>
  );
}

function KindGroup({ kind, items, onSelect }: { kind: Kind; items: Item[]; onSelect: (id: string) => void }) {
  const styles = usePlanStyles();
  const { lang, t } = usePaneLanguage();
  const [shown, setShown] = useState(SHOWN_PER_KIND);
  const label = t(`ui.plan.compare.kind.${kind}`);
  return (
    <div data-plan-change={kind}>
      <Badge appearance="tint" color={KIND_COLOUR[kind]}>
        {label} · {formatLocaleNumber(lang, items.length)}
      </Badge>
      <ul className={styles.plainList}>
        {items.slice(0, shown).map((item) => (
          <li key={`${item.kind}-${item.id}`} data-change-id={item.id}>
            <ChangeHeadline item={item} onSelect={onSelect} />
            {item.details.map((detail, i) => (
              <Caption1 key={i} block className={styles.note}>
                {detail}
              </Caption1>
            ))}
          </li>
        ))}
      </ul>
      {items.length > shown && (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + SHOWN_PER_KIND * 4)}>
          {t("ui.plan.compare.showMore", { count: formatLocaleNumber(lang, items.length - shown) })}
        </Button>
      )}
    </div>
  );
}

function ChangeHeadline({ item, onSelect }: { item: Item; onSelect: (id: string) => void }) {
  const styles = usePlanStyles();
  const { t } = usePaneLanguage();
  const text: ReactNode = (
    <>
      <span className={styles.number}>{item.id}</span> {item.title || t("ui.orgChart.untitled")}
    </>
  );
  return item.selectable ? (
    <Link as="button" onClick={() => onSelect(item.id)} title={t("ui.plan.compare.select", { id: item.id })}>
      {text}
    </Link>
  ) : (
    <Text className={styles.name}>{text}</Text>
  );
}
