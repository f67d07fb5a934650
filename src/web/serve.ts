/**
 * `npm run web`: serve the built page (dist/web) on this machine only (127.0.0.1) and print its address.
 * A plain static server with no dependencies; the browser tests start the same one on a free port.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import { cliBoth } from "../i18n/cli";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** The page's policy, also sent as a header: nothing but this server, no eval. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export interface Served {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Longer request targets are refused before any file name is made from them (414). */
export const MAX_PATH = 2048;

/**
 * The file a request path names inside `base`, or the status to answer instead. Pure, so the hostile paths are
 * tested without a socket: a NUL or other control character makes `fs` throw synchronously (and, uncaught, would
 * stop the server), bad percent-encoding makes `decodeURIComponent` throw, `..` climbs out of the folder.
 */
export function resolveRequest(base: string, url: string | undefined): { file: string } | { status: 400 | 403 | 414 } {
  if (url === undefined || url.length > MAX_PATH) return { status: url === undefined ? 400 : 414 };
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return { status: 400 };
  }
  // eslint-disable-next-line no-control-regex -- exactly the control characters are refused
  if (/[\u0000-\u001f\u007f]/.test(rel)) return { status: 400 };
  const file = path.resolve(base, `.${rel.endsWith("/") ? `${rel}index.html` : rel}`);
  // Nothing outside the served folder, whatever the URL says.
  if (file !== base && !file.startsWith(base + path.sep)) return { status: 403 };
  return { file };
}

export function startServer(root: string, port = 0, host = "127.0.0.1"): Promise<Served> {
  const base = path.resolve(root);
  const answer = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", Connection: "close" }).end();
      return;
    }
    const target = resolveRequest(base, req.url);
    if ("status" in target) {
      res.writeHead(target.status).end();
      return;
    }
    const file = target.file;
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("404");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : data);
    });
  };
  const server = http.createServer((req, res) => {
    // A throw inside a request listener is uncaught and ends the process: any page the user visits could then stop
    // the server with one <img src>. Whatever goes wrong answers 500 instead.
    try {
      answer(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  // Bounded requests: a client that never finishes its headers or its request is cut off, not waited for.
  server.headersTimeout = 10_000;
  server.requestTimeout = 20_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const p = typeof address === "object" && address ? address.port : port;
      resolve({ url: `http://localhost:${p}/`, port: p, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..", "..", "dist", "web");
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(cliBoth((t) => t.serve.missingBuild));
    process.exitCode = 2;
    return;
  }
  const wanted = Number(process.env.PORT) || 8080;
  // Take the next port when one is busy (another copy of the page, another program).
  for (let port = wanted; port < wanted + 20; port++) {
    try {
      const s = await startServer(root, port);
      console.log(cliBoth((t) => t.serve.serving(s.url)));
      console.log(cliBoth((t) => t.serve.localOnly));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE") throw e;
    }
  }
  console.error(cliBoth((t) => t.serve.portsBusy(wanted, wanted + 19)));
  process.exitCode = 2;
}

if (require.main === module) void main();
