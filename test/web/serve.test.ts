/** The page's static server: files with their types and policy, nothing outside its folder. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CSP, startServer } from "../../src/web/serve";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "perftarget-serve-"));
fs.writeFileSync(path.join(root, "index.html"), "<p>页面</p>");
fs.writeFileSync(path.join(root, "app.js"), "1");
fs.writeFileSync(path.join(os.tmpdir(), "perftarget-secret.txt"), "secret");

it("serves index.html and scripts on localhost, refuses other methods and paths outside the folder", async () => {
  const s = await startServer(root, 0);
  try {
    expect(s.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const index = await fetch(s.url);
    expect([index.status, index.headers.get("content-type"), index.headers.get("content-security-policy")]).toEqual([200, "text/html; charset=utf-8", CSP]);
    expect(await index.text()).toBe("<p>页面</p>");
    expect((await fetch(`${s.url}app.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await fetch(`${s.url}missing.js`)).status).toBe(404);
    expect((await fetch(`${s.url}..%2fperftarget-secret.txt`)).status).toBe(403);
    expect((await fetch(s.url, { method: "POST" })).status).toBe(405);
  } finally {
    await s.close();
  }
});
