/**
 * Settings from the environment are checked: one that makes no sense falls back to its safe default with
 * a warning naming it, and never switches a limit or a check off.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import submit from "../../netlify/functions/submit";
import { requestRebuild } from "../../netlify/lib/build-hook";
import { parseModeratorTokens, signFormStart } from "../../netlify/lib/security";
import { addressSetting, limitSetting } from "../../netlify/lib/settings";
import { siteUrlFrom } from "../../netlify/lib/site";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";
import { loadSubmissionFixtures } from "../support/submissions";

const env = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

let warnings: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  warnings = [];
});
function watchWarnings() {
  vi.spyOn(console, "warn").mockImplementation((line: string) => void warnings.push(line));
}

describe("limitSetting", () => {
  it.each(["lots", "0", "-3", "2.5", "1e9", "Infinity", "NaN"])(
    "takes the safe default for %j, naming the setting",
    (value) => {
      watchWarnings();
      expect(limitSetting(env({ PER_CLIENT: value }), "PER_CLIENT", 5)).toBe(5);
      expect(warnings.join("\n")).toMatch(
        new RegExp(
          `^PER_CLIENT is "${value}", not a whole number from 1 to 100000: the safe default, 5, applies\\.$`,
          "m",
        ),
      );
    },
  );

  it("takes a whole number in range, and the default when unset, without a word", () => {
    watchWarnings();
    expect(limitSetting(env({ PER_CLIENT: " 250 " }), "PER_CLIENT", 5)).toBe(250);
    expect(limitSetting(env({}), "PER_CLIENT", 5)).toBe(5);
    expect(warnings).toEqual([]);
  });
});

describe("addresses, tokens and hooks", () => {
  it("uses only https addresses (http on this machine), never logging the address", () => {
    watchWarnings();
    expect(addressSetting(env({ HOOK: "https://api.netlify.com/build_hooks/abc" }), "HOOK")?.host).toBe(
      "api.netlify.com",
    );
    expect(addressSetting(env({ HOOK: "http://localhost:4321/hook" }), "HOOK")?.port).toBe("4321");
    expect(addressSetting(env({ HOOK: "http://example.org/secret-hook" }), "HOOK")).toBeUndefined();
    expect(addressSetting(env({ HOOK: "not an address" }), "HOOK")).toBeUndefined();
    expect(warnings.join("\n")).toContain("HOOK is not an https:// address");
    expect(warnings.join("\n")).not.toContain("secret-hook");
  });

  it("counts moderator entries it cannot use, naming the setting but no token", () => {
    watchWarnings();
    const tokens = parseModeratorTokens("sam:0123456789abcdef0123,alex:short,broken", "COORDINATOR_TOKENS");
    expect(tokens).toEqual([{ name: "sam", token: "0123456789abcdef0123" }]);
    expect(warnings.join("\n")).toMatch(/^COORDINATOR_TOKENS has 2 entries that are not name:token/m);
    expect(warnings.join("\n")).not.toContain("short");
  });

  it("asks for no rebuild, and does not throw, when the build hook is not an address", async () => {
    watchWarnings();
    expect(await requestRebuild("::not a hook::", "test")).toEqual({ status: "not-configured" });
    expect(warnings.join("\n")).toContain("BUILD_HOOK_URL is not a web address");
  });

  it("falls back to the production address when SITE_URL is not one", () => {
    watchWarnings();
    expect(siteUrlFrom({ SITE_URL: "stoke together" })).toBe("https://stoketogether.org.uk");
    expect(warnings.join("\n")).toContain("SITE_URL is not a web address");
  });
});

describe("the per-client limit, set to nonsense", () => {
  let blobs: LocalBlobs;
  beforeAll(async () => {
    blobs = await startLocalBlobs();
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await blobs.stop();
  });

  it("stays on at its default: the sixth submission in ten minutes is refused", async () => {
    watchWarnings();
    const secret = "a-long-enough-secret-for-the-tests";
    vi.stubGlobal("Netlify", {
      env: env({ FORM_SECRET: secret, SUBMISSIONS_PER_CLIENT: "lots", NETLIFY_BLOBS_CONTEXT: blobs.environment }),
    });
    const weekly = loadSubmissionFixtures("valid").find((fixture) => fixture.name === "weekly-coffee-morning")!;
    const formStarted = signFormStart(secret, new Date(Date.now() - 60_000));
    const statuses: number[] = [];
    for (let count = 0; count < 7; count++) {
      const response = await submit(
        new Request("https://stoketogether.test/api/submissions", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ ...weekly.values, title: `Coffee ${count}`, formStarted, nickname: "" }),
        }),
        { ip: "192.0.2.77" } as never,
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    expect(warnings.join("\n")).toContain('SUBMISSIONS_PER_CLIENT is "lots", not a whole number');
  });
});
