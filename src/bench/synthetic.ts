/**
 * A deterministic layout-A sheet for the §10 benchmark: title lines, header, 合计, unit rows, projects, and
 * repeated title/header blocks (multi-page, as in seed 004). Indicator cells mix the §4 grammar variants so the
 * benchmark exercises the parser's slow paths, not only the canonical Guangzhou form.
 */
import { CellValue, Grid } from "../core";

const TITLE = "项目支出绩效目标表（含转移支付项目）";
const DEPARTMENT = "部门名称：广州市合成数据管理局(部门)";
const MONEY_UNIT = "单位：万元";
const HEADER = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"];
const INDICATOR_COL = 6;
const PROJECTS_PER_UNIT = 40;
const ROWS_PER_PAGE = 200;

/** mulberry32: tiny, fast and seedable, so the same seed gives the same sheet on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = ReturnType<typeof prng>;
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** `1299372` → `12,993.72`; the sheet shows amounts as formatted text, as the seeds do. */
export function formatCents(cents: number): string {
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${whole}.${String(cents % 100).padStart(2, "0")}`;
}

const moneyCell = (cents: number): CellValue => (cents === 0 ? null : formatCents(cents));

interface Level {
  l1: [string, string];
  l2: [string, string];
  names: readonly string[];
}

/** The §4 framework with 三级 names a budget officer would write under each 二级. */
const LEVELS: readonly Level[] = [
  { l1: ["1", "产出指标"], l2: ["11", "数量指标"], names: ["造价审核", "监理服务", "测评服务数量", "系统接入单位数", "培训场次"] },
  { l1: ["1", "产出指标"], l2: ["12", "质量指标"], names: ["系统可用率", "数据准确率", "验收合格率", "运维服务达标率"] },
  { l1: ["1", "产出指标"], l2: ["13", "时效指标"], names: ["故障响应时间", "项目按时完成率", "问题处置时限"] },
  { l1: ["1", "产出指标"], l2: ["14", "成本指标"], names: ["单位运维成本", "项目预算控制数"] },
  { l1: ["2", "效益指标"], l2: ["21", "经济效益"], names: ["节约行政成本", "带动社会投资"] },
  { l1: ["2", "效益指标"], l2: ["22", "社会效益"], names: ["政务服务事项网上可办率", "群众办事便利度", "信息化规划"] },
  { l1: ["2", "效益指标"], l2: ["23", "生态效益指标"], names: ["无纸化办公比例", "机房能耗下降"] },
  { l1: ["2", "效益指标"], l2: ["24", "可持续影响"], names: ["系统持续稳定运行", "数据共享机制长效运行"] },
  { l1: ["3", "满意度指标"], l2: ["31", "服务对象满意度"], names: ["服务对象满意度", "使用单位满意度", "群众满意度"] },
  { l1: ["4", "成本指标"], l2: ["41", "经济成本指标"], names: ["项目总成本", "单项服务成本"] },
  { l1: ["4", "成本指标"], l2: ["42", "社会成本指标"], names: ["对群众办事的负面影响"] },
  { l1: ["4", "成本指标"], l2: ["43", "生态环境成本指标"], names: ["新增能耗"] },
];

const QUALITATIVE = ["合格", "正常开展", "有效提升", "稳步推进"];
const LONG = [
  "系统运行稳定，故障及时处置；服务质量持续提升。",
  "视频会议使用次数提升，为镇街提供稳定、便捷的视频会议功能；提高会议效率",
  "按合同约定完成，验收通过。资料归档齐全",
];

/** One target value in one of the §4 forms; never ends in a bare digit next to `N、` (see `render`). */
function value(r: Rand): string {
  const n = int(r, 1, 99);
  switch (int(r, 0, 13)) {
    case 0: return `≥${int(r, 80, 100)}%`;
    case 1: return `≥${n}${pick(r, ["个", "台", "项", "次"])}`;
    case 2: return `≤${int(r, 1, 72)}${pick(r, ["小时", "天", "个工作日"])}`;
    case 3: return `>=${int(r, 85, 100)}%`;
    case 4: return `不低于${int(r, 90, 100)}%`;
    case 5: return `约${n * 100}人次`;
    case 6: return `${n}家以上`;
    case 7: return pick(r, ["100%", `${n}套`, "365天", `${n}`]);
    case 8: return pick(r, ["覆盖率=100%", `建设完成进度${int(r, 50, 100)}%`, `专题展示数量=${n}个`]);
    case 9: return `\\geq ${int(r, 90, 99)}%`;
    case 10: return `\\leq ${int(r, 1, 10)}天`;
    case 11: return pick(r, QUALITATIVE);
    case 12: return pick(r, LONG);
    default: return `≤${formatCents(int(r, 100, 99999))}万元`;
  }
}

interface Style {
  /** Between fields: 一级, 二级, 三级 name, then the values. */
  field: string;
  name: string;
  colon: string;
  /** Between the two values, and after the last one. */
  between: string;
  /** Between items (the last item ends with `end`). */
  item: string;
  end: string;
}

const STYLES: readonly Style[] = [
  { field: "，", name: "；", colon: "：", between: "，", item: "。", end: "。" }, // canonical Guangzhou
  { field: ", ", name: "; ", colon: ": ", between: ", ", item: ". ", end: "." }, // half-width with spaces
  { field: "；", name: "；", colon: ":", between: "；", item: "；", end: "。" }, // 004: `；` everywhere
  { field: "，", name: "；", colon: "：", between: "，", item: "。\n", end: "。" }, // line break between items
  { field: "，", name: "，", colon: "：", between: "，", item: "\n", end: "" },
  { field: ",", name: ";", colon: ":", between: ",", item: "", end: "" }, // nothing between items
];

/** One item body (no number, no terminator). */
function item(r: Rand, s: Style): string {
  const lv = pick(r, LEVELS);
  const name = pick(r, lv.names);
  const annual = value(r);
  if (r() < 0.08) return `${lv.l1[1]}${s.colon}${name}${s.field}年度指标值${s.colon}${annual}`; // layout-C form
  const period = r() < 0.7 ? annual : value(r);
  // A 二级 repeated in place of the 一级 (`21-经济效益，21-经济效益`) is a real filing error the parser must survive.
  const l1 = r() < 0.02 ? lv.l2 : lv.l1;
  return (
    `${l1[0]}-${l1[1]}${s.field}${lv.l2[0]}-${lv.l2[1]}${s.field}${name}${s.name}` +
    `实施周期指标值${s.colon}${period}${s.between}年度指标值${s.colon}${annual}`
  );
}

/** A packed indicator cell of exactly `count` numbered items. */
function indicatorCell(r: Rand, count: number): string {
  const s = pick(r, STYLES);
  // Numbering that restarts (003: 1,2,3,1,2) still counts every item.
  const restart = count > 2 && r() < 0.05 ? int(r, 2, count - 1) : 0;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = restart && i >= restart ? i - restart + 1 : i + 1;
    let body = item(r, s);
    const last = i === count - 1;
    // Gluing `N、` to a trailing digit would make `1002、`; keep that case out of the "nothing" style.
    const sep = last ? s.end : s.item === "" && /\d$/.test(body) ? "。" : s.item;
    body += sep;
    parts.push(`${n}、${body}`);
  }
  const text = parts.join("");
  return r() < 0.03 ? `<p>${text}</p>` : text;
}

const TOPICS = ["信息化运维", "政务云服务", "数据中心租赁", "网络安全保障", "电子政务外网", "智慧城市平台", "档案数字化"];

function goal(r: Rand, topic: string): string {
  return r() < 0.5
    ? `保障${topic}正常运行，提升政务服务水平。`
    : `1.完成${topic}年度建设任务。2.提高系统可用率，降低运行成本；3.做好资金绩效管理。`;
}

interface Project {
  row: CellValue[];
  cents: [number, number, number, number];
}

function project(r: Rand, index: number, perProject: number): Project {
  const total = int(r, 1000, 5_000_000);
  const k = r();
  // Most projects are pure 财政拨款; some split with 财政专户 or 其他资金, so blanks occur in every column.
  const special = k > 0.8 ? int(r, 0, total) : 0;
  const other = k > 0.7 && k <= 0.8 ? int(r, 1, total) : k > 0.95 ? int(r, 0, total - special) : 0;
  const fiscal = total - special - other;
  const topic = pick(r, TOPICS);
  const name = `${topic}项目${String(index + 1).padStart(5, "0")}`;
  const row = [name, moneyCell(total), moneyCell(fiscal), moneyCell(special), moneyCell(other), goal(r, topic), indicatorCell(r, perProject)];
  return { row, cents: [total, fiscal, special, other] };
}

function titleBlock(): CellValue[][] {
  return [[], [TITLE], [], [DEPARTMENT], [], [MONEY_UNIT], [], [...HEADER]];
}

const sumRow = (name: string, c: number[]): CellValue[] => [name, ...c.map(moneyCell), null, null];

export function syntheticGrid(projects = 12500, indicatorsPerProject = 8, seed = 1): Grid {
  const r = prng(seed);
  const units: { name: string; cents: number[]; projects: Project[] }[] = [];
  for (let i = 0; i < projects; i++) {
    if (i % PROJECTS_PER_UNIT === 0) units.push({ name: `广州市合成数据管理局第${units.length + 1}分中心`, cents: [0, 0, 0, 0], projects: [] });
    const u = units[units.length - 1];
    const p = project(r, i, indicatorsPerProject);
    u.projects.push(p);
    p.cents.forEach((c, k) => (u.cents[k] += c));
  }
  const grand = [0, 0, 0, 0];
  for (const u of units) u.cents.forEach((c, k) => (grand[k] += c));

  const rows: CellValue[][] = [...titleBlock(), sumRow("合计", grand)];
  let sincePage = 0;
  let pageLen = ROWS_PER_PAGE + int(r, -20, 20);
  const push = (row: CellValue[]) => {
    if (sincePage >= pageLen) {
      rows.push(...titleBlock());
      sincePage = 0;
      pageLen = ROWS_PER_PAGE + int(r, -20, 20);
    }
    rows.push(row);
    sincePage++;
  };
  for (const u of units) {
    push(sumRow(u.name, u.cents));
    for (const p of u.projects) push(p.row);
  }
  return { name: `synthetic-${projects}x${indicatorsPerProject}-${seed}`, rows };
}

/** The indicator-cell texts of the project rows, in sheet order (what §10's floor splits). */
export function syntheticCells(grid: Grid): string[] {
  const cells: string[] = [];
  for (const row of grid.rows) {
    const v = row[INDICATOR_COL];
    if (typeof v === "string" && v !== HEADER[INDICATOR_COL]) cells.push(v);
  }
  return cells;
}
