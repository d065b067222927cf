/**
 * What the local platform (scripts/local-static.mjs) does for built files as Netlify's CDN does: an ETag and 304
 * for every file, and a `preferStatic` function answering only where the build wrote no file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasStaticFile, unlessStatic, withStaticEtag } from "../../scripts/local-static.mjs";

const dist = mkdtempSync(join(tmpdir(), "stoke-static-"));
mkdirSync(join(dist, "api", "oruk", "services"), { recursive: true });
mkdirSync(join(dist, "about"), { recursive: true });
writeFileSync(join(dist, "api", "oruk", "services", "a-service"), "{}");
writeFileSync(join(dist, "about", "index.html"), "<p>About</p>");
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const at = (path: string) => `http://localhost:4321${path}`;

describe("the local platform's static files", () => {
  it("finds a file the build wrote at an address, with or without an extension, and nothing outside dist/", () => {
    expect(hasStaticFile(dist, at("/api/oruk/services/a-service"))).toBe(true);
    expect(hasStaticFile(dist, at("/api/oruk/services/another"))).toBe(false);
    expect(hasStaticFile(dist, at("/api/oruk/services"))).toBe(false);
    expect(hasStaticFile(dist, at("/about/"))).toBe(true);
    expect(hasStaticFile(dist, at("/about"))).toBe(true);
    expect(hasStaticFile(dist, at("/%2e%2e/etc/passwd"))).toBe(false);
  });

  it("lets a function that prefers static files answer only where there is none", () => {
    const preferring = { fn: { config: { preferStatic: true } } };
    const plain = { fn: { config: {} } };
    expect(unlessStatic(preferring, dist, at("/api/oruk/services/a-service"))).toBeUndefined();
    expect(unlessStatic(preferring, dist, at("/api/oruk/services/another"))).toBe(preferring);
    expect(unlessStatic(plain, dist, at("/api/oruk/services/a-service"))).toBe(plain);
    expect(unlessStatic(undefined, dist, at("/about/"))).toBeUndefined();
  });

  it("gives a file a strong ETag of its bytes, and 304 to a request that already has them", async () => {
    const file = () => new Response('{"a":1}', { headers: { "content-type": "application/json" } });
    const first = await withStaticEtag({ method: "GET", headers: {} }, file());
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(await first.text()).toBe('{"a":1}');
    const again = await withStaticEtag({ method: "GET", headers: { "if-none-match": `W/${etag}` } }, file());
    expect(again.status).toBe(304);
    expect(again.headers.get("content-type")).toBe("application/json");
    const changed = await withStaticEtag(
      { method: "GET", headers: { "if-none-match": etag } },
      new Response('{"a":2}'),
    );
    expect(changed.status).toBe(200);
    const missing = new Response("gone", { status: 404 });
    expect(await withStaticEtag({ method: "GET", headers: {} }, missing)).toBe(missing);
  });
});
