// Browser bundle of the pure core: dist/web/perftarget-core.js, a UMD library exposed as `PerfTarget`.
// No Node polyfills on purpose (resolve.fallback is empty, node: false): if anything under
// src/core imports a Node built-in, this build fails, which is the point.
"use strict";

const path = require("path");

module.exports = (_env, argv = {}) => {
  const mode = argv.mode || "production";
  return {
    mode,
    target: "web",
    devtool: "source-map",
    entry: { "perftarget-core": path.resolve(__dirname, "src/core/index.ts") },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      library: { name: "PerfTarget", type: "umd" },
      // Works as a <script> in a page, in a web worker and when required from Node.
      globalObject: "typeof self !== 'undefined' ? self : this",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      fallback: {},
    },
    node: false,
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
              // ES modules let webpack tree-shake (zod in particular); source maps feed devtool.
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
  };
};
