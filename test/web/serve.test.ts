/** The page's static server: files with their types and policy, nothing outside its folder, no request stops it. */
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { CSP, MAX_PATH, resolveRequest, startServer, type Served } from "../../src/web/serve";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-serve-"));
fs.writeFileSync(path.join(root, "index.html"), "<p>页面</p>");
fs.writeFileSync(path.join(root, "app.js"), "1");
fs.writeFileSync(path.join(os.tmpdir(), "perftarget-secret.txt"), "secret");

/** One raw HTTP/1.1 request on 127.0.0.1, sent byte for byte (no client clean-up); the status of the answer, or 0 when the server closed without one. Bounded by a socket timeout. */
function raw(port: number, head: string, body = ""): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    let got = "";
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${JSON.stringify(head.slice(0, 80))}`));
    });
    socket.on("data", (chunk: Buffer) => (got += chunk.toString("latin1")));
    socket.on("error", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0)));
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0)));
    // write, not end: Node's server drops a half-closed client's request before an answer read from disk is ready.
    socket.write(`${head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n${body ? `Content-Length: ${body.length}\r\n` : ""}\r\n${body}`, "latin1");
  });
}

let s: Served;
beforeAll(async () => {
  s = await startServer(root, 0);
});
afterAll(() => s.close());

it("serves index.html and scripts on localhost, refuses other methods and paths outside the folder", async () => {
  expect(s.url).toMatch(/^http:\/\/localhost:\d+\/$/);
  const index = await fetch(s.url);
  expect([index.status, index.headers.get("content-type"), index.headers.get("content-security-policy")]).toEqual([200, "text/html; charset=utf-8", CSP]);
  expect(await index.text()).toBe("<p>页面</p>");
  expect((await fetch(`${s.url}app.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  expect((await fetch(`${s.url}missing.js`)).status).toBe(404);
  expect((await fetch(`${s.url}..%2fperftarget-secret.txt`)).status).toBe(403);
  expect((await fetch(s.url, { method: "POST" })).status).toBe(405);
});

it("answers GET /%00 with 400 and keeps serving", async () => {
  expect(await raw(s.port, "GET /%00 HTTP/1.1")).toBe(400);
  expect((await fetch(`${s.url}%00`)).status).toBe(400);
  expect((await fetch(`${s.url}index.html%00.js`)).status).toBe(400);
  expect((await fetch(s.url)).status).toBe(200);
});

it("answers every hostile request with a refusal and is still serving after all of them", async () => {
  const hostile: [string, number][] = [
    ["GET /%00 HTTP/1.1", 400],
    ["HEAD /%00 HTTP/1.1", 400],
    ["GET /a%0ab HTTP/1.1", 400],
    ["GET /%1f HTTP/1.1", 400],
    ["GET /%E0%A4%A HTTP/1.1", 400],
    ["GET /%ZZ HTTP/1.1", 400],
    ["GET /%C0%AF HTTP/1.1", 400],
    ["GET /../perftarget-secret.txt HTTP/1.1", 404], // the URL parser removes the dot segments: /perftarget-secret.txt inside the folder
    ["GET /..%2fperftarget-secret.txt HTTP/1.1", 403],
    ["GET /..%5cperftarget-secret.txt HTTP/1.1", path.sep === "\\" ? 403 : 404],
    ["GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1", 404],
    ["GET //etc/passwd HTTP/1.1", 404],
    ["GET http://evil.example/../perftarget-secret.txt HTTP/1.1", 404],
    [`GET /${"a".repeat(MAX_PATH)} HTTP/1.1`, 414],
    [`GET /${"a".repeat(20_000)} HTTP/1.1`, 431], // Node's own header limit, before the listener
    ["POST / HTTP/1.1", 405],
    ["PUT /index.html HTTP/1.1", 405],
    ["DELETE /index.html HTTP/1.1", 405],
    ["GARBAGE", 400],
    ["GET / HTTP/9.9", 400],
  ];
  const got: [string, number][] = [];
  for (const [head] of hostile) got.push([head.slice(0, 60), await raw(s.port, head, head.startsWith("POST") ? "x".repeat(1000) : "")]);
  expect(got).toEqual(hostile.map(([head, status]) => [head.slice(0, 60), status]));
  expect(await raw(s.port, "HEAD /index.html HTTP/1.1")).toBe(200);
  expect(await (await fetch(s.url)).text()).toBe("<p>页面</p>");
});

it("makes a file name only inside the folder, from a well-formed path without control characters", () => {
  const base = path.resolve(root);
  expect(resolveRequest(base, "/")).toEqual({ file: path.join(base, "index.html") });
  expect(resolveRequest(base, "/%E7%BB%A9.js")).toEqual({ file: path.join(base, "绩.js") });
  expect(resolveRequest(base, "/%00")).toEqual({ status: 400 });
  expect(resolveRequest(base, "/%7f")).toEqual({ status: 400 });
  expect(resolveRequest(base, "/%")).toEqual({ status: 400 });
  expect(resolveRequest(base, "/..%2f..%2fx")).toEqual({ status: 403 });
  expect(resolveRequest(base, undefined)).toEqual({ status: 400 });
  expect(resolveRequest(base, `/${"a".repeat(MAX_PATH)}`)).toEqual({ status: 414 });
});
