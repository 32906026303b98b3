import { Caption1 } from "@fluentui/react-components";
import type { RulesFormError } from "../../settings/rulesForm";
import { usePaneLanguage } from "../../translateContext";
import { useSettingsStyles } from "./settingsStyles";

/** The message of a form error, in the pane's language. */
export function FieldError({ error, id }: { error?: RulesFormError; id: string }) {
  const styles = useSettingsStyles();
  const { t } = usePaneLanguage();
  if (!error) return null;
  return (
    <Caption1 id={id} className={styles.error} data-error-for={error.field}>
      {t(error.key, error.params)}
    </Caption1>
  );
}
