// Serves a folder with scripts/static-server.mjs on a free loopback port.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Starts the server on `root`; resolves to its URL and a `stop()`. */
export async function serve(root) {
  const child = spawn(process.execPath, [join(ROOT, "scripts", "static-server.mjs"), root, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      const m = String(d).match(/listening on (http:\S+)/);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`static server exited (${code})`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}
