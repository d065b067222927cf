/**
 * Every function answers with the site's security headers, whatever it answers: JSON, iCalendar, a page,
 * an error, or a refusal for want of a setting. netlify.toml's headers reach static files only. The one
 * function whose pages other sites may frame, embed-page, sends them all but X-Frame-Options, with its own
 * Content-Security-Policy (tests/functions/embed-page.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EMBED_HEADERS, FEED_CACHE_CONTROL, OPEN_DATA_HEADERS, SITE_HEADERS } from "../../netlify/lib/http";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";

const FUNCTIONS = join("netlify", "functions");
const names = readdirSync(FUNCTIONS)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.replace(/\.ts$/, ""));

/** The values netlify.toml gives the static files at `path` ("/*" for every one), by lower-case name. */
function staticHeaders(path = "/*"): Record<string, string> {
  const toml = readFileSync("netlify.toml", "utf8");
  const pattern = new RegExp(
    `for = "${path.replace(/[*/]/g, "\\$&")}"\\s*\\[headers\\.values\\]\\n([\\s\\S]*?)(?:\\n\\s*\\n|\\n\\[\\[|$)`,
  );
  const block = pattern.exec(toml)?.[1] ?? "";
  return Object.fromEntries(
    [...block.matchAll(/^\s*([A-Za-z-]+) = "(.*)"$/gm)].map((match) => [match[1]!.toLowerCase(), match[2]!]),
  );
}

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await blobs.stop();
});

describe("the site's headers", () => {
  it("are netlify.toml's, apart from the Content-Security-Policy that only pages send", () => {
    const { "content-security-policy": _policy, ...rest } = staticHeaders();
    expect(SITE_HEADERS).toEqual(rest);
  });

  it("give the Open Referral UK API's static files the same open data headers as its function, as JSON", () => {
    expect(staticHeaders("/api/oruk/*")).toEqual({
      ...OPEN_DATA_HEADERS,
      "content-type": "application/json; charset=utf-8",
      "cache-control": FEED_CACHE_CONTROL,
    });
  });

  const settings = {
    configured: {
      FORM_SECRET: "a-long-enough-secret-for-the-tests",
      MODERATOR_TOKENS: "test:0123456789abcdef0123456789",
      COORDINATOR_TOKENS: "test:0123456789abcdef0123456789",
    },
    unconfigured: {},
  } as const;

  for (const [setting, env] of Object.entries(settings)) {
    it.each(names)(`reach every answer of %s, ${setting}`, async (name) => {
      // The Blobs client reads its context through Netlify.env too.
      const values: Record<string, string> = { ...env, NETLIFY_BLOBS_CONTEXT: blobs.environment };
      vi.stubGlobal("Netlify", { env: { get: (key: string) => values[key] } });
      const module = (await import(pathToFileURL(resolve(FUNCTIONS, `${name}.ts`)).href)) as {
        default: (request: Request, context: { ip: string }) => Promise<Response>;
        config?: { path?: string | string[] };
      };
      const path = [module.config?.path ?? `/.netlify/functions/${name}`].flat()[0]!.replace("*", "anything");
      const requests = [
        new Request(`http://localhost:9/${path.replace(/^\//, "")}`),
        new Request(`http://localhost:9${path}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "title=x",
        }),
        new Request(`http://localhost:9${path}?${"bad=1&".repeat(50)}`, { method: "DELETE" }),
      ];
      const expected = name === "embed-page" ? EMBED_HEADERS : SITE_HEADERS;
      for (const request of requests) {
        const response = await module.default(request, { ip: "192.0.2.1" });
        for (const [header, value] of Object.entries(expected)) {
          expect(response.headers.get(header), `${name} ${request.method} ${header}`).toBe(value);
        }
        if (name === "embed-page") expect(response.headers.get("x-frame-options")).toBeNull();
      }
    });
  }
});
