/**
 * A virtualised sheet grid: only the rows and columns on screen (plus a few) are in the DOM, so a 20,000-row
 * sheet scrolls as smoothly as a 20-row one. Column letters stay on top and row numbers on the left (sticky);
 * fills come from the workbook, so the product's highlights show as they will in Excel. It behaves like a sheet:
 * the keys of grid-keys.ts move the selection (scrolled into view), and text spills into empty cells to its right.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetter } from "../core";
import { keyTarget } from "./grid-keys";
import { SheetView, columnAt, textWidth } from "./grid-view";

export const ROW_H = 24;
const HEAD_H = 24;
const ROW_HEAD_W = 56;
const OVERSCAN = 8;
/** How far left of the window to look for text spilling into it (wider spills are cut, as rare as they are). */
const MAX_SPILL = 16;

const useStyles = makeStyles({
  scroller: { position: "relative", overflow: "auto", height: "100%", backgroundColor: "#fff", outline: "none", contain: "strict" },
  head: { position: "sticky", top: 0, zIndex: 3, backgroundColor: "#f3f3f3" },
  frozen: { position: "relative", height: `${ROW_H}px`, backgroundColor: "#fff", boxShadow: "0 1px 0 #b8b8b8" },
  corner: { position: "sticky", left: 0, zIndex: 4, width: `${ROW_HEAD_W}px`, height: `${HEAD_H}px`, backgroundColor: "#e9e9e9", borderRight: "1px solid #d0d0d0", borderBottom: "1px solid #d0d0d0", boxSizing: "border-box" },
  letter: { position: "absolute", top: 0, height: `${HEAD_H}px`, lineHeight: `${HEAD_H}px`, textAlign: "center", fontSize: "12px", color: "#444", borderRight: "1px solid #d9d9d9", borderBottom: "1px solid #d0d0d0", boxSizing: "border-box" },
  row: { position: "absolute", left: 0, height: `${ROW_H}px` },
  rowHead: { position: "sticky", left: 0, zIndex: 2, width: `${ROW_HEAD_W}px`, height: `${ROW_H}px`, lineHeight: `${ROW_H}px`, textAlign: "right", paddingRight: "6px", fontSize: "12px", color: "#555", backgroundColor: "#f3f3f3", borderRight: "1px solid #d0d0d0", borderBottom: "1px solid #e3e3e3", boxSizing: "border-box" },
  cell: {
    position: "absolute",
    top: 0,
    height: `${ROW_H}px`,
    lineHeight: `${ROW_H - 1}px`,
    padding: "0 4px",
    fontSize: "13px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: "1px solid #e3e3e3",
    borderBottom: "1px solid #e3e3e3",
    boxSizing: "border-box",
    cursor: "cell",
  },
  link: { color: tokens.colorBrandForegroundLink, textDecorationLine: "underline", cursor: "pointer" },
  // A cell whose text runs on over empty neighbours: the text sits above them, and their gridlines give way.
  spilling: { overflow: "visible", textOverflow: "clip" },
  spill: { position: "absolute", top: 0, left: "4px", zIndex: 1, overflow: "hidden", whiteSpace: "nowrap", pointerEvents: "none" },
  spilled: { borderRightColor: "transparent" },
  selected: { position: "absolute", zIndex: 1, border: "2px solid #217346", boxSizing: "border-box", pointerEvents: "none" },
});

export interface GridProps {
  view: SheetView;
  /** Changes whenever the workbook changed, so cells are read again. */
  version: number;
  selected: { row: number; col: number } | null;
  /** Bumped to bring the selected cell into view (a finding was clicked). */
  scrollKey: number;
  label: string;
  /** A click (`follow`: a link cell goes to its target) or a key (`follow` false: the cell itself). */
  onSelectCell: (row: number, col: number, follow: boolean) => void;
}

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export function SheetGrid({ view, version, selected, scrollKey, label, onSelectCell }: GridProps): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const [box, setBox] = React.useState<Box>({ top: 0, left: 0, width: 1200, height: 800 });
  const frame = React.useRef(0);
  const id = React.useId();
  /** The cell the last key moved to, until the workbook's selection catches up (keys can outrun it). */
  const cursor = React.useRef<{ row: number; col: number } | null>(null);
  React.useEffect(() => {
    cursor.current = null;
  }, [selected?.row, selected?.col, view]);

  const measure = React.useCallback(() => {
    const el = ref.current;
    if (el) setBox({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
  }, []);
  // One state update per animation frame, however many scroll events arrive.
  const onScroll = () => {
    if (!frame.current) frame.current = requestAnimationFrame(() => ((frame.current = 0), measure()));
  };
  React.useLayoutEffect(() => {
    measure();
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);
  React.useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // A new sheet starts at the top left; a clicked finding brings its cell into view.
  React.useLayoutEffect(() => {
    ref.current?.scrollTo({ top: 0, left: 0 });
    measure();
  }, [view.name, measure]);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !selected || scrollKey === 0) return;
    const top = HEAD_H + selected.row * ROW_H - (selected.row >= view.frozenRows ? view.frozenRows * ROW_H : 0);
    const left = ROW_HEAD_W + view.offsets[selected.col];
    const right = ROW_HEAD_W + view.offsets[selected.col + 1];
    let y = el.scrollTop;
    if (top - HEAD_H < y || top + ROW_H > y + el.clientHeight) y = Math.max(0, top - el.clientHeight / 3);
    let x = el.scrollLeft;
    if (left - ROW_HEAD_W < x || right > x + el.clientWidth) x = Math.max(0, left - ROW_HEAD_W - 40);
    el.scrollTo({ top: y, left: x });
    measure();
    el.focus({ preventScroll: true });
    // Only a new scroll request moves the view, not every selection change (so selected/view are not deps).
  }, [scrollKey]);

  /** Scroll just enough to show a cell (below the sticky letters and frozen rows), as a spreadsheet does on a key. */
  const reveal = (row: number, col: number) => {
    const el = ref.current;
    if (!el) return;
    const cover = HEAD_H + view.frozenRows * ROW_H;
    const top = HEAD_H + row * ROW_H;
    let y = el.scrollTop;
    if (row >= view.frozenRows) {
      if (top < y + cover) y = top - cover;
      else if (top + ROW_H > y + el.clientHeight) y = top + ROW_H - el.clientHeight;
    }
    const left = ROW_HEAD_W + view.offsets[col];
    const right = ROW_HEAD_W + view.offsets[col + 1];
    let x = el.scrollLeft;
    if (left < x + ROW_HEAD_W) x = left - ROW_HEAD_W;
    else if (right > x + el.clientWidth) x = Math.min(left - ROW_HEAD_W, right - el.clientWidth);
    if (y !== el.scrollTop || x !== el.scrollLeft) {
      el.scrollTo({ top: Math.max(0, y), left: Math.max(0, x) });
      measure();
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const el = ref.current;
    if (!el || e.target !== el) return;
    const at = cursor.current ?? selected ?? { row: 0, col: 0 };
    const pageRows = Math.max(1, Math.floor((el.clientHeight - HEAD_H - view.frozenRows * ROW_H) / ROW_H));
    const next = keyTarget(e, at, { rowCount: view.rowCount, colCount: view.colCount, usedRows: view.usedRows, usedCols: view.usedCols, pageRows, empty: (r, c) => view.text(r, c) === "" });
    if (!next) return;
    e.preventDefault();
    // A page key scrolls the view by the page too, as in Excel, so the selection keeps its place on screen.
    if (e.key === "PageDown" || e.key === "PageUp") el.scrollTop += (next.row - at.row) * ROW_H;
    cursor.current = next;
    reveal(next.row, next.col);
    onSelectCell(next.row, next.col, false);
  };

  const firstRow = Math.max(0, Math.floor(box.top / ROW_H) - OVERSCAN);
  const lastRow = Math.min(view.rowCount - 1, Math.ceil((box.top + box.height) / ROW_H) + OVERSCAN);
  const firstCol = columnAt(view.offsets, Math.max(0, box.left - ROW_HEAD_W));
  const lastCol = Math.min(view.colCount - 1, columnAt(view.offsets, box.left + box.width) + 1);
  const totalWidth = ROW_HEAD_W + view.offsets[view.colCount];
  const cols: number[] = [];
  for (let c = firstCol; c <= lastCol; c++) cols.push(c);

  /** Where text starting at (r, c) stops: over the empty, unmerged cells to its right, as far as it needs. */
  const spillEnd = (r: number, c: number, text: string) => {
    if (!text || view.span(r, c) !== 1 || view.numeric(r, c)) return c + 1;
    const need = textWidth(text) + 10;
    let end = c + 1;
    let width = view.widths[c];
    while (width < need && end < view.colCount && view.span(r, end) === 1 && view.text(r, end) === "") width += view.widths[end++];
    return end;
  };
  /** A text cell left of the window whose spill reaches into it (it is drawn too, partly off screen). */
  const spillOrigin = (r: number): number | null => {
    for (let c = firstCol - 1; c >= 0 && c >= firstCol - MAX_SPILL; c--) {
      if (view.span(r, c) !== 1) return null;
      const text = view.text(r, c);
      if (text !== "") return spillEnd(r, c, text) > firstCol ? c : null;
    }
    return null;
  };
  const isSelected = (r: number, c: number) => selected !== null && selected.row === r && selected.col === c;
  let activeRendered = false;

  const cells = (r: number) => {
    // A row whose cells are still on their way from the workbook host is drawn as its number only (for a moment).
    if (view.ready && !view.ready(r)) {
      return (
        <div className={styles.rowHead} role="rowheader">
          {r + 1}
        </div>
      );
    }
    const origin = spillOrigin(r);
    let spillTo = 0;
    return (
      <>
        <div className={styles.rowHead} role="rowheader">
          {r + 1}
        </div>
        {(origin === null ? cols : [origin, ...cols]).map((c) => {
          const span = view.span(r, c);
          if (span === 0) return null; // covered by the merge that starts to its left
          const text = view.text(r, c);
          const fill = view.fill(r, c);
          const link = text ? view.link(r, c) : null;
          const end = spillEnd(r, c, text);
          const spills = end > c + 1;
          if (spills) spillTo = end;
          const active = isSelected(r, c);
          if (active) activeRendered = true;
          return (
            <div
              key={c}
              id={active ? `${id}-active` : undefined}
              role="gridcell"
              aria-colindex={c + 2}
              aria-selected={active || undefined}
              className={mergeClasses(styles.cell, link ? styles.link : undefined, spills && styles.spilling, c + 1 < spillTo && styles.spilled)}
              style={{
                left: ROW_HEAD_W + view.offsets[c],
                width: view.offsets[Math.min(c + span, view.colCount)] - view.offsets[c],
                background: fill ?? undefined,
                fontWeight: view.bold(r, c) ? 600 : undefined,
                textAlign: view.numeric(r, c) ? "right" : undefined,
              }}
              data-address={`${columnLetter(c)}${r + 1}`}
              data-fill={fill ?? undefined}
              data-spill={spills ? columnLetter(end - 1) : undefined}
              title={text.length > 12 && !spills ? text : undefined}
            >
              {spills ? (
                <span className={styles.spill} style={{ width: view.offsets[end] - view.offsets[c] - 8 }}>
                  {text}
                </span>
              ) : (
                text
              )}
            </div>
          );
        })}
      </>
    );
  };
  // Frozen rows live in the sticky header; the body starts under them.
  const frozen: React.JSX.Element[] = [];
  for (let r = 0; r < view.frozenRows; r++) {
    frozen.push(
      <div key={r} className={styles.frozen} style={{ width: totalWidth }} data-row={r + 1} role="row" aria-rowindex={r + 2}>
        {cells(r)}
      </div>,
    );
  }
  const rows: React.JSX.Element[] = [];
  for (let r = Math.max(firstRow, view.frozenRows); r <= lastRow; r++) {
    rows.push(
      <div key={r} className={styles.row} style={{ top: HEAD_H + r * ROW_H, width: totalWidth }} data-row={r + 1} role="row" aria-rowindex={r + 2}>
        {cells(r)}
      </div>,
    );
  }

  const onClick = (e: React.MouseEvent) => {
    const address = (e.target as HTMLElement).closest("[data-address]")?.getAttribute("data-address");
    const m = address ? /^([A-Z]+)(\d+)$/.exec(address) : null;
    if (!m) return;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    onSelectCell(Number(m[2]) - 1, col, true);
  };

  return (
    // Rows and columns are counted with the header row and the row-number column (aria-rowindex 1 is the letters).
    <div
      ref={ref}
      className={styles.scroller}
      onScroll={onScroll}
      onClick={onClick}
      onKeyDown={onKeyDown}
      role="grid"
      aria-label={label}
      aria-rowcount={view.rowCount + 1}
      aria-colcount={view.colCount + 1}
      aria-activedescendant={activeRendered ? `${id}-active` : undefined}
      tabIndex={0}
      data-version={version}
    >
      <div style={{ position: "relative", width: totalWidth, height: HEAD_H + view.rowCount * ROW_H }}>
        <div className={styles.head} style={{ width: totalWidth }}>
          <div role="row" aria-rowindex={1}>
            <div className={styles.corner} role="presentation" />
            {cols.map((c) => (
              <div key={c} className={styles.letter} role="columnheader" aria-colindex={c + 2} style={{ left: ROW_HEAD_W + view.offsets[c], width: view.widths[c] }}>
                {columnLetter(c)}
              </div>
            ))}
          </div>
          {frozen}
        </div>
        {rows}
        {selected && selected.row < view.rowCount && selected.col < view.colCount && (
          <div
            className={styles.selected}
            data-selected={`${columnLetter(selected.col)}${selected.row + 1}`}
            style={{ top: HEAD_H + selected.row * ROW_H, left: ROW_HEAD_W + view.offsets[selected.col], width: view.widths[selected.col], height: ROW_H }}
          />
        )}
      </div>
    </div>
  );
}
