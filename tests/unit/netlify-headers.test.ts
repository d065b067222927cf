/**
 * netlify.toml's [[headers]] as the local server applies them (scripts/netlify-headers.mjs), the way Netlify
 * applies them: every matching rule adds its headers, and no rule can take back what "/*" sends. So the site's
 * refusal to be framed holds on every path netlify.toml serves, and the embeddable lists are framable only
 * because a function answers them (tests/functions/embed-page.test.ts).
 */
import { NetlifyDev } from "@netlify/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { forRegExp, headersForPath, readHeaderRules } from "../../scripts/netlify-headers.mjs";

let rules: { for: string; values: Record<string, string> }[] = [];

beforeAll(async () => {
  const netlify = new NetlifyDev({
    projectRoot: process.cwd(),
    serverAddress: null,
    ...Object.fromEntries(
      [
        "blobs",
        "functions",
        "staticFiles",
        "headers",
        "redirects",
        "environmentVariables",
        "edgeFunctions",
        "images",
        "geolocation",
        "aiGateway",
        "database",
      ].map((feature) => [feature, { enabled: false }]),
    ),
  });
  rules = await readHeaderRules(netlify);
}, 60_000);

describe("a rule's path", () => {
  it("matches as Netlify's: * is the rest of the path or nothing, :name one segment", () => {
    expect(forRegExp("/*").test("/")).toBe(true);
    expect(forRegExp("/*").test("/embed/group/x/")).toBe(true);
    expect(forRegExp("/fonts/*").test("/fonts/a.woff2")).toBe(true);
    expect(forRegExp("/fonts/*").test("/fonts")).toBe(true);
    expect(forRegExp("/fonts/*").test("/images/a.png")).toBe(false);
    expect(forRegExp("/embed/:kind/:id/").test("/embed/group/x/")).toBe(true);
    expect(forRegExp("/embed/:kind/:id/").test("/embed/group/x/y/")).toBe(false);
    expect(forRegExp("/a.b").test("/aXb")).toBe(false);
  });
});

describe("headersForPath", () => {
  const deny = {
    for: "/*",
    values: { "X-Frame-Options": "DENY", "Content-Security-Policy": "frame-ancestors 'none'" },
  };

  it("adds every matching rule's headers, in the order written", () => {
    const cors = { for: "/data/*", values: { "Access-Control-Allow-Origin": "*" } };
    expect(headersForPath([deny, cors], "/data/x.json")).toEqual({
      "x-frame-options": "DENY",
      "content-security-policy": "frame-ancestors 'none'",
      "access-control-allow-origin": "*",
    });
    expect(headersForPath([deny, cors], "/other/")).not.toHaveProperty("access-control-allow-origin");
  });

  it("cannot loosen what a broader rule sends: a header named twice carries both values, as Netlify sends it", () => {
    const loosen = {
      for: "/embed/*",
      values: { "content-security-policy": "frame-ancestors *", "X-Frame-Options": "SAMEORIGIN" },
    };
    expect(headersForPath([deny, loosen], "/embed/x/")).toEqual({
      // Two policies, both enforced: the frame is still refused. Browsers refuse "DENY, SAMEORIGIN" too.
      "content-security-policy": "frame-ancestors 'none', frame-ancestors *",
      "x-frame-options": "DENY, SAMEORIGIN",
    });
  });
});

describe("netlify.toml's headers", () => {
  it("refuse framing on every path they reach, the embeddable lists' addresses included", () => {
    for (const path of ["/", "/groups/hanley-health-walks/", "/embed/group/hanley-health-walks/", "/404.html"]) {
      const headers = headersForPath(rules, path);
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], path).not.toContain(",");
    }
  });

  it("let any site read the lists' data, and only that", () => {
    expect(headersForPath(rules, "/embed/data/group/hanley-health-walks.json")["access-control-allow-origin"]).toBe(
      "*",
    );
    for (const path of ["/embed/embed.js", "/search-index.json", "/embed/group/x/", "/calendar/all.ics"]) {
      expect(headersForPath(rules, path)["access-control-allow-origin"], path).toBeUndefined();
    }
  });

  it("never name one header in two rules that can match one path, whose values would then be joined", () => {
    const samples = ["/", ...rules.map((rule) => rule.for.replace(/:[^/]+/g, "x").replace(/\*/g, "x/y"))];
    for (const path of samples) {
      const named = rules
        .filter((rule) => forRegExp(rule.for).test(path))
        .flatMap((rule) => Object.keys(rule.values).map((name) => name.toLowerCase()));
      expect(named.length, `${path}: ${named.join(", ")}`).toBe(new Set(named).size);
    }
  });
});
