// `astro build`, with the arguments given (e.g. --outDir), in a process whose native allocator gives memory back.
// Vite's bundler, Rolldown, is native code with its own allocator (mimalloc), which by default commits whole
// arenas up front and keeps freed memory for later: about 250 MB of a build's peak memory that the build never
// uses. These options make it commit memory as it is used and return it when freed; mimalloc reads them as the
// process starts, so they are set here, before Astro (and Rolldown) load. `npm run build`, the local server's
// rebuilds and the build bench all build through this file (or BUILD_ENV).
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The environment a build runs with: mimalloc's own options (github.com/microsoft/mimalloc, "Environment Options"). */
export const BUILD_ENV = { MIMALLOC_ARENA_EAGER_COMMIT: "0", MIMALLOC_PURGE_DELAY: "0" };

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const astro = fileURLToPath(new URL("../node_modules/astro/bin/astro.mjs", import.meta.url));
  const child = spawn(process.execPath, [astro, "build", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, ...BUILD_ENV },
  });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
