// netlify.toml's [[headers]] rules, applied to a file the local server sends as Netlify applies them to the files
// it serves: every rule whose `for` matches the path applies, in the order written, and a header that more than
// one of them names is sent with each of their values, joined by commas as HTTP joins a repeated field. A rule
// for a narrower path adds to "/*"; it can never take away or loosen what "/*" sends (a second
// Content-Security-Policy only narrows the first, and "DENY, SAMEORIGIN" still refuses every frame).
//
// Netlify's local emulation (@netlify/headers, inside @netlify/dev) lets a later rule's value replace an earlier
// one's instead, so a rule that loosened "/*" for a path would seem to work locally and not once deployed. Sites
// deployed on Netlify report that a path's headers are those of every matching rule and cannot be removed by a
// narrower one, and that a header named twice reaches the browser twice. Netlify's documentation does not say
// how rules combine; what it does say is that these headers never reach a function's answer, which is how
// /embed/ pages are framable (netlify/lib/http.ts).

/**
 * The regular expression Netlify matches a rule's `for` against, as its parser writes it
 * (@netlify/headers-parser): `*` matches the rest of the path (or nothing), `:name` one segment.
 * @param {string} forPath
 */
export function forRegExp(forPath) {
  const pattern = forPath
    .split("/")
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(":")) return "([^/]+)";
      if (part === "*") return "?(.*)";
      const literal = part.replace(/[|\\{}()[\]^$+?.]/g, "\\$&");
      return literal.replaceAll("*", "(.*)");
    })
    .join("/");
  return new RegExp(`^/${pattern}/?$`, "iu");
}

/**
 * netlify.toml's [[headers]] rules, each `{ for, values }`, as Netlify's own configuration reader reads them:
 * through @netlify/dev, whose types do not list the method yet, so a version without it stops here by name.
 * @param {unknown} netlify a started or unstarted `NetlifyDev`
 * @returns {Promise<{ for: string; values: Record<string, string> }[]>}
 */
export async function readHeaderRules(netlify) {
  const reader =
    /** @type {{ getConfig?: () => Promise<{ config: { headers?: { for: string; values: Record<string, string> }[] } }> }} */ (
      netlify
    );
  if (typeof reader.getConfig !== "function") {
    throw new Error("@netlify/dev no longer reads netlify.toml with getConfig(): update scripts/netlify-headers.mjs.");
  }
  return (await reader.getConfig()).config.headers ?? [];
}

/**
 * The headers a path gets from `rules` (netlify.toml's `[[headers]]`, each `{ for, values }`), by lower-case
 * name: every matching rule's, a name given twice with both values.
 * @param {{ for: string; values: Record<string, string | string[]> }[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 * @example headersForPath([{ for: "/*", values: { "X-Frame-Options": "DENY" } }], "/") // { "x-frame-options": "DENY" }
 */
export function headersForPath(rules, path) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (!forRegExp(rule.for).test(path)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      const text = Array.isArray(value) ? value.join(", ") : String(value);
      headers[key] = headers[key] === undefined ? text : `${headers[key]}, ${text}`;
    }
  }
  return headers;
}

/**
 * Sets a response's headers from the rules that match `path`.
 * @param {Headers} headers
 * @param {{ for: string; values: Record<string, string | string[]> }[]} rules
 * @param {string} path
 */
export function applyHeaders(headers, rules, path) {
  for (const [name, value] of Object.entries(headersForPath(rules, path))) headers.set(name, value);
}
