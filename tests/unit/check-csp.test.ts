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

  it("accepts an inline <style> element once its hash is listed in style-src", () => {
    const hash = createHash("sha256").update("p{}").digest("base64");
    const withHash = policy.replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
    expect(findViolations("<style>p{}</style>", withHash)).toEqual([]);
  });
});
