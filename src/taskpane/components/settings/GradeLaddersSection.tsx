import { Button, Caption1, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { Add16Regular, Delete16Regular } from "@fluentui/react-icons";
import type { GradeLadderInput, RulesFormError } from "../../settings/rulesForm";
import { usePaneLanguage } from "../../translateContext";
import { useSettingsStyles } from "./settingsStyles";

const useStyles = makeStyles({
  top: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalXS },
  name: { flexGrow: 1, minWidth: 0 },
  add: { alignSelf: "flex-start" },
  rungs: { fontVariantNumeric: "tabular-nums" },
});

export interface GradeLaddersSectionProps {
  ladders: GradeLadderInput[];
  errors: ReadonlyMap<string, RulesFormError>;
  onChange: (ladder: GradeLadderInput) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
}

/** The grade ladders, each edited as text: one rung per line, equal grades separated by commas or 、. */
export function GradeLaddersSection({ ladders, errors, onChange, onAdd, onRemove }: GradeLaddersSectionProps) {
  const styles = useStyles();
  const shared = useSettingsStyles();
  const { t } = usePaneLanguage();
  return (
    <fieldset className={shared.section} data-testid="settings-grades">
      <legend className={shared.legend}>
        <Text weight="semibold">{t("ui.settings.grades")}</Text>
      </legend>
      <Caption1 className={shared.hint}>{t("ui.settings.gradesHint")}</Caption1>
      <ul className={shared.entryList}>
        {ladders.map((ladder) => {
          const error = errors.get(`gradeLadders.${ladder.key}.rungs`);
          const name = ladder.name.trim() || t("ui.settings.thisLadder");
          const lines = Math.min(14, Math.max(3, ladder.rungs.split("\n").length + 1));
          return (
            <li key={ladder.key} className={shared.entry} data-grade-ladder={ladder.key}>
              <div className={styles.top}>
                <Field label={t("ui.settings.ladderName")} size="small" className={styles.name}>
                  <Input
                    size="small"
                    value={ladder.name}
                    onChange={(_, data) => onChange({ ...ladder, name: data.value })}
                  />
                </Field>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  aria-label={t("ui.settings.removeLadder", { name })}
                  title={t("ui.settings.removeLadder", { name })}
                  onClick={() => onRemove(ladder.key)}
                />
              </div>
              <Field
                label={t("ui.settings.ladderRungs")}
                size="small"
                validationState={error ? "error" : "none"}
                validationMessage={error ? t(error.key, error.params) : undefined}
              >
                <Textarea
                  size="small"
                  resize="vertical"
                  rows={lines}
                  className={styles.rungs}
                  value={ladder.rungs}
                  onChange={(_, data) => onChange({ ...ladder, rungs: data.value })}
                  data-field={`gradeLadders.${ladder.key}.rungs`}
                />
              </Field>
            </li>
          );
        })}
      </ul>
      <Button size="small" icon={<Add16Regular />} className={styles.add} onClick={onAdd}>
        {t("ui.settings.addLadder")}
      </Button>
    </fieldset>
  );
}
