import type { APIRoute } from "astro";
import { build, transform } from "esbuild";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// From the project's folder: the build runs there, and this file is bundled elsewhere before it runs.
const ENTRY = resolve("src/browser/embed.ts");
const STYLES = resolve("src/styles/embed.css");

/**
 * The script another site's page loads to draw a list (src/browser/embed.ts), at a fixed address so a pasted
 * tag keeps working: bundled with its styles, minified, and wrapped in a function so it defines nothing on
 * the page. A classic script, not a module, so it runs from another site without asking leave (CORS).
 */
export async function bundleEmbedScript(): Promise<string> {
  const css = await transform(await readFile(STYLES, "utf8"), { loader: "css", minify: true });
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    define: { EMBED_CSS: JSON.stringify(css.code.trim()) },
    logLevel: "error",
  });
  return result.outputFiles[0]!.text;
}

export const GET: APIRoute = async () =>
  new Response(await bundleEmbedScript(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
