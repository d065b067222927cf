import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readPolicy } from "../../scripts/check-csp.mjs";
import { CONTENT_SECURITY_POLICY } from "./http";
import {
  checkFormStart,
  formSecret,
  hashFor,
  identifyModerator,
  parseModeratorTokens,
  signFormStart,
} from "./security";

const request = (authorization?: string) =>
  new Request("http://localhost/", authorization ? { headers: { authorization } } : {});

describe("moderator tokens", () => {
  const tokens = parseModeratorTokens("sam:0123456789abcdef0123, alex:fedcba9876543210fedc, short:1234, :nameless");

  it("reads name:token pairs and ignores short or nameless ones", () => {
    expect(tokens.map((token) => token.name)).toEqual(["sam", "alex"]);
  });

  it("names the moderator, or says the token is missing or wrong", () => {
    expect(identifyModerator(request("Bearer fedcba9876543210fedc"), tokens)).toEqual({ status: "ok", name: "alex" });
    expect(identifyModerator(request(), tokens)).toEqual({ status: "missing" });
    expect(identifyModerator(request("Basic abc"), tokens)).toEqual({ status: "missing" });
    expect(identifyModerator(request("Bearer 0123456789abcdef012"), tokens)).toEqual({ status: "wrong" });
    expect(identifyModerator(request("Bearer 0123456789abcdef0123"), [])).toEqual({ status: "wrong" });
  });
});

describe("signed form timestamps", () => {
  const start = new Date("2026-11-26T10:00:00Z");
  const token = signFormStart("secret", start);

  it("accepts a form filled in at a human pace and refuses one too fast, too old or forged", () => {
    expect(checkFormStart(token, "secret", new Date(start.getTime() + 60_000))).toBe("ok");
    expect(checkFormStart(token, "secret", new Date(start.getTime() + 1_000))).toBe("too-fast");
    expect(checkFormStart(token, "secret", new Date(start.getTime() + 2 * 86_400_000))).toBe("expired");
    expect(checkFormStart(token, "other-secret", new Date(start.getTime() + 60_000))).toBe("invalid");
    expect(checkFormStart(`${start.getTime() - 60_000}.${token.split(".")[1]}`, "secret", start)).toBe("invalid");
  });
});

describe("hashes", () => {
  it("hash an address or email one way, the same each time, without the original in it", () => {
    const hash = hashFor("secret", "email", "Volunteer@Example.org ");
    expect(hash).toBe(hashFor("secret", "email", "volunteer@example.org"));
    expect(hash).not.toContain("example");
    expect(hash).not.toBe(hashFor("secret", "ip", "volunteer@example.org"));
  });
});

describe("pages rendered by functions", () => {
  it("send the same Content-Security-Policy as netlify.toml gives static pages", () => {
    expect(CONTENT_SECURITY_POLICY).toBe(readPolicy(readFileSync("netlify.toml", "utf8")));
  });
});

describe("formSecret", () => {
  it("uses FORM_SECRET only when it is set and long enough, so nothing is signed with a guessable key", () => {
    const env = (value?: string) => ({ get: (name: string) => (name === "FORM_SECRET" ? value : undefined) });
    expect(formSecret(env("a-long-enough-secret-value"))).toBe("a-long-enough-secret-value");
    expect(formSecret(env("short"))).toBeUndefined();
    expect(formSecret(env())).toBeUndefined();
  });
});
