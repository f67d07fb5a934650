/** Type errors are caught by `npm run typecheck`; jest only transpiles, which keeps it fast on 2 cores. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Browser and LibreOffice tests need system programs and a built page: `npm run test:e2e` / `test:libreoffice`.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "<rootDir>/test/libreoffice/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false, tsconfig: { jsx: "react-jsx", isolatedModules: true, module: "commonjs", target: "ES2022", esModuleInterop: true, resolveJsonModule: true } }] },
  // jsdom tests would otherwise resolve packages' "browser" ESM builds (uuid via ExcelJS), which jest 29 cannot load.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  testTimeout: 60000,
};
