/**
 * Row-per-indicator sheets for the §10 benchmark (issue 14): layout D with money (the Sichuan 部门预算项目绩效目标申报表
 * shape) and layout E (national single-project forms stacked in one sheet). Deterministic for a seed, like synthetic.ts.
 *
 * Layout E is generated as many forms in one sheet: that is how a department's forms arrive when its published
 * PDF or web page is pasted or converted into one workbook (宁乡, 岳阳 publish them so). One sheet per form across a
 * workbook is parsed sheet by sheet, so its cost per form is the same form's cost without the stacking; 10,000
 * sheets in one workbook are not seen in practice.
 */
import { CellValue, Grid } from "../core";
import { formatCents, int, pick, prng, Rand } from "./synthetic";

interface RowLevel {
  l1: string;
  l2: string;
  names: readonly string[];
  /** The 指标性质 comparators and the value for this kind of indicator. */
  values: readonly (() => [string, string, string])[];
}

const pct = (r: Rand): [string, string, string] => [pick(r, ["≥", "≥", "＝", ">="]), String(int(r, 80, 100)), "%"];
const count = (r: Rand): [string, string, string] => [pick(r, ["≥", "＝", "≥"]), String(int(r, 1, 500)), pick(r, ["个", "次", "人", "项", "公里", "亩"])];
const days = (r: Rand): [string, string, string] => ["≤", String(int(r, 1, 30)), pick(r, ["天", "小时", "个工作日"])];
const cost = (r: Rand): [string, string, string] => ["≤", String(int(r, 10, 99999)), pick(r, ["元", "万元"])];
const quali = (r: Rand): [string, string, string] => ["定性", pick(r, ["逐步提升", "明显改善", "有效保障", "持续稳定"]), ""];

function levels(r: Rand): readonly RowLevel[] {
  return [
    { l1: "产出指标", l2: "数量指标", names: ["保障村（社区）个数", "养护农村公路里程", "培训人次", "发放补助人数"], values: [() => count(r)] },
    { l1: "产出指标", l2: "质量指标", names: ["验收合格率", "资金发放准确率", "村级组织正常运转率"], values: [() => pct(r)] },
    { l1: "产出指标", l2: "时效指标", names: ["资金拨付及时率", "问题处置时限"], values: [() => pct(r), () => days(r)] },
    { l1: "产出指标", l2: "成本指标", names: ["人均补助标准", "项目成本控制"], values: [() => cost(r)] },
    { l1: "效益指标", l2: "经济效益指标", names: ["促进村集体经济发展", "带动群众增收"], values: [() => pct(r), () => quali(r)] },
    { l1: "效益指标", l2: "社会效益指标", names: ["基层治理水平", "群众出行条件", "维护社会稳定"], values: [() => quali(r), () => pct(r)] },
    { l1: "效益指标", l2: "生态效益指标", names: ["保护生态环境卫生"], values: [() => pct(r)] },
    { l1: "效益指标", l2: "可持续影响指标", names: ["项目维持时效", "长效机制建立"], values: [() => quali(r), () => pct(r)] },
    { l1: "满意度指标", l2: "服务对象满意度指标", names: ["群众满意度", "服务对象满意度"], values: [() => pct(r)] },
    { l1: "成本指标", l2: "经济成本指标", names: ["项目总成本"], values: [() => cost(r)] },
  ];
}

interface Indicator {
  l1: string;
  l2: string;
  name: string;
  nature: string;
  value: string;
  measure: string;
  weight: number;
}

/**
 * `per` indicators in framework order (as tables list them), weights summing to 100: at least one 产出, 效益, 满意度
 * and 成本 each (what the checks require of a complete project), the rest at random.
 */
function indicators(r: Rand, lv: readonly RowLevel[], per: number): Indicator[] {
  const required = [int(r, 0, 2), int(r, 4, 7), 8, pick(r, [3, 9])];
  const picked = Array.from({ length: per }, (_, i) => (i < required.length ? required[i] : int(r, 0, lv.length - 1))).sort((x, y) => x - y);
  const base = Math.floor(100 / per);
  return picked.map((k, i) => {
    const l = lv[k];
    const [nature, value, measure] = pick(r, l.values)();
    return { l1: l.l1, l2: l.l2, name: pick(r, l.names), nature, value, measure, weight: i === 0 ? 100 - base * (per - 1) : base };
  });
}

const TOPICS = ["村（社区）运转经费", "乡村道路养护", "机关运行经费", "基层组织活动经费", "村组干部报酬", "农村环境整治", "高标准农田建设"];

export const D_HEADER = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"];
const D_PROJECTS_PER_UNIT = 25;

/**
 * Layout D with money: title, 金额单位:元, header, then per unit a row with its name and total (预算数), and its
 * projects — 项目名称/预算数/年度目标 on the project's first row only (merged cells arrive blank), 一级 and 二级 blank
 * where they repeat the row above (merged too). Amounts in 元 with two decimals, as printed text (`3,309,840.00`).
 */
export function syntheticDGrid(projects = 12500, per = 8, seed = 1): Grid {
  const r = prng(seed);
  const lv = levels(r);
  const rows: CellValue[][] = [["部门预算项目绩效目标申报表(2023年度)"], ["金额单位:元"], [...D_HEADER]];
  for (let u = 0; u * D_PROJECTS_PER_UNIT < projects; u++) {
    const unitRow: CellValue[] = [`${820001 + u}-合成县第${u + 1}镇人民政府`, null, null];
    rows.push(unitRow);
    let sum = 0;
    for (let i = u * D_PROJECTS_PER_UNIT; i < Math.min(projects, (u + 1) * D_PROJECTS_PER_UNIT); i++) {
      const cents = int(r, 100_000, 900_000_000);
      sum += cents;
      const topic = pick(r, TOPICS);
      let prev: Indicator | null = null;
      for (const [k, ind] of indicators(r, lv, per).entries()) {
        const head = k === 0 ? [null, `${topic}${String(i + 1).padStart(5, "0")}`, formatCents(cents), `保障${topic}按时足额发放，提升基层服务能力`] : [null, null, null, null];
        const l1 = prev?.l1 === ind.l1 ? null : ind.l1;
        const l2 = prev?.l1 === ind.l1 && prev.l2 === ind.l2 ? null : ind.l2;
        rows.push([...head, l1, l2, ind.name, ind.nature, ind.value, ind.measure || null, ind.weight]);
        prev = ind;
      }
    }
    unitRow[2] = formatCents(sum);
  }
  return { name: `synthetic-d-${projects}x${per}-${seed}`, rows };
}

/**
 * Layout E: one national single-project form per project, stacked with a blank row between them — title and
 * `（2023年度）`, key–value cells, a money block in 万元 (年度资金总额 = 财政拨款 + 其他资金, as numbers), the
 * annual goal, and an indicator block (一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重) with merged blanks.
 */
export function syntheticEGrid(forms = 10000, per = 10, seed = 1): Grid {
  const r = prng(seed);
  const lv = levels(r);
  const rows: CellValue[][] = [];
  for (let i = 0; i < forms; i++) {
    const topic = pick(r, TOPICS);
    const cents = int(r, 10_000, 99_999_999);
    const other = r() < 0.3 ? int(r, 0, cents) : 0;
    rows.push(
      ["项目支出绩效目标申报表"],
      [null, null, null, "（2023年度）"],
      ["项目名称", `${topic}${String(i + 1).padStart(5, "0")}`, null, null, "主管部门", "合成县农业农村局"],
      ["实施单位", `合成县第${(i % 400) + 1}镇人民政府`, null, null, "项目属性", pick(r, ["经常性项目", "一次性项目", "延续项目"])],
      ["项目负责人", "某某", null, null, "实施期", "2023年1月-2023年12月"],
      ["项目资金（万元）", "年度资金总额", (cents / 100)],
      [null, "其中：财政拨款", (cents - other) / 100],
      [null, "其他资金", other === 0 ? null : other / 100],
      ["年度目标", `完成${topic}年度任务，保障资金按时足额到位，提升群众满意度。`],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
    );
    let prev: Indicator | null = null;
    for (const ind of indicators(r, lv, per)) {
      const l1 = prev?.l1 === ind.l1 ? null : ind.l1;
      const l2 = prev?.l1 === ind.l1 && prev.l2 === ind.l2 ? null : ind.l2;
      rows.push([l1, l2, ind.name, ind.nature, ind.value, ind.measure || null, ind.weight]);
      prev = ind;
    }
    rows.push([]);
  }
  return { name: `synthetic-e-${forms}x${per}-${seed}`, rows };
}

/**
 * The floor's input for a row-per-indicator sheet: the text of every filled cell, in sheet order. A reader must
 * at least look at each of them once, as layout A's must look at each indicator cell; the bench splits each with
 * the same regex as layout A's floor.
 */
export function filledCells(grid: Grid): string[] {
  const out: string[] = [];
  for (const row of grid.rows) for (const v of row) if (v !== null && v !== undefined && v !== "") out.push(typeof v === "string" ? v : String(v));
  return out;
}
