/** The template tools under the main actions: SUM offer, 回写指标, 指标模板行, 恢复原指标. */
import * as React from "react";
import { Button, Caption1, Subtitle2, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateStrings, TemplateTool } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalXS },
  buttons: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

const TOOLS: TemplateTool[] = ["sums", "writeback", "detailTemplate", "restore"];

export function TemplateTools(props: { strings: TemplateStrings; busy: boolean; onTool: (tool: TemplateTool) => void }): React.JSX.Element {
  const { strings, busy, onTool } = props;
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.tools.title}>
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.tools.title}
      </Subtitle2>
      <Caption1 className={styles.hint}>{strings.tools.hint}</Caption1>
      <div className={styles.buttons} role="toolbar" aria-label={strings.tools.title}>
        {TOOLS.map((tool) => (
          <Tooltip key={tool} content={strings.toolHints[tool]} relationship="description" withArrow>
            <Button size="small" disabled={busy} onClick={() => onTool(tool)}>
              {strings.tools[tool]}
            </Button>
          </Tooltip>
        ))}
      </div>
    </section>
  );
}
