// Two builds, exported as an array (pick one with --config-name core|addin):
//  core  – the pure core as a UMD library: dist/web/perftarget-core.js (`PerfTarget`). No Node polyfills on purpose
//          (resolve.fallback is empty, node: false): if anything under src/core imports a Node built-in, this build
//          fails, which is the point.
//  wps   – the WPS 表格 add-in folder dist/wps/ (webpack.wps.config.js).
//  web   – the offline web page: dist/web/index.html + perftarget-web.<hash>.js (webpack.web.config.js).
//  addin – the Excel add-in: dist/taskpane.html, commands.html, message.html, assets/, manifest.xml.
//          office.js comes from Microsoft's CDN, or with `--env intranet` / PERFTARGET_INTRANET=1 from a local copy
//          of @microsoft/office-js in dist/office-js/. PERFTARGET_URL=https://host/path/ rewrites the manifest's
//          https://localhost:3000/ for a deployment.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const wps = require("./webpack.wps.config");
const web = require("./webpack.web.config");

const DEV_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        configFile: path.resolve(__dirname, "tsconfig.json"),
        // ES modules let webpack tree-shake (zod in particular); source maps feed devtool.
        compilerOptions: { module: "es2020", sourceMap: true, jsx: "react-jsx" },
      },
    },
  };
}

function core(_env, argv) {
  return {
    name: "core",
    mode: argv.mode || "production",
    target: "web",
    devtool: "source-map",
    entry: { "perftarget-core": path.resolve(__dirname, "src/core/index.ts") },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      library: { name: "PerfTarget", type: "umd" },
      // Works as a <script> in a page, in a web worker and when required from Node.
      globalObject: "typeof self !== 'undefined' ? self : this",
      // dist/web also holds the web page (built at the same time): clean only our own files.
      clean: { keep: (file) => !file.startsWith("perftarget-core") },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: {} },
    node: false,
    module: { rules: [tsRule()] },
  };
}

/**
 * https options for the dev server. office-addin-dev-certs makes a localhost certificate and installs (trusts) its
 * CA; where installing is impossible (no sudo, a container) we still serve with the generated, untrusted files, so
 * a browser (e.g. the ?demo page) can be pointed at it. Office itself refuses an untrusted certificate.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const [ca, cert, key] = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (![ca, cert, key].every((f) => fs.existsSync(f))) throw e;
    console.warn(
      `dev-server: the developer CA could not be installed (${String(e.message).split("\n")[0]}).\n` +
        `Serving with the untrusted certificate in ${dir}; Office will not load the add-in until it is trusted ` +
        "(npx office-addin-dev-certs install).",
    );
    return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  }
}

async function addin(env, argv) {
  const mode = argv.mode || "production";
  const intranet = Boolean(env.intranet) || process.env.PERFTARGET_INTRANET === "1";
  const officeJs = intranet ? "office-js/office.js" : CDN_OFFICE_JS;
  const deployUrl = process.env.PERFTARGET_URL;
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/excel/${name}.html`, chunks, officeJs });

  const plugins = [
    page("taskpane", ["taskpane"]),
    page("commands", ["commands"]),
    page("message", ["message"]),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => (deployUrl ? content.toString().split(DEV_URL).join(deployUrl.replace(/\/?$/, "/")) : content),
        },
        // The intranet build serves office.js itself (debug builds and IntelliSense files are left out).
        ...(intranet
          ? [
              {
                from: "node_modules/@microsoft/office-js/dist",
                to: "office-js",
                globOptions: { ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts"] },
                // Already minified by Microsoft: keep Terser off these 250 files.
                info: { minimized: true },
              },
            ]
          : []),
      ],
    }),
  ];
  const config = {
    name: "addin",
    mode,
    target: "web",
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/excel/taskpane.tsx",
      commands: "./src/excel/commands.ts",
      message: "./src/excel/message.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Office caches add-in files hard; content hashes make a redeploy take effect.
      filename: "[name].[contenthash:8].js",
      // dist/web and dist/wps belong to the core and WPS builds (which may run at the same time).
      clean: { keep: /^(web|wps)[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: {} },
    module: {
      rules: [tsRule(), { test: /\.txt$/, type: "asset/source" }],
    },
    // One page, one bundle: the pane is opened inside Office, not over the internet.
    performance: { hints: false },
    plugins,
  };

  if (env.WEBPACK_SERVE) {
    // Office only loads add-ins over https.
    config.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      static: false,
      hot: false,
      client: { overlay: false },
    };
  }
  return config;
}

module.exports = async (env = {}, argv = {}) => {
  // `webpack serve` serves only the add-in; building both would fight over the dev server.
  if (env.WEBPACK_SERVE) return [await addin(env, argv)];
  return [core(env, argv), await addin(env, argv), wps(env, argv), web(env, argv)];
};
