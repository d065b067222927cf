/**
 * The embeddable lists' pages, /embed/group|place|town/<id>/: the pages an <iframe> on another site shows.
 * Each is the page the build wrote (src/pages/embed/[kind]/[id].astro), cut and set as the address asks
 * (?count=5&layout=compact&theme=dark, read by `readEmbedOptions`), and answered with the headers that let any
 * site frame it (EMBED_HEADERS). The build's files are never served as they are: on Netlify a function's
 * path comes before a file at the same address, and only a function's answer can leave out the site's
 * refusal to be framed (netlify/lib/http.ts says why).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "@netlify/functions";
import { embedFromPath, readEmbedOptions } from "../../src/lib/embed/options";
import { applyEmbedOptions } from "../../src/lib/embed/widget";
import { embedPageFile } from "../../src/lib/pages/contract";
import { cachedResponse, html, methodNotAllowed, toEtag, withEmbedHeaders } from "../lib/http";

/** Reads a list's built page, or undefined when the build wrote none for it. */
export type EmbedPageReader = (kind: string, id: string) => string | undefined;

const NOT_FOUND = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>This list is not here | Stoke Together</title><base target="_top"></head>
<body><main><h1>This list is not here</h1><p>Stoke Together has no list at this address. <a href="/">See what is on in Stoke-on-Trent</a>.</p></main></body></html>`;

/** The handler, given where the built pages are read from. */
export function createEmbedPage(readPage: EmbedPageReader): (request: Request) => Response {
  return (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
    const url = new URL(request.url);
    const list = embedFromPath(url.pathname);
    const page = list && readPage(list.kind, list.id);
    if (!page) return html(404, NOT_FOUND);
    const body = applyEmbedOptions(
      page,
      readEmbedOptions((name) => url.searchParams.get(name)),
    );
    const response = cachedResponse(request, body, "text/html; charset=utf-8", toEtag(body));
    response.headers.set("x-robots-tag", "noindex");
    return response;
  };
}

/** The built pages in `root` (the site's folder, which netlify.toml bundles them into). */
export function builtPages(root: string): EmbedPageReader {
  return (kind, id) => {
    try {
      return readFileSync(join(root, embedPageFile(kind, id)), "utf8");
    } catch {
      return undefined;
    }
  };
}

export default withEmbedHeaders(createEmbedPage(builtPages(process.cwd())));

// Netlify reads this from the source without running it, so it is written out: one pair for each of EMBED_KINDS.
export const config: Config = {
  path: [
    "/embed/group/:id",
    "/embed/group/:id/",
    "/embed/place/:id",
    "/embed/place/:id/",
    "/embed/town/:id",
    "/embed/town/:id/",
  ],
  // The default, said here because it matters: the built file at the same address is never sent as it is.
  preferStatic: false,
};
