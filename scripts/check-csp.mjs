// Fails the build when a built page has an inline script or style that the Content-Security-Policy in
// netlify.toml would block: every inline script needs its sha256 hash listed in script-src.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The Content-Security-Policy header value set for every page in netlify.toml. */
export function readPolicy(toml) {
  const match = /Content-Security-Policy\s*=\s*"([^"]+)"/.exec(toml);
  if (!match?.[1]) throw new Error("netlify.toml sets no Content-Security-Policy header.");
  return match[1];
}

/** The sources a directive allows, e.g. sources(policy, "script-src") → ["'self'", "'sha256-…'"]. */
export function sources(policy, directive) {
  const part = policy
    .split(";")
    .map((text) => text.trim())
    .find((text) => text.startsWith(`${directive} `) || text === directive);
  return part ? part.split(/\s+/).slice(1) : [];
}

/** Problems in one page: inline scripts without a listed hash, inline styles where only 'self' is allowed. */
export function findViolations(html, policy) {
  const problems = [];
  const scriptSources = sources(policy, "script-src");
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc=/.test(attributes)) continue;
    // Data blocks such as JSON-LD are never executed, so CSP does not apply to them.
    if (/type=["']?application\/(ld\+)?json/i.test(attributes)) continue;
    const hash = `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
    if (!scriptSources.includes(hash)) problems.push(`an inline script whose hash ${hash} is not in script-src`);
  }
  const styleSources = sources(policy, "style-src");
  if (!styleSources.includes("'unsafe-inline'")) {
    // A <style> element may run when its hash is listed; a style attribute never can be hashed here.
    for (const [, body = ""] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      const hash = `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
      if (!styleSources.includes(hash))
        problems.push(`an inline <style> element whose hash ${hash} is not in style-src`);
    }
    if (/\sstyle=["']/i.test(html)) problems.push("an inline style attribute (style-src allows none)");
  }
  return problems;
}

function htmlFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const policy = readPolicy(readFileSync("netlify.toml", "utf8"));
  const folder = process.argv[2] ?? "dist";
  const failures = htmlFiles(folder).flatMap((file) =>
    findViolations(readFileSync(file, "utf8"), policy).map((problem) => `${relative(".", file)}: ${problem}`),
  );
  if (failures.length > 0) {
    console.error(
      `The Content-Security-Policy in netlify.toml would block parts of the built site:\n- ${failures.join("\n- ")}`,
    );
    process.exit(1);
  }
  console.log("Content-Security-Policy: every built page passes.");
}
