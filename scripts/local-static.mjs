// What Netlify's CDN does for the built site's files that the local static handler (@netlify/static, inside
// @netlify/dev) does not: give each file a strong ETag and answer a matching If-None-Match with 304, and let a
// function whose config says `preferStatic` answer only where the build wrote no file.
/* global Buffer, Headers, Response */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * True when `directory` holds a file Netlify would serve at this address: the path itself, or its .html or
 * index.html, as @netlify/static looks for them.
 * @param {string} directory
 * @param {string} url
 */
export function hasStaticFile(directory, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return false;
  }
  if (path.split("/").includes("..")) return false;
  const file = join(directory, path);
  const candidates = path.endsWith("/")
    ? [join(file, "index.html"), `${file.replace(/\/$/, "")}.html`]
    : [file, `${file}.html`, join(file, "index.html")];
  return candidates.some(isFile);
}

/**
 * The function routed to this address, unless its config prefers static files and the build wrote one here.
 * @param {{ fn: { config: { preferStatic?: boolean } } } | undefined} routed
 * @param {string} directory
 * @param {string} url
 */
export function unlessStatic(routed, directory, url) {
  return routed?.fn.config.preferStatic && hasStaticFile(directory, url) ? undefined : routed;
}

/**
 * A static file's answer to a GET with a strong ETag of its bytes, or 304 Not Modified when the request's
 * If-None-Match names it (or *). Other answers are given back as they are.
 * @param {{ method?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {Response} answer
 */
export async function withStaticEtag(request, answer) {
  if ((request.method ?? "GET") !== "GET" || answer.status !== 200 || answer.headers.has("etag")) return answer;
  const body = Buffer.from(await answer.arrayBuffer());
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = new Headers(answer.headers);
  headers.set("etag", etag);
  const asked = [request.headers["if-none-match"] ?? ""].flat().join(",");
  const matches = asked
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
  if (matches) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
