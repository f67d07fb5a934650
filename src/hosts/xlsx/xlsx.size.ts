/**
 * How many cells an .xlsx holds, counted in its sheet XML before ExcelJS builds its model of the workbook. That
 * model costs about 0.7 KB a cell: a 1,000,000-row export (5,000,000 cells) took 3 minutes and 3.6 GB before
 * crashing. Counting streams each sheet's XML in chunks (a few MB at a time) and looks only for cell tags, so a
 * workbook too big to open is refused in seconds, in little memory. Runs in Node and in the browser (JSZip, the
 * zip reader inside ExcelJS).
 */
import JSZip from "jszip";

/**
 * The most populated cells a workbook may hold to be opened here: 1,500,000 is a 150,000-project table
 * (about 1.1 million cells) with room to spare, and about 1 GB of ExcelJS model, within the 1.5 GB a read may take.
 */
export const MAX_WORKBOOK_CELLS = 1_500_000;

/** The sheet with the most cells and the workbook's total, or null when the zip cannot be read (ExcelJS says why). */
export async function countCells(data: ArrayBuffer | Uint8Array): Promise<{ total: number; sheet: string; most: number } | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return null;
  }
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n));
  let total = 0;
  let most = 0;
  let sheet = "";
  for (const name of sheets) {
    const n = await cellTags(zip.file(name)!);
    if (n === null) return null;
    total += n;
    if (n > most) [most, sheet] = [n, name];
  }
  return { total, sheet, most };
}

/** JSZip's chunked reader (documented, but missing from its typings); it works alike in Node and the browser. */
interface ChunkStream {
  on(event: "data", f: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", f: (e: unknown) => void): ChunkStream;
  on(event: "end", f: () => void): ChunkStream;
  resume(): ChunkStream;
}
interface ChunkedPart {
  internalStream(type: "uint8array"): ChunkStream;
}

/** Occurrences of `<c ` / `<c>` / `<c/>` (a cell element, not `<col`, `<cfRule`…) in one part, chunk by chunk. */
function cellTags(file: JSZip.JSZipObject): Promise<number | null> {
  return new Promise((resolve) => {
    let count = 0;
    // The two bytes before the current one, carried across chunks so a tag split between two is still seen.
    let before2 = 0;
    let before1 = 0;
    const stream = (file as unknown as ChunkedPart).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        for (let i = 0; i < chunk.length; i++) {
          const b = chunk[i];
          if (before2 === 0x3c && before1 === 0x63 && (b === 0x20 || b === 0x3e || b === 0x2f)) count++;
          before2 = before1;
          before1 = b;
        }
      })
      .on("error", () => resolve(null))
      .on("end", () => resolve(count))
      .resume();
  });
}
