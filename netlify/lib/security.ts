/**
 * Secrets and identities: signed form timestamps, one-way hashes of client addresses and emails, status
 * tokens, and moderator tokens compared in constant time.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { warnSetting } from "./settings";

/** The secret for signing and hashing, FORM_SECRET; `npm start` writes a random one into .env. */
export function formSecret(env: { get(name: string): string | undefined }): string | undefined {
  const secret = env.get("FORM_SECRET");
  return secret && secret.length >= 16 ? secret : undefined;
}

/** The answer when FORM_SECRET is missing: submissions are closed rather than signed with a guessable key. */
export function notConfigured(): Response {
  console.error("FORM_SECRET is not set (at least 16 characters): submissions are closed.");
  return new Response(JSON.stringify({ error: "Submissions are closed just now. Please try again later." }), {
    status: 503,
    headers: { "content-type": "application/json; charset=utf-8", "retry-after": "3600" },
  });
}

function hmac(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

function sameText(a: string, b: string): boolean {
  // Hash first, so the comparison takes the same time whatever the lengths.
  const left = createHash("sha256").update(a).digest();
  const right = createHash("sha256").update(b).digest();
  return timingSafeEqual(left, right);
}

/** A token saying when a form was handed out: `<milliseconds>.<signature>`. */
export function signFormStart(secret: string, now: Date): string {
  const time = String(now.getTime());
  return `${time}.${hmac(secret, `form-start:${time}`)}`;
}

/** Whether a form was filled in too fast (a bot), too long ago, or the token was forged. */
export type FormStartCheck = "ok" | "invalid" | "too-fast" | "expired";

/**
 * How long a form's signed start time stays usable: long enough to fill in any form at leisure, short
 * enough that a harvested one is soon worthless.
 */
export const FORM_START_LIFETIME_MS = 2 * 60 * 60 * 1000;

/** The least time a person takes over a form, from when the server drew it: a form sent faster is a bot's. */
export const MINIMUM_FILL_MS = 3_000;

/** Checks a signed form timestamp against the clock: at least `minimumMs` and at most `maximumMs` old. */
export function checkFormStart(
  token: string,
  secret: string,
  now: Date,
  minimumMs = MINIMUM_FILL_MS,
  maximumMs = FORM_START_LIFETIME_MS,
): FormStartCheck {
  const [time = "", signature = ""] = token.split(".");
  if (!/^\d{10,16}$/.test(time) || !sameText(signature, hmac(secret, `form-start:${time}`))) return "invalid";
  const age = now.getTime() - Number(time);
  if (age < minimumMs) return "too-fast";
  if (age > maximumMs) return "expired";
  return "ok";
}

/** A one-way hash for a purpose ("ip", "email"), keyed with the secret so it cannot be looked up. */
export function hashFor(secret: string, purpose: string, value: string): string {
  return hmac(secret, `${purpose}:${value.trim().toLowerCase()}`).slice(0, 32);
}

/** A new unguessable token for a private status link. */
export function newStatusToken(): string {
  return randomBytes(24).toString("base64url");
}

/** The hash stored in place of a status token. */
export function hashStatusToken(token: string): string {
  return createHash("sha256").update(`status:${token}`).digest("base64url");
}

/** True when a status token matches the stored hash, compared in constant time. */
export function statusTokenMatches(token: string, storedHash: string): boolean {
  return sameText(hashStatusToken(token), storedHash);
}

/** A named moderator token. */
export interface ModeratorToken {
  name: string;
  token: string;
}

/**
 * Reads MODERATOR_TOKENS: `name:token` pairs separated by commas. Tokens shorter than 16 characters are
 * ignored, so a typo cannot leave the console guarded by "1234".
 * @example parseModeratorTokens("sam:0123456789abcdef0123") // [{ name: "sam", token: "0123456789abcdef0123" }]
 */
export function parseModeratorTokens(setting: string | undefined, settingName = "MODERATOR_TOKENS"): ModeratorToken[] {
  const pairs = (setting ?? "")
    .split(",")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "");
  const tokens = pairs.flatMap((pair) => {
    const colon = pair.indexOf(":");
    const name = pair.slice(0, colon).trim();
    const token = pair.slice(colon + 1).trim();
    return colon > 0 && /^[\w.-]{1,40}$/.test(name) && token.length >= 16 ? [{ name, token }] : [];
  });
  const ignored = pairs.length - tokens.length;
  if (ignored > 0) {
    warnSetting(
      settingName,
      `has ${ignored} ${ignored === 1 ? "entry" : "entries"} that ${ignored === 1 ? "is" : "are"} not name:token with a token of at least 16 characters, ignored.`,
    );
  }
  return tokens;
}

/** Who a request's bearer token belongs to: "missing" (401), "wrong" (403), or the moderator's name. */
export function identifyModerator(
  request: Request,
  tokens: readonly ModeratorToken[],
): { status: "missing" } | { status: "wrong" } | { status: "ok"; name: string } {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return { status: "missing" };
  let found: string | undefined;
  // Compare against every token, so the time taken says nothing about which one nearly matched.
  for (const candidate of tokens) {
    if (sameText(match[1], candidate.token)) found ??= candidate.name;
  }
  return found ? { status: "ok", name: found } : { status: "wrong" };
}
