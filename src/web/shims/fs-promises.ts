/** `fs/promises` for the browser build: the page never reads from disk (it hands bytes to loadBytes). */
export function readFile(): Promise<never> {
  return Promise.reject(new Error("no file system in the browser"));
}
