// Fails when a built page is not valid HTML by the Nu HTML Checker (vnu, the checker behind validator.w3.org/nu),
// listing each error as file:line: message, grouped by message and counted. It checks every .html file under
// dist/ in one Java process: vnu takes the folder, so the command line stays short however many pages there are,
// and Java starts once. Needs Java 17 or newer on PATH (on Debian, the default-jre-headless package).
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

/** The message vnu gives for a <style> element in the body that is not the first child of its parent. */
export const ISLAND_STYLE_MESSAGE = "A “style” element in “body” must be the first child of its parent.";

/** Whether a vnu message is the one error the site lets through: Astro's own island <style> in the body. */
export function isAstroIslandStyle(message) {
  // Astro writes <style>astro-island,astro-slot,astro-static-slot{display:contents}</style> into the body, just
  // before the first island on a page (the finder, the consoles), and a page cannot move it: an open Astro issue,
  // github.com/withastro/astro/issues/10308. Browsers apply a <style> wherever it is, so nothing breaks. Only that
  // element passes: any other <style> out of place is still an error.
  return (
    message.message === ISLAND_STYLE_MESSAGE &&
    typeof message.extract === "string" &&
    message.extract.slice(message.hiliteStart ?? 0).startsWith("<style>astro-")
  );
}

/**
 * vnu's JSON messages sorted into errors (file relative to `root`, line, message) and a count of the let-through
 * island styles. Messages that are not errors (vnu reports none with --errors-only) are left out; a document vnu
 * could not read ("non-document-error") is an error.
 */
export function sortMessages(messages, root) {
  const errors = [];
  let islandStyles = 0;
  for (const message of messages) {
    if (message.type !== "error" && message.type !== "non-document-error") continue;
    if (isAstroIslandStyle(message)) {
      islandStyles += 1;
      continue;
    }
    const file = message.url?.startsWith("file:") ? relative(root, fileURLToPath(message.url)) : (message.url ?? "");
    errors.push({ file, line: message.lastLine ?? message.firstLine, message: message.message });
  }
  return { errors, islandStyles };
}

/**
 * The errors as lines to read: grouped by message, the most frequent first, each group headed by its count and
 * listing every error as `file:line: message`.
 */
export function formatErrors(errors) {
  const groups = new Map();
  for (const error of errors) groups.set(error.message, [...(groups.get(error.message) ?? []), error]);
  const sorted = [...groups.entries()].sort(([a, one], [b, other]) => other.length - one.length || a.localeCompare(b));
  return sorted.flatMap(([message, group]) => [
    `${group.length} × ${message}`,
    ...group
      .sort((one, other) => one.file.localeCompare(other.file) || (one.line ?? 0) - (other.line ?? 0))
      .map(({ file, line }) => `  ${file}${line === undefined ? "" : `:${line}`}: ${message}`),
  ]);
}

/** How many pages vnu checks in `folder`: its .html files, however deep. */
function countPages(folder) {
  return readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

/** Runs vnu over every HTML file under `folder`, resolving with its parsed JSON report. */
export function runVnu(folder) {
  const jar = String(createRequire(import.meta.url)("vnu-jar"));
  // vnu's guess at each page's language, to compare with its lang attribute, can only give a warning, and warnings
  // are not reported here: --no-langdetect skips it.
  const args = [
    "-jar",
    jar,
    "--format",
    "json",
    "--errors-only",
    "--no-langdetect",
    "--stdout",
    "--skip-non-html",
    folder,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("java", args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let problems = "";
    child.stdout.setEncoding("utf8").on("data", (text) => (output += text));
    child.stderr.setEncoding("utf8").on("data", (text) => (problems += text));
    child.on("error", (error) =>
      reject(
        error.code === "ENOENT"
          ? new Error(
              "Java is not installed: the Nu HTML Checker needs Java 17 or newer (apt-get install default-jre-headless).",
            )
          : error,
      ),
    );
    child.on("close", (code) => {
      // vnu exits 1 when it reports errors; any other failure leaves no report to read.
      try {
        if (code !== 0 && code !== 1) throw new Error(`exit code ${code}`);
        resolve(JSON.parse(output));
      } catch {
        reject(new Error(`The Nu HTML Checker failed (exit code ${code}):\n${problems}${output}`));
      }
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? "dist";
  const started = performance.now();
  const pages = existsSync(folder) ? countPages(folder) : 0;
  if (pages === 0) {
    console.error(`There are no built pages in ${folder}/ to check: run npm run build first.`);
    process.exit(1);
  }
  const report = await runVnu(folder).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  const { errors, islandStyles } = sortMessages(report.messages ?? [], ".");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const note =
    islandStyles > 0
      ? `Note: ${islandStyles} × Astro's own island <style> in the body let through (withastro/astro#10308).`
      : undefined;
  if (errors.length > 0) {
    console.error(
      `The Nu HTML Checker found ${errors.length} ${errors.length === 1 ? "error" : "errors"} in ${pages} built pages:\n\n` +
        formatErrors(errors).join("\n"),
    );
    if (note) console.error(`\n${note}`);
    process.exit(1);
  }
  console.log(`Nu HTML Checker: every built page passes (${pages} pages, ${seconds} s).`);
  if (note) console.log(note);
}
