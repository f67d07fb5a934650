/**
 * `npm run demo`: parse and check every bundled seed, write the JSON results under out/, annotate each one into
 * out/<seed>.xlsx (指标明细, highlights, 校验结果 — what the add-in does — and a printable 审核意见), print a summary.
 * Exits 0 whatever it finds: it shows the product, it does not gate anything.
 */
import * as fs from "fs";
import * as path from "path";
import { cliBoth, cliStrings, draftOpinion, findingMessages } from "../i18n";
import { writeReviewSheet } from "../actions/review-actions";
import { annotateFile } from "./annotate";
import { checkJson, parseFile, parseJson } from "./run-file";
import { renderTable } from "./text-table";

async function demo(): Promise<void> {
  const root = path.resolve(__dirname, "..", "..");
  const seeds = path.join(root, "seeds");
  const out = path.join(root, "out");
  fs.mkdirSync(out, { recursive: true });
  const rows: string[][] = [];
  // The demo speaks Chinese, the product's default; its closing lines are for anyone, so in both languages.
  const t = cliStrings("zh-CN").demo;
  for (const f of fs.readdirSync(seeds).filter((n) => /\.(txt|tsv|csv|xlsx)$/.test(n)).sort()) {
    const file = path.join(seeds, f);
    const r = await parseFile(file);
    const base = f.replace(/\.[^.]+$/, "");
    if (!r.ok) {
      rows.push([f, "-", "-", "-", "-", "-", "-", r.message]);
      continue;
    }
    const parsed = parseJson(`seeds/${f}`, r.parsed, "zh-CN");
    const checked = checkJson(`seeds/${f}`, r.parsed, "zh-CN");
    fs.writeFileSync(path.join(out, `${base}.parse.json`), JSON.stringify(parsed, null, 1));
    fs.writeFileSync(path.join(out, `${base}.check.json`), JSON.stringify(checked, null, 1));
    const s = checked.summary;
    const target = path.join(out, `${base}.xlsx`);
    const annotated = await annotateFile(file, target);
    let note = annotated.ok ? `→ out/${base}.xlsx` : annotated.message;
    if (annotated.ok) {
      // The supervisor's printable summary, as `perftarget review` writes it (no decisions yet: every project 未审).
      const port = annotated.adapter;
      const sheet = await writeReviewSheet(port, annotated.sheet, { date: new Date().toISOString().slice(0, 10) }, { message: findingMessages(), opinion: draftOpinion });
      if (sheet.ok) {
        await port.select(annotated.sheet, "A1");
        fs.writeFileSync(target, await port.toBytes());
        note += t.withSheet(sheet.value.sheet);
      }
    }
    rows.push([f, cliStrings("zh-CN").kind(r.parsed.kind, r.parsed.layout), String(r.parsed.projects.length), String(r.parsed.indicators.length), String(s.errors), String(s.warnings), String(s.infos), note]);
  }
  console.log(t.title);
  console.log(renderTable(t.header, rows, [32, 10, 5, 6, 5, 5, 5, 60], [false, false, true, true, true, true, true, false]));
  const dir = path.relative(process.cwd(), out) || ".";
  console.log(`\n${cliBoth((s) => s.demo.written(dir))}`);
}

demo().catch((e: unknown) => {
  console.error(`${cliBoth((s) => s.demo.failed)}:`, e);
  process.exitCode = 0;
});
