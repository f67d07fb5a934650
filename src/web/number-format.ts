/**
 * A cell's number as the sheet shows it, from the number format the file saved (ExcelJS's `numFmt`). Only the
 * formats target tables use: 0, 0.00, #,##0, #,##0.00, 0%, 0.00% (with literal text such as ¥ or "元" and a
 * negative section), and dates. Anything else (scientific, fractions, conditions) shows as General does, so a
 * format we do not know never hides or changes a value. Pure.
 */

/** General: up to 11 significant digits, as Excel's default column shows, without float noise (0.1+0.2 → 0.3). */
export function generalNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  return String(Number(v.toPrecision(11)));
}

/** Split at `;` outside quotes, drop colour/condition brackets, padding (`_x`) and fill (`*x`) codes. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      const stop = end < 0 ? fmt.length : end;
      cur += fmt.slice(i, stop + 1);
      i = stop;
    } else if (ch === "\\") {
      cur += `"${fmt[i + 1] ?? ""}"`;
      i++;
    } else if (ch === "[") {
      const end = fmt.indexOf("]", i);
      i = end < 0 ? fmt.length : end;
    } else if (ch === "_" || ch === "*") i++;
    else if (ch === ";") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The section's characters outside quotes (what decides its kind). */
const bare = (s: string) => s.replace(/"[^"]*"/g, "");
const literal = (s: string) => s.replace(/"([^"]*)"/g, "$1");

const DATE_CODES = /[ymdhs]/i;

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const s = bare(sections(fmt)[0]);
  return DATE_CODES.test(s) && !/[0#?]/.test(s.replace(/\.0+/g, ""));
}

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** One numeric section (`¥#,##0.00`, `0.0%`, `#,##0"元"`) applied to |v|; null when it is not one we know. */
function numericSection(section: string, v: number): string | null {
  const s = bare(section);
  if (/[eE/@?]/.test(s)) return null;
  const m = /[#0,.]*[#0][#0,.]*/.exec(section);
  if (!m) return null;
  const pattern = m[0];
  const dot = pattern.indexOf(".");
  const decimals = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^0#]/g, "").length;
  const group = /[#0],[#0]/.test(pattern);
  // Trailing commas scale by thousands (#,##0,): rare in these tables, but cheap to honour.
  const scale = /,+$/.exec(pattern.replace(/\.[#0]*$/, ""))?.[0].length ?? 0;
  const percent = (s.match(/%/g) ?? []).length;
  const x = Math.abs(v) * 100 ** percent / 1000 ** scale;
  let text = x.toFixed(decimals);
  if (group) {
    const [int, frac] = text.split(".");
    text = frac === undefined ? grouped(int) : `${grouped(int)}.${frac}`;
  }
  // `#.00` has no required integer digit: 0.5 shows as .50.
  if (!/0/.test(pattern.split(".")[0]) && text.startsWith("0")) text = text.slice(1);
  return literal(section.slice(0, m.index)) + text + literal(section.slice(m.index + pattern.length));
}

export function formatNumber(v: number, fmt: string | undefined): string {
  if (!fmt || /^general$/i.test(fmt) || !Number.isFinite(v)) return generalNumber(v);
  if (isDateFormat(fmt)) return formatDate(serialDate(v), fmt);
  const parts = sections(fmt);
  if (v < 0 && parts.length > 1 && bare(parts[1]).trim() !== "") {
    // A negative section shows |v| its own way: (1,234.00) or -1,234.00.
    return numericSection(parts[1], v) ?? generalNumber(v);
  }
  const shown = v === 0 && parts.length > 2 ? numericSection(parts[2], v) : numericSection(parts[0], v);
  if (shown === null) return generalNumber(v);
  return v < 0 && !/^0*\.?0*$/.test(shown.replace(/[^0-9.]/g, "")) ? `-${shown}` : shown;
}

/** Excel's serial day (1900 system) as a UTC date; ExcelJS reads dates the same way. */
function serialDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A date in its format's codes (yyyy yy m mm d dd h hh mm ss); `m` right after an hour or before seconds is minutes.
 * Format 14 (ExcelJS calls it mm-dd-yy) is the reader's short date: Chinese Excel shows it as yyyy/m/d.
 */
export function formatDate(d: Date, fmt: string | undefined): string {
  if (Number.isNaN(d.getTime())) return "";
  const f = !fmt || fmt === "mm-dd-yy" || !isDateFormat(fmt) ? "yyyy/m/d" : sections(fmt)[0];
  const tokens = f.match(/"[^"]*"|y+|m+|d+|h+|s+|./gi) ?? [];
  let out = "";
  tokens.forEach((t, i) => {
    const k = t[0].toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (k === "y") out += t.length <= 2 ? pad(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
    else if (k === "m") {
      const before = tokens.slice(0, i).reverse().find((x) => /^[a-z]/i.test(x) && !/^"/.test(x));
      const after = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && !/^"/.test(x));
      const minutes = (before && /^h/i.test(before)) || (after && /^s/i.test(after));
      const n = minutes ? d.getUTCMinutes() : d.getUTCMonth() + 1;
      out += t.length === 1 ? String(n) : pad(n);
    } else if (k === "d") out += t.length === 1 ? String(d.getUTCDate()) : pad(d.getUTCDate());
    else if (k === "h") out += t.length === 1 ? String(d.getUTCHours()) : pad(d.getUTCHours());
    else if (k === "s") out += t.length === 1 ? String(d.getUTCSeconds()) : pad(d.getUTCSeconds());
    else out += t;
  });
  return out;
}
