// §10 for WPS: bridge calls per action on the fake ET model (about 0.2 ms each in a real WPS). There is no batching
// to lean on, so the count itself must not grow per row: values go in one Value2 per 10,000 rows, and marks in one
// multi-area range per colour and 255-character address list.
import { BLOCK_ROWS } from "../../../src/hosts/wps/et-block";
import { WpsCallCount, wpsCallCount } from "../../../src/bench/wps-calls";

let small: WpsCallCount;
let big: WpsCallCount;

beforeAll(async () => {
  small = await wpsCallCount(20);
  big = await wpsCallCount(2000);
}, 120_000);

/** Value2 blocks of 10,000 rows. */
const blocks = (rows: number) => Math.ceil(rows / BLOCK_ROWS);
const PER_BLOCK = 10; // Range+Resize+Value2, Range+NumberFormat per text-column run, Range+Formula per formula run
const PER_LIST = 3; // Range(list), .Interior, .Color / .ColorIndex

it("is a small constant per action on a 20-row sheet", () => {
  expect(small.highlighted).toBeGreaterThan(5);
  expect(small.split).toBeLessThanOrEqual(120);
  expect(small.check).toBeLessThanOrEqual(185); // 182 since the record sheet is told from a user's `_perftarget` by its Visible (one read per action)
  expect(small.clear).toBeLessThanOrEqual(40);
});

it("grows on a 2,000-row sheet only by Value2 blocks and paint lists, never per row", () => {
  expect(big.highlighted).toBeGreaterThan(1000);
  expect(big.split - small.split).toBeLessThanOrEqual(PER_BLOCK * (blocks(big.written.split) - blocks(small.written.split)));
  const lists = big.paintLists - small.paintLists;
  expect(big.check - small.check).toBeLessThanOrEqual(PER_LIST * lists + PER_BLOCK * (blocks(big.written.check) - blocks(small.written.check)));
  expect(big.clear - small.clear).toBeLessThanOrEqual(PER_LIST * lists);
  // A list carries dozens of marked cells, and no action comes near one call per row.
  expect(big.highlighted / big.paintLists).toBeGreaterThan(25);
  for (const action of ["split", "check", "clear"] as const) expect(big[action] / big.rows).toBeLessThan(0.15);
});

it("reads the sheet and writes each output sheet with a fixed number of Value2 calls", () => {
  expect(big.checkByMember["Range.Value2"]).toBe(small.checkByMember["Range.Value2"]);
});
