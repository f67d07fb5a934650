/** English messages. Every finding code has a sentence; test/i18n checks none is missing. */
import { Catalogue, money } from "../catalogue";

const diff = (f: { expected?: number; actual?: number; difference?: number }) =>
  `expected ${money(f.expected)}, found ${money(f.actual)}, difference ${money(f.difference)}`;

export const en: Catalogue = {
  findings: {
    "realigned-row": (_f, p) => `This row is missing a cell and was realigned by content${p.indicatorColumn ? ` (indicators are in column ${p.indicatorColumn})` : ""}.`,
    "html-debris": () => "The cell contains web markup (such as <p>); it was stripped before parsing.",
    "ocr-artefact": (_f, p) => `A target contains the misrecognised sign ${p.text}; it was read as a comparison (≥ ≤).`,
    "inferred-level": (_f, p) => `The first-level indicator is missing or written as a second-level one (${p.text}); inferred as "${p.level1}".`,
    "numbering-restart": (_f, p) => `Numbering starts again; treated as group ${p.group}.`,
    "amount-not-number": (_f, p) => `An amount cell is not a number: "${p.text}"; counted as 0.`,
    "unrecognized-row": (_f, p) => `Unrecognised row skipped: "${p.text}".`,
    "money-cell-unsure": (_f, p) => `The amount for "${p.label}" cannot be read with certainty ("${p.text}"); this project's amounts were not reconciled.`,
    "indicator-name-missing": (_f, p) => `An indicator under "${p.label}" has a value (${p.text}) but no name (三级指标 / 指标内容).`,
    "money-row-unsure": (f, p) => `This row has an amount of ${money(f.actual)} but no project, and it is not clear whose subtotal or total it is ("${p.text}"); it was not reconciled.`,
    "stray-cells": (_f, p) => (Number(p.count) === 1 ? `A cell far from the table (${p.range}) was not read as part of it; delete it if it was typed by mistake.` : `${p.count} cells far from the table (${p.range}) were not read as part of it; delete them if they were typed by mistake.`),
    "cell-too-long": (_f, p) => `The cell holds ${p.length} characters, more than Excel's limit of ${p.limit} per cell: Excel repairs such a file by cutting the text. Files this tool writes hold the cell cut to ${p.limit} characters (the input file is unchanged); split or shorten it before saving.`,
    "numbering-gap": (f) => `Numbering gap: item ${f.expected} expected here, found item ${f.actual}.`,
    "recovered-item": (_f, p) => `An indicator had lost its number ("${p.name}"); it was recovered as an item of its own.`,
    "unplaced-text": (_f, p) => `Text that fits no field was kept as written: "${p.text}".`,
    "code-name-mismatch": (_f, p) => `Indicator code and name disagree: "${p.text}" (the code means "${p.expected}").`,
    "wrong-parent": (_f, p) => `Second-level indicator "${p.level2}" does not belong under "${p.level1}"; counted under its own parent.`,
    "unknown-level": (_f, p) => `Unknown indicator level: "${p.text}".`,
    "unit-conflict": (_f, p) => `Indicator "${p.name}": the value "${p.text}" carries the unit "${p.unit}" but the unit column says "${p.column}"; check which is right.`,
    placeholder: (_f, p) => `The indicator holds placeholder text, not yet filled in: ${p.text}.`,
    "missing-core-category": (_f, p) => `Project "${p.project}" has no ${p.categoryName} indicator (output, benefit and satisfaction each need at least one).`,
    "missing-cost": (_f, p) => `Project "${p.project}" has no cost indicator.`,
    "qualitative-quantity": (_f, p) => `Quantity indicator "${p.name}" has a qualitative target: "${p.text}"; a number is expected.`,
    "annual-above-period": (_f, p) => `The annual target of "${p.name}" (${p.annual}) is above the whole-period target (${p.period}).`,
    "low-satisfaction": (_f, p) => `Satisfaction indicator "${p.name}" targets ${p.text}, below ${p.min}%.`,
    "duplicate-name": (_f, p) => `Indicator "${p.name}" appears twice in the same project (see also ${p.firstSeq ? `item ${p.firstSeq}` : `row ${p.firstRow}`}).`,
    "row-sum": (f, p) => `Total does not equal fiscal + special account + other funds: ${diff(f)}${p.rounding}.`,
    subtotal: (f, p) => `Unit "${p.name}" does not equal the sum of its projects: ${diff(f)}${p.rounding}.`,
    "grand-total": (f, p) => `The grand total does not equal the sum of the ${p.basis === "units" ? "units" : "projects"}: ${diff(f)}${p.rounding}.`,
    "budget-levels": (f) => `Amounts by budget level do not add up to the income total: ${diff(f)}.`,
    "budget-blank": (_f, p) => `"${p.label}" has no amount.`,
    "target-lowered-budget-up": (_f, p) => `Project "${p.project}": the budget rose but the target of "${p.name}" was lowered (before "${p.before}", now "${p.after}").`,
    "indicator-dropped": (_f, p) => `Project "${p.project}" continues from the earlier version but dropped the indicator "${p.name}" (its target was "${p.before}").`,
    "key-tasks-total": (f) => `Key tasks total ${money(f.actual)}, not the budget total ${money(f.expected)} (difference ${money(f.difference)}).`,
  },
  sheet: {
    "sheet-empty": (s) => `Sheet "${s}" is empty.`,
    "not-a-target-table": (s) => `Sheet "${s}" is not a performance target table: no "项目名称…绩效指标" or "一级指标/二级指标/三级指标" header was found.`,
    "sheet-not-found": (s) => `There is no sheet named "${s}".`,
  },
  headerWords: (found, missing) => `Header words found: ${found.length ? found.join(", ") : "none"}; missing: ${missing.join(", ")}.`,
  category: { output: "output", benefit: "benefit", satisfaction: "satisfaction", cost: "cost" },
  severity: { error: "error", warning: "warning", info: "info" },
  withinRounding: " (within rounding)",
};
