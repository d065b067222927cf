/**
 * The embeddable lists' pages (/embed/group|place|town/<id>/), as the embed-page function answers them: the
 * built page as the address asks, with the one set of headers on the site that lets another site frame it.
 */
import { describe, expect, it } from "vitest";
import { createEmbedPage } from "../../netlify/functions/embed-page";
import {
  CONTENT_SECURITY_POLICY,
  EMBED_CONTENT_SECURITY_POLICY,
  EMBED_HEADERS,
  SITE_HEADERS,
  framablePolicy,
  withEmbedHeaders,
} from "../../netlify/lib/http";
import { EMBED_MESSAGES } from "../../src/lib/embed/messages";
import { renderWidget, type WidgetData } from "../../src/lib/embed/widget";

const data: WidgetData = {
  kind: "group",
  id: "hanley-health-walks",
  lang: "en",
  heading: "Coming up with Hanley Health Walkers",
  items: Array.from({ length: 12 }, (_, n) => ({
    href: `/events/walk-${n + 1}/`,
    title: `Walk ${n + 1}`,
    when: `Mon ${n + 1} Dec, 10:30 to 11:30`,
    start: "2026-12-07T10:30:00+00:00",
    where: "Hanley Park, Hanley",
    cost: "Free",
    status: "scheduled",
    moved: false,
    beforeDark: true,
    buddyUp: true,
    example: true,
  })),
  empty: "Nothing.",
  more: { href: "/groups/hanley-health-walks/", text: "Everything" },
  credits: [],
};
const PAGE = `<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body><main>${renderWidget(
  data,
  { count: 12, layout: "full", theme: "auto" },
  { level: 1, base: "", messages: EMBED_MESSAGES.en },
)}</main></body></html>`;

const read: string[] = [];
const handler = withEmbedHeaders(
  createEmbedPage((kind, id) => {
    read.push(`${kind}/${id}`);
    return kind === "group" && id === "hanley-health-walks" ? PAGE : undefined;
  }),
);
const get = (path: string, init?: RequestInit) => handler(new Request(`http://localhost${path}`, init));
const items = (html: string) => html.split('<li class="stw__item').length - 1;

describe("framablePolicy", () => {
  it("changes only frame-ancestors, so an embedded list keeps every other rule of the site's policy", () => {
    expect(framablePolicy("default-src 'self'; frame-ancestors 'none'; base-uri 'self'")).toBe(
      "default-src 'self'; frame-ancestors *; base-uri 'self'",
    );
    const site = CONTENT_SECURITY_POLICY.split("; ");
    const embed = EMBED_CONTENT_SECURITY_POLICY.split("; ");
    expect(site).toContain("frame-ancestors 'none'");
    expect(embed.filter((directive) => !site.includes(directive))).toEqual(["frame-ancestors *"]);
    expect(site.filter((directive) => !embed.includes(directive))).toEqual(["frame-ancestors 'none'"]);
  });

  it("leaves the site's other headers as they are, less X-Frame-Options", () => {
    const { "x-frame-options": deny, ...rest } = SITE_HEADERS;
    expect(deny).toBe("DENY");
    expect(EMBED_HEADERS).toEqual({ ...rest, "content-security-policy": EMBED_CONTENT_SECURITY_POLICY });
  });
});

describe("GET /embed/<kind>/<id>/", () => {
  it("answers a list's built page with the next 8, framable by any site, never indexed, cacheable", async () => {
    const response = await get("/embed/group/hanley-health-walks/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(response.headers.get("x-frame-options")).toBeNull();
    for (const [name, value] of Object.entries(EMBED_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    expect(response.headers.get("etag")).toBeTruthy();
    const html = await response.text();
    expect(items(html)).toBe(8);
    expect(html).toContain('data-layout="full" data-theme="auto"');
  });

  it("applies the choices in the address, and the same page without the last slash", async () => {
    const html = await (await get("/embed/group/hanley-health-walks?count=3&layout=compact&theme=dark")).text();
    expect(items(html)).toBe(3);
    expect(html).toContain('data-layout="compact" data-theme="dark"');
    expect(items(await (await get("/embed/group/hanley-health-walks/?count=500")).text())).toBe(12);
  });

  it("answers 304 to a browser that has the page, and HEAD with no body", async () => {
    const first = await get("/embed/group/hanley-health-walks/?count=2");
    const again = await get("/embed/group/hanley-health-walks/?count=2", {
      headers: { "if-none-match": first.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("x-frame-options")).toBeNull();
    const head = await get("/embed/group/hanley-health-walks/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers 404 with a framable page for a list that is not built, reading no file outside the lists", async () => {
    read.length = 0;
    for (const path of ["/embed/group/nobody/", "/embed/group/..%2F..%2Fnetlify.toml", "/embed/service/x/"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-security-policy")).toBe(EMBED_CONTENT_SECURITY_POLICY);
      expect(response.headers.get("x-frame-options")).toBeNull();
      expect(await response.text()).toContain("This list is not here");
    }
    expect(read).toEqual(["group/nobody"]);
  });

  it("answers 405 to anything but GET and HEAD", async () => {
    const response = await get("/embed/group/hanley-health-walks/", { method: "POST", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });
});
