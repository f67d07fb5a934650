#!/usr/bin/env node
// `npm start` / `npm run stop`: sideload the Excel add-in into desktop Excel with office-addin-debugging — but only
// when it is already installed (in this project's node_modules or npm's global folder). It is not a dependency of
// this project (the project's registry does not have it), and downloading it needs the internet, which the budget
// offices do not have. When it is missing this script never reaches for the network: it prints, Chinese first and
// then English, how to do the same by hand (the dev server plus docs/SIDELOAD.md) and exits with 1.
//   node scripts/start.js start [ARGS…]   (ARGS instead of "desktop", passed on to office-addin-debugging as they are)
//   node scripts/start.js stop
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PACKAGE = "office-addin-debugging";
const MANIFEST = "manifest.xml";
const SIDELOAD = path.join(ROOT, "docs", "SIDELOAD.md");

/** npm's global node_modules folder (`npm root -g` reads local configuration only), or null. */
function globalRoot() {
  const r = spawnSync("npm", ["root", "-g"], { encoding: "utf8", timeout: 10000, shell: process.platform === "win32" });
  const dir = r.status === 0 ? r.stdout.trim() : "";
  return dir && fs.existsSync(dir) ? dir : null;
}

/**
 * The installed office-addin-debugging's command-line entry, or null. Looks where `require.resolve` would from the
 * repository (node_modules here and in the folders above), then in npm's global folder (where `npx --no-install`
 * would also find it). Reading package.json directly avoids a package "exports" map hiding it.
 */
function installedCli() {
  const candidates = require.resolve.paths(PACKAGE) || [];
  const global = globalRoot();
  for (const dir of global ? [...candidates, global] : candidates) {
    const pkgFile = path.join(dir, PACKAGE, "package.json");
    if (!fs.existsSync(pkgFile)) continue;
    const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && (pkg.bin[PACKAGE] || Object.values(pkg.bin)[0]);
    if (bin) return { cli: path.join(dir, PACKAGE, bin), version: pkg.version };
  }
  return null;
}

function instructions(command) {
  const doc = path.relative(process.cwd(), SIDELOAD) || SIDELOAD;
  if (command === "stop") {
    return [
      `npm run stop：本机没有安装 ${PACKAGE}，没有由它启动的调试会话需要停止。`,
      "手工旁加载时：",
      "  1. 在运行 npm run dev-server 的终端里按 Ctrl+C，停止开发服务器；",
      `  2. 要从 Excel 中去掉加载项，按 ${doc} 中“常见问题”一节的说明（删除共享文件夹/wef 文件夹里的 manifest.xml，清除 Office 缓存）。`,
      "",
      `npm run stop: ${PACKAGE} is not installed here, so it started nothing that needs stopping.`,
      "After manual sideloading:",
      "  1. press Ctrl+C in the terminal that runs npm run dev-server;",
      `  2. to remove the add-in from Excel, see "Troubleshooting" in ${doc} (remove manifest.xml from the shared`,
      "     folder or the wef folder, clear the Office cache).",
    ].join("\n");
  }
  return [
    `npm start 需要 ${PACKAGE}，本机没有安装。它不是本项目的依赖，只能从互联网下载（npx --yes ${PACKAGE}@6），`,
    "没有外网的电脑上请手工旁加载，效果相同：",
    "  1. 在一个终端运行 npm run dev-server，保持运行（地址 https://localhost:3000/，证书须被信任）；",
    `  2. 按 ${doc} 的步骤把 ${MANIFEST} 旁加载到 Excel：`,
    "     Windows 桌面版：共享文件夹 + “受信任的加载项目录”；Mac：复制到 wef 文件夹；网页版：“上传我的加载项”；",
    "  3. 没有 Excel 时，可在浏览器中打开 https://localhost:3000/taskpane.html?demo 试用任务窗格。",
    `有外网的电脑：npx --yes ${PACKAGE}@6 start ${MANIFEST} desktop（或先 npm install -g ${PACKAGE}@6，之后 npm start 会使用它）。`,
    "",
    `npm start needs ${PACKAGE}, which is not installed here. It is not a dependency of this project and can only be`,
    `downloaded from the internet (npx --yes ${PACKAGE}@6). Without internet access, sideload by hand instead:`,
    "  1. run npm run dev-server in a terminal and keep it running (https://localhost:3000/, with a trusted certificate);",
    `  2. sideload ${MANIFEST} into Excel as ${doc} describes: Windows desktop: a shared folder as a Trusted Add-in`,
    "     Catalog; Mac: copy it to the wef folder; Excel on the web: Upload My Add-in;",
    "  3. without Excel, open https://localhost:3000/taskpane.html?demo in a browser to try the task pane.",
    `With internet access: npx --yes ${PACKAGE}@6 start ${MANIFEST} desktop (or npm install -g ${PACKAGE}@6 once;`,
    "npm start then uses it).",
  ].join("\n");
}

function main(argv) {
  const [command = "start", ...rest] = argv;
  if (command !== "start" && command !== "stop") {
    console.error("用法 / usage: node scripts/start.js start [ARGS…] | stop [ARGS…]");
    return 2;
  }
  const found = installedCli();
  if (!found) {
    console.error(instructions(command));
    return 1;
  }
  const args = command === "start" ? [command, MANIFEST, ...(rest.length ? rest : ["desktop"])] : [command, MANIFEST, ...rest];
  console.log(`${PACKAGE} ${found.version}: ${args.join(" ")}`);
  const r = spawnSync(process.execPath, [found.cli, ...args], { cwd: ROOT, stdio: "inherit" });
  if (r.error) {
    console.error(`${PACKAGE}: ${r.error.message}`);
    return 1;
  }
  return r.status === null ? 1 : r.status;
}

process.exitCode = main(process.argv.slice(2));
