/** 中文消息（默认）。Every finding code has a sentence; test/i18n checks none is missing. */
import { Catalogue, money } from "../catalogue";

const diff = (f: { expected?: number; actual?: number; difference?: number }) =>
  `应为 ${money(f.expected)}，实际为 ${money(f.actual)}，相差 ${money(f.difference)}`;

export const zhCN: Catalogue = {
  findings: {
    "realigned-row": (_f, p) => `此行缺少单元格，已按内容重新对齐${p.indicatorColumn ? `（绩效指标在 ${p.indicatorColumn} 列）` : ""}。`,
    "html-debris": () => "单元格含有网页标记（如 <p>），已去除后解析。",
    "ocr-artefact": (_f, p) => `指标值含有识别错误的符号 ${p.text}，已按比较符（≥ ≤）理解。`,
    "inferred-level": (_f, p) => `一级指标缺失或误填为二级（${p.text}），已按二级指标推定一级为“${p.level1}”。`,
    "numbering-restart": (_f, p) => `编号重新从头开始，作为第 ${p.group} 组处理。`,
    "amount-not-number": (_f, p) => `金额单元格不是数字：“${p.text}”，按 0 计算。`,
    "unrecognized-row": (_f, p) => `无法识别的行，已跳过：“${p.text}”。`,
    "money-cell-unsure": (_f, p) => `“${p.label}”的金额无法确定（“${p.text}”），本项目的金额未参与核对。`,
    "indicator-name-missing": (_f, p) => `“${p.label}”下有一条指标填了指标值（${p.text}），但没有指标名称（三级指标/指标内容）。`,
    "money-row-unsure": (f, p) => `这一行有金额 ${money(f.actual)} 但没有项目，也看不出是哪个单位的小计或合计（“${p.text}”），未参与核对。`,
    "stray-cells": (_f, p) => `远离表格的 ${p.count} 个单元格（${p.range}）未作为表格内容读取；如是误输入，请删除。`,
    "cell-too-long": (_f, p) => `单元格有 ${p.length} 个字符，超过 Excel 单元格上限 ${p.limit} 个字符：Excel 打开这样的文件时会要求修复并截断。本工具写出的文件中此单元格截断为 ${p.limit} 个字符（原文件不变），请拆分或删减后再保存。`,
    "numbering-gap": (f) => `编号不连续：此处应为第 ${f.expected} 项，实际为第 ${f.actual} 项。`,
    "recovered-item": (_f, p) => `有一项指标缺少编号（“${p.name}”），已按内容恢复为单独一项。`,
    "unplaced-text": (_f, p) => `有文字未能归入任何字段，已原样保留：“${p.text}”。`,
    "code-name-mismatch": (_f, p) => `指标代码与名称不符：“${p.text}”（代码对应“${p.expected}”）。`,
    "wrong-parent": (_f, p) => `二级指标“${p.level2}”不属于一级指标“${p.level1}”，按二级指标所属类别统计。`,
    "unknown-level": (_f, p) => `无法识别的指标层级：“${p.text}”。`,
    "unit-conflict": (_f, p) => `指标“${p.name}”的指标值“${p.text}”带单位“${p.unit}”，计量单位一栏却是“${p.column}”，请核对哪一个是对的。`,
    placeholder: (_f, p) => `指标内容是占位文字，尚未填写：${p.text}。`,
    "missing-core-category": (_f, p) => `项目“${p.project}”没有${p.categoryName}指标（产出、效益、满意度指标各至少一条）。`,
    "missing-cost": (_f, p) => `项目“${p.project}”没有成本指标。`,
    "qualitative-quantity": (_f, p) => `数量指标“${p.name}”的目标值是定性描述：“${p.text}”，应填写数值。`,
    "annual-above-period": (_f, p) => `“${p.name}”的年度指标值（${p.annual}）高于实施周期指标值（${p.period}）。`,
    "low-satisfaction": (_f, p) => `满意度指标“${p.name}”的目标值 ${p.text} 低于 ${p.min}%。`,
    "duplicate-name": (_f, p) => `同一项目中三级指标“${p.name}”重复出现（另见${p.firstSeq ? `第 ${p.firstSeq} 项` : `第 ${p.firstRow} 行`}）。`,
    "row-sum": (f, p) => `总计与财政拨款、财政专户拨款、其他资金之和不符：${diff(f)}${p.rounding}。`,
    subtotal: (f, p) => `单位“${p.name}”的金额与其所属项目之和不符：${diff(f)}${p.rounding}。`,
    "grand-total": (f, p) => `合计与${p.basis === "units" ? "各单位" : "各项目"}之和不符：${diff(f)}${p.rounding}。`,
    "budget-levels": (f) => `按预算级次划分的金额之和与收入来源合计不符：${diff(f)}。`,
    "budget-blank": (_f, p) => `“${p.label}”未填写金额。`,
    "target-lowered-budget-up": (_f, p) => `项目“${p.project}”预算增加，指标“${p.name}”的目标却降低了（上一版“${p.before}”，本版“${p.after}”）。`,
    "indicator-dropped": (_f, p) => `项目“${p.project}”延续上一版，但去掉了指标“${p.name}”（上一版目标“${p.before}”）。`,
    "key-tasks-total": (f) => `年度重点工作任务拟投入资金合计 ${money(f.actual)} 与预算总额 ${money(f.expected)} 不一致（相差 ${money(f.difference)}）。`,
  },
  sheet: {
    "sheet-empty": (s) => `工作表“${s}”是空的。`,
    "not-a-target-table": (s) => `工作表“${s}”不是绩效目标表：没有找到“项目名称…绩效指标”或“一级指标/二级指标/三级指标”表头。`,
    "sheet-not-found": (s) => `没有名为“${s}”的工作表。`,
  },
  headerWords: (found, missing) => `找到的表头词：${found.length ? found.join("、") : "无"}；缺少：${missing.join("、")}。`,
  category: { output: "产出", benefit: "效益", satisfaction: "满意度", cost: "成本" },
  severity: { error: "错误", warning: "警告", info: "提示" },
  withinRounding: "（在舍入误差范围内）",
};
