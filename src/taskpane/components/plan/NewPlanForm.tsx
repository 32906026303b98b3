import { Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface NewPlanFormProps {
  /** The name offered ("Plan 1"). */
  defaultName: string;
  /** Names taken already (a plan's name is its own: no two alike). */
  taken: readonly string[];
  /** The plan shown, when one is: the new plan may copy it rather than the current table. */
  shownName?: string;
  busy: boolean;
  onCreate: (name: string, fromShown: boolean) => void;
  onCancel: () => void;
}

/** The name of a new plan, asked inline (a sensible default typed already), and what it copies. */
export function NewPlanForm({ defaultName, taken, shownName, busy, onCreate, onCancel }: NewPlanFormProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const [name, setName] = useState(defaultName);
  const [from, setFrom] = useState<"current" | "shown">(shownName === undefined ? "current" : "shown");
  const trimmed = name.trim();
  const takenName = taken.find((other) => other.trim().toLowerCase() === trimmed.toLowerCase());
  const error =
    trimmed === ""
      ? t("ui.plan.nameEmpty")
      : takenName !== undefined
        ? t("ui.plan.nameTaken", { name: takenName })
        : "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!error && !busy) onCreate(trimmed, from === "shown" && shownName !== undefined);
  };
  return (
    <form className={styles.form} onSubmit={submit} data-testid="new-plan-form">
      <Field label={t("ui.plan.nameLabel")} validationMessage={error || undefined}>
        <Input
          value={name}
          onChange={(_, data) => setName(data.value)}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onKeyDown={(event) => {
            if (event.key === "Escape") onCancel();
          }}
          data-testid="new-plan-name"
        />
      </Field>
      {shownName !== undefined && (
        <Field label={t("ui.plan.fromLabel")}>
          <RadioGroup value={from} onChange={(_, data) => setFrom(data.value as "current" | "shown")}>
            <Radio value="shown" label={t("ui.plan.fromPlan", { name: shownName })} />
            <Radio value="current" label={t("ui.plan.fromCurrent")} />
          </RadioGroup>
        </Field>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy || error !== ""} data-testid="new-plan-create">
          {t("ui.plan.create")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("ui.plan.cancel")}
        </Button>
      </div>
    </form>
  );
}
