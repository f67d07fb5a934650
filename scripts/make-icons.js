// Writes the add-ins' icons: the group/store icon (assets/icon-16.png … icon-80.png) and one per ribbon button
// (assets/open|check|clear-16/32/80.png, src/wps/images/*.png). Plain Node (zlib), no image library; 4×4
// supersampling for smooth edges. Run: node scripts/make-icons.js
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const TICK = [255, 255, 255];
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (row-major, 4 bytes each) → PNG file bytes. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const inPolyline = (x, y, points, halfWidth) => points.slice(1).some((p, i) => distanceToSegment(x, y, points[i], p) <= halfWidth);
const inBox = (x, y, [x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inFrame = (x, y, box, w) => inBox(x, y, box) && !inBox(x, y, [box[0] + w, box[1] + w, box[2] - w, box[3] - w]);

/**
 * One picture per thing the add-in does, so the three ribbon buttons read apart (issue 19): the group and store
 * icon and 一键校验 a white tick on teal; 打开助手 a window with its side pane on blue; 清除标记 an eraser on orange.
 * Each is a predicate over the unit square: true where the white mark is. `w` is the stroke half-width.
 */
const ICONS = {
  icon: { background: [14, 122, 95], mark: (x, y, w) => inPolyline(x, y, [[0.24, 0.53], [0.42, 0.71], [0.77, 0.32]], w) },
  check: { background: [14, 122, 95], mark: (x, y, w) => inPolyline(x, y, [[0.24, 0.53], [0.42, 0.71], [0.77, 0.32]], w) || inFrame(x, y, [0.16, 0.16, 0.84, 0.84], w * 0.7) },
  open: {
    background: [43, 87, 154],
    mark: (x, y, w) => inFrame(x, y, [0.18, 0.22, 0.82, 0.78], w * 0.8) || inBox(x, y, [0.56, 0.22, 0.82, 0.78]) || inBox(x, y, [0.18, 0.22, 0.82, 0.22 + w * 2]),
  },
  clear: {
    background: [197, 90, 17],
    mark: (x, y, w) => {
      // An eraser tilted 45°, and the line it leaves clean.
      const u = (x - 0.5) * Math.SQRT1_2 + (y - 0.46) * Math.SQRT1_2;
      const v = -(x - 0.5) * Math.SQRT1_2 + (y - 0.46) * Math.SQRT1_2;
      return (Math.abs(u) <= 0.3 && Math.abs(v) <= 0.13) || distanceToSegment(x, y, [0.2, 0.8], [0.8, 0.8]) <= w * 0.8;
    },
  },
};

function draw(size, icon) {
  const rgba = Buffer.alloc(size * size * 4);
  // Thicker strokes on tiny icons so the mark survives at 16 px.
  const halfWidth = size <= 16 ? 0.085 : 0.065;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = (x + (sx + 0.5) / SAMPLES) / size;
          const v = (y + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(u, v, 0.2)) continue;
          cover++;
          if (icon.mark(u, v, halfWidth)) mark++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const i = (y * size + x) * 4;
      const t = cover ? mark / cover : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(icon.background[c] * (1 - t) + TICK[c] * t);
      rgba[i + 3] = Math.round((cover / n) * 255);
    }
  }
  return encodePng(size, rgba);
}

const write = (file, bytes) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
};
const root = path.resolve(__dirname, "..");
// Excel: assets/icon-N.png (group, store) and assets/<command>-N.png for each ribbon button.
for (const size of SIZES) write(path.join(root, "assets", `icon-${size}.png`), draw(size, ICONS.icon));
for (const name of ["open", "check", "clear"]) for (const size of [16, 32, 80]) write(path.join(root, "assets", `${name}-${size}.png`), draw(size, ICONS[name]));
// WPS: its ribbon.xml takes one 32 px image per button.
for (const name of ["open", "check", "clear"]) write(path.join(root, "src", "wps", "images", `${name}.png`), draw(32, ICONS[name]));
