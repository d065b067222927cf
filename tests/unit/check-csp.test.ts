import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { findViolations, readPolicy, sources } from "../../scripts/check-csp.mjs";

const policy = readPolicy(readFileSync("netlify.toml", "utf8"));

describe("the Content-Security-Policy in netlify.toml", () => {
  it("allows scripts only from the site itself and forbids framing and plugins", () => {
    expect(sources(policy, "script-src")).toContain("'self'");
    expect(sources(policy, "script-src")).not.toContain("'unsafe-inline'");
    expect(sources(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(sources(policy, "object-src")).toEqual(["'none'"]);
  });

  it("flags an inline script whose hash is not listed", () => {
    expect(findViolations("<script>alert(1)</script>", policy)).toHaveLength(1);
  });

  it("accepts an inline script once its hash is listed", () => {
    const hash = createHash("sha256").update("alert(1)").digest("base64");
    const withHash = policy.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
    expect(findViolations("<script>alert(1)</script>", withHash)).toEqual([]);
  });

  it("ignores external scripts and JSON-LD data blocks", () => {
    const html =
      '<script type="module" src="/_astro/x.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(findViolations(html, policy)).toEqual([]);
  });

  it("flags inline styles, which style-src does not allow", () => {
    expect(findViolations('<p style="color:red">x</p>', policy)).toHaveLength(1);
    expect(findViolations("<style>p{}</style>", policy)).toHaveLength(1);
  });

  it("accepts an inline <style> element once its hash is listed, but never a style attribute", () => {
    const hash = createHash("sha256").update("p{}").digest("base64");
    const withHash = policy.replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
    expect(findViolations("<style>p{}</style>", withHash)).toEqual([]);
    expect(findViolations('<p style="p{}">x</p>', withHash)).toHaveLength(1);
  });

  it("reads pages as a browser does: script-like text inside an attribute or a comment is not a script", () => {
    const html = [
      '<a href="https://example.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">Book</a>',
      '<a href="https://example.org/"><script>alert(1)</script>">x</a>'.replace("<script>", "&lt;script&gt;"),
      '<img alt="<script>alert(1)</script>" src="/x.png">',
      "<!-- <script>alert(1)</script> -->",
      '<p title="style=&quot;color:red&quot;">x</p>',
    ].join("\n");
    expect(findViolations(html, policy)).toEqual([]);
  });

  it("finds a script however it is written, and inline event handlers", () => {
    expect(findViolations("<SCRIPT type=text/javascript>alert(1)</SCRIPT >", policy)).toHaveLength(1);
    expect(findViolations("<template><script>alert(1)</script></template>", policy)).toHaveLength(1);
    expect(findViolations("<svg><script>alert(1)</script></svg>", policy)).toHaveLength(1);
    expect(findViolations('<img src="/x.png" onerror="alert(1)">', policy)).toEqual([
      "an inline event handler (onerror) on <img> (script-src allows none)",
    ]);
    expect(findViolations('<script type="text/plain">not run</script>', policy)).toEqual([]);
  });
});
