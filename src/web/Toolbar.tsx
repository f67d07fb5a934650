/**
 * The page's top bar: title, open a file, the bundled samples, download the annotated workbook, and on a narrow
 * screen the button that opens the task pane's drawer. It wraps onto more lines rather than grow past the screen.
 */
import * as React from "react";
import { Button, Caption1, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { ACCEPT, Seed, seedLabel } from "./documents";
import type { WebStrings } from "../i18n";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  brand: { display: "flex", alignItems: "baseline", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, marginRight: tokens.spacingHorizontalL, minWidth: 0 },
  // On a phone the subtitle would take a line of its own; the empty page says the same in its card.
  sub: { color: tokens.colorNeutralForeground3, "@media (max-width: 599px)": { display: "none" } },
  file: { marginLeft: "auto", color: tokens.colorNeutralForeground2, maxWidth: "min(40ch, 100%)", minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export interface ToolbarProps {
  strings: WebStrings;
  seeds: readonly Seed[];
  fileName: string | null;
  busy: boolean;
  /** The download is being written: the button says so (the workbook host writes it off the page's thread). */
  saving?: boolean;
  onOpen: (file: File) => void;
  onSeed: (seed: Seed) => void;
  onDownload: (() => void) | null;
  /** The drawer's button (narrow screens only); the ref takes the focus back when the drawer closes. */
  pane?: { open: boolean; toggle: () => void; ref: React.Ref<HTMLButtonElement> } | null;
}

/** The file picker, shared by the toolbar and the empty page (one hidden input, so tests can find it). */
export function useFilePicker(onOpen: (file: File) => void): { input: React.JSX.Element; pick: () => void } {
  const ref = React.useRef<HTMLInputElement>(null);
  const input = (
    <input
      ref={ref}
      type="file"
      accept={ACCEPT}
      style={{ display: "none" }}
      data-testid="file-input"
      onChange={(e) => {
        const f = e.target.files?.[0];
        // Cleared, so choosing the same file again still loads it.
        e.target.value = "";
        if (f) onOpen(f);
      }}
    />
  );
  return { input, pick: () => ref.current?.click() };
}

export function SeedMenu(props: { strings: WebStrings; seeds: readonly Seed[]; busy: boolean; onSeed: (seed: Seed) => void; primary?: boolean }): React.JSX.Element {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance={props.primary ? "primary" : "secondary"} disabled={props.busy} data-testid="seed-menu">
          {props.strings.seeds}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {props.seeds.map((s) => (
            <MenuItem key={s.file} onClick={() => props.onSeed(s)} data-seed={s.file.slice(0, 3)}>
              {seedLabel(s)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function Toolbar(props: ToolbarProps & { pick: () => void }): React.JSX.Element {
  const styles = useStyles();
  const { strings } = props;
  return (
    <header className={styles.bar}>
      <div className={styles.brand}>
        <Subtitle1 as="h1">{strings.title}</Subtitle1>
        <Caption1 className={styles.sub}>{strings.subtitle}</Caption1>
      </div>
      <Button onClick={props.pick} disabled={props.busy}>
        {strings.open}
      </Button>
      <SeedMenu strings={strings} seeds={props.seeds} busy={props.busy} onSeed={props.onSeed} />
      <Button appearance="primary" disabled={!props.onDownload || props.busy} onClick={() => props.onDownload?.()} data-testid="download"
        icon={props.saving ? <Spinner size="extra-tiny" /> : undefined} aria-busy={props.saving || undefined}>
        {props.saving ? strings.saving : strings.download}
      </Button>
      {props.pane && (
        <Button ref={props.pane.ref} appearance={props.pane.open ? "secondary" : "primary"} aria-expanded={props.pane.open} onClick={props.pane.toggle} data-testid="pane-toggle">
          {strings.openPane}
        </Button>
      )}
      {props.fileName && (
        <Caption1 className={styles.file} title={props.fileName} data-testid="file-name">
          {props.fileName}
        </Caption1>
      )}
    </header>
  );
}
