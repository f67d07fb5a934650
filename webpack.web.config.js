// The offline web page (`--config-name web`): dist/web/index.html and perftarget-web.<hash>.js, static files that
// work from any static server or folder (`npm run web` builds them and serves them on localhost). The seed tables
// are bundled at build time; at run time the page fetches nothing (its Content-Security-Policy says so too).
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The bundled seed tables, as `PERFTARGET_SEEDS` ({file, text}[]) for the page's sample menu. */
function seedTexts() {
  const dir = path.resolve(__dirname, "seeds");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), "utf8") }));
}

module.exports = function web(env, argv) {
  const mode = argv.mode || "production";
  return {
    name: "web",
    mode,
    target: "web",
    // Never eval-based source maps: the page runs without eval (§9).
    devtool: "source-map",
    entry: { "perftarget-web": path.resolve(__dirname, "src/web/index.tsx") },
    output: {
      path: path.resolve(__dirname, env.webOut || "dist/web"),
      filename: "[name].[contenthash:8].js",
      // The workbook's worker and what it shares with the page's own fallback (ExcelJS), named as the page is.
      chunkFilename: "perftarget-[name].[contenthash:8].js",
      // Relative URLs, so the folder works under any path.
      publicPath: "",
      // dist/web also holds the core library (built at the same time): clean only the page's files.
      clean: { keep: (file) => file.startsWith("perftarget-core") },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      fallback: {},
      // file.loader (shared with the CLI, so files open exactly alike) imports two Node modules; the page hands it
      // bytes, so it needs only basename/extname.
      alias: {
        path$: path.resolve(__dirname, "src/web/shims/path.ts"),
        "fs/promises$": path.resolve(__dirname, "src/web/shims/fs-promises.ts"),
      },
    },
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
              compilerOptions: { module: "es2020", sourceMap: true, jsx: "react-jsx" },
            },
          },
        },
      ],
    },
    // One offline page: the bundle is big (ExcelJS, React, Fluent UI) and never crosses a network.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/index.html", inject: "body", scriptLoading: "blocking" }),
      new webpack.DefinePlugin({ PERFTARGET_SEEDS: JSON.stringify(seedTexts()) }),
    ],
  };
};
