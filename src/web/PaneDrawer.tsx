/**
 * Where the task pane sits on the web page: a 420 px column beside the grid on a wide screen, a drawer over the
 * grid on a narrow one (under 960 px: a phone, a tablet upright), opened from the toolbar and closed with its
 * button, Escape or a click beside it. It is one element in both cases, so crossing the breakpoint (turning a
 * tablet) keeps the pane and its findings: Fluent's OverlayDrawer and InlineDrawer are two components, and
 * switching between them would mount the pane afresh.
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { WebStrings } from "../i18n";

/** Below this width the grid would be narrower than the pane beside it. */
export const NARROW = "(max-width: 959px)";

/** Whether a media query matches, following changes (false where there is no matchMedia, as in jsdom). */
export function useMediaQuery(query: string): boolean {
  const get = () => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(query).matches;
  const [matches, setMatches] = React.useState(get);
  React.useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const list = window.matchMedia(query);
    const on = () => setMatches(list.matches);
    on();
    list.addEventListener("change", on);
    return () => list.removeEventListener("change", on);
  }, [query]);
  return matches;
}

const useStyles = makeStyles({
  side: { overflowY: "auto", overflowX: "hidden", minWidth: 0, outline: "none", borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  drawer: {
    position: "fixed",
    top: 0,
    right: 0,
    bottom: 0,
    zIndex: 20,
    width: "min(420px, 100vw)",
    boxSizing: "border-box",
    boxShadow: tokens.shadow64,
    // Visible at once on opening (so the focus can move in), hidden only once the slide out is over.
    transitionProperty: "transform, visibility",
    transitionDuration: `${tokens.durationNormal}, 0s`,
    transitionDelay: "0s, 0s",
    transitionTimingFunction: tokens.curveDecelerateMid,
    "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0s, 0s" },
  },
  // Closed: off screen and out of the tab order and the accessibility tree (visibility), but still mounted.
  closed: {
    transform: "translateX(100%)",
    visibility: "hidden",
    boxShadow: "none",
    transitionDelay: `0s, ${tokens.durationNormal}`,
    "@media (prefers-reduced-motion: reduce)": { transitionDelay: "0s, 0s" },
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    justifyContent: "flex-end",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  backdrop: { position: "fixed", top: 0, left: 0, right: 0, bottom: 0, zIndex: 19, backgroundColor: "rgba(0, 0, 0, 0.3)" },
});

export interface PaneDrawerProps {
  strings: WebStrings;
  narrow: boolean;
  open: boolean;
  onClose: () => void;
  children: React.ReactNode;
}

export function PaneDrawer({ strings, narrow, open, onClose, children }: PaneDrawerProps): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLElement>(null);
  const shown = !narrow || open;
  // Opening moves the focus into the drawer, as a dialog does; closing gives it back (WebApp, to the toggle).
  React.useEffect(() => {
    if (narrow && open) ref.current?.focus({ preventScroll: true });
  }, [narrow, open]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    // Escape from a dialog the pane opened (a portal, outside this element) is that dialog's.
    if (narrow && e.key === "Escape" && ref.current?.contains(e.target as Node)) {
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <>
      {narrow && open && <div className={styles.backdrop} aria-hidden="true" onClick={onClose} data-testid="pane-backdrop" />}
      <aside
        ref={ref}
        className={mergeClasses(styles.side, narrow && styles.drawer, !shown && styles.closed)}
        aria-label={strings.pane}
        tabIndex={narrow ? -1 : undefined}
        onKeyDown={onKeyDown}
        data-drawer={narrow ? (open ? "open" : "closed") : undefined}
      >
        {narrow && (
          <div className={styles.head}>
            <Button appearance="subtle" onClick={onClose} data-testid="pane-close">
              {strings.closePane}
            </Button>
          </div>
        )}
        {children}
      </aside>
    </>
  );
}
