import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { LANGS, translate, type Lang, type MessageKey } from "../../i18n";

/** Why the pane cannot work with Office (see connectToOffice in src/excel). */
export type OfficeUnavailableReason = "noOfficeJs" | "noAnswer" | "notExcel";

export interface OfficeUnavailableProps {
  reason: OfficeUnavailableReason;
  /** How long the pane waited for Office to say it is ready (src/excel), for "noAnswer". */
  waitedSeconds: number;
  /** The browser page (index.html), offered when taskpane.html is opened outside Excel. */
  browserPageUrl: string;
}

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  action: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

/**
 * What taskpane.html shows when Office does not answer: office.js did not load, Office did not say it was ready in
 * time, or the page is not inside Excel. In English and in Chinese, both, since Office may not have said which
 * language it speaks; never the sample, which would look as though the workbook had been read.
 */
export function OfficeUnavailable({ reason, waitedSeconds, browserPageUrl }: OfficeUnavailableProps) {
  const styles = useStyles();
  const key = (part: "title" | "body" | "action") => `ui.host.${reason}.${part}` as MessageKey;
  return (
    <main className={styles.pane} data-testid="office-unavailable" data-reason={reason}>
      {LANGS.map((lang: Lang) => (
        <MessageBar key={lang} intent="warning" layout="multiline" lang={lang}>
          <MessageBarBody>
            <MessageBarTitle>{translate(lang, key("title"))}</MessageBarTitle>{" "}
            {translate(lang, key("body"), { seconds: waitedSeconds })}
            <p className={styles.action}>
              {translate(lang, key("action"))}
              {reason === "notExcel" && (
                <>
                  {" "}
                  <a href={browserPageUrl}>{translate(lang, "ui.host.browserPage")}</a>
                </>
              )}
            </p>
          </MessageBarBody>
        </MessageBar>
      ))}
    </main>
  );
}
