/**
 * The strict fake Excel lives in src/hosts/excel/testing/ so the sync-count benchmark (compiled with rootDir src)
 * can use it too; tests import it from here.
 */
export * from "../../src/hosts/excel/testing/fake-excel";
