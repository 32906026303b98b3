import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ArrowDownload16Regular, DismissRegular } from "@fluentui/react-icons";
import type { SourceProblem } from "../../core";
import type { MessageKey } from "../../i18n";
import { textIn, type PaneNotice } from "../paneNotice";
import { usePaneLanguage } from "../translateContext";

export interface PaneMessagesProps {
  problem?: SourceProblem;
  notice?: PaneNotice;
  onDismissProblem: () => void;
  onDismissNotice: () => void;
  /** For a notice that offers the download (report sheets written outside Excel). */
  onDownload?: () => void;
}

/** Why the workbook could not be read (localized), and the outcome of the last action. */
export function PaneMessages({ problem, notice, onDismissProblem, onDismissNotice, onDownload }: PaneMessagesProps) {
  const { lang, t } = usePaneLanguage();
  const dismiss = (onClick: () => void) => (
    <Button
      appearance="transparent"
      size="small"
      icon={<DismissRegular />}
      aria-label={t("ui.dismiss")}
      onClick={onClick}
    />
  );
  return (
    <>
      {problem && (
        <MessageBar intent="error" layout="multiline" data-problem-code={problem.code}>
          <MessageBarBody>
            <MessageBarTitle>{t("ui.problem.title")}</MessageBarTitle>{" "}
            {t(`problem.${problem.code}` as MessageKey, {
              subject: problem.subject ?? "",
              detail: problem.detail ?? "",
            })}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss(onDismissProblem)} />
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{textIn(notice.title, lang)}</MessageBarTitle>}{" "}
            {textIn(notice.text, lang)}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss(onDismissNotice)}>
            {notice.action === "download" && onDownload && (
              <Button size="small" icon={<ArrowDownload16Regular />} onClick={onDownload}>
                {t("ui.action.download")}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
