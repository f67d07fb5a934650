// The WPS 表格 add-in build (`--config-name wps`, `npm run build:wps`): dist/wps/ is the add-in folder WPS loads —
// index.html (defines the ribbon callbacks), ribbon.xml, taskpane.html, images/, and publish.xml / jsplugins.xml
// for offline and intranet installs. No office.js anywhere: WPS does not run it.
//   PERFTARGET_WPS_URL=https://host/path/  the address jsplugins.xml points WPS at (intranet deployment).
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");

const SRC = path.resolve(__dirname, "src/wps");

module.exports = function wps(env, argv) {
  const mode = argv.mode || "production";
  const folder = `${pkg.name}_${pkg.version}`;
  const url = (process.env.PERFTARGET_WPS_URL || "http://127.0.0.1:3889/").replace(/\/?$/, "/");
  const fill = (content) =>
    content.toString().split("__NAME__").join(pkg.name).split("__VERSION__").join(pkg.version).split("__FOLDER__").join(folder).split("__URL__").join(url);
  const page = (filename, chunk) => new HtmlWebpackPlugin({ filename, template: path.join(SRC, filename), chunks: [chunk], inject: "body", scriptLoading: "blocking" });
  return {
    name: "wps",
    mode,
    target: ["web", "es2017"],
    // Never eval-based source maps: the add-in runs without eval (§9).
    devtool: "source-map",
    entry: { main: path.join(SRC, "main.ts"), taskpane: path.join(SRC, "taskpane.tsx") },
    output: {
      path: path.resolve(__dirname, env.wpsOut || "dist/wps"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: {} },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // WPS embeds an older Chromium than current browsers: our own code is lowered to ES2017.
              compilerOptions: { module: "es2020", target: "es2017", sourceMap: true, jsx: "react-jsx" },
            },
          },
        },
        {
          // …and so are the libraries (zod, React, Fluent UI use ?. and static class blocks), so the pane and the
          // ribbon page parse in a Chromium as old as 58. Syntax only: no polyfills.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json"), compilerOptions: { allowJs: true, module: "es2020", target: "es2017" } },
          },
        },
        { test: /\.txt$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      page("index.html", "main"),
      page("taskpane.html", "taskpane"),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(SRC, "ribbon.xml"), to: "ribbon.xml" },
          { from: path.join(SRC, "images/*.png"), to: "images/[name][ext]" },
          ...["publish.xml", "jsplugins.xml"].map((f) => ({ from: path.join(SRC, f), to: f, transform: fill })),
          { from: path.join(SRC, "install-wps.sh"), to: "install-wps.sh", transform: fill },
          // cmd.exe reads batch files most reliably with CRLF line ends.
          { from: path.join(SRC, "install-wps.cmd"), to: "install-wps.cmd", transform: (c) => fill(c).replace(/\r?\n/g, "\r\n") },
        ],
      }),
    ],
  };
};
