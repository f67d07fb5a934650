/** The bundled seed tables, put in by webpack's DefinePlugin at build time (see webpack.config.js, `web`). */
declare const PERFTARGET_SEEDS: { file: string; text: string }[];
