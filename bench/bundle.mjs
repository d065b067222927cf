// Bundles a bench written in TypeScript (with the project code it uses) into bench-results/, for Node to run.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { basename } from "node:path";

/** Where `bundleBench` writes a bench's bundle. */
export function bundlePath(entry) {
  return `bench-results/${basename(entry, ".ts")}.mjs`;
}

/** Bundles bench/<name>.ts into bench-results/<name>.mjs; returns its path. */
export async function bundleBench(entry) {
  mkdirSync("bench-results", { recursive: true });
  const outfile = bundlePath(entry);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    packages: "external",
    logLevel: "error",
  });
  return outfile;
}
