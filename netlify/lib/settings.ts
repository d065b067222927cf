/**
 * Settings read from the environment, each checked: a value that does not make sense is never taken as
 * "off". A limit that is not a whole number in range falls back to its safe default, and a line in the log
 * names the setting (never a secret's value) so whoever set it can put it right.
 */

/** What the functions read settings from: `Netlify.env`, or `process.env` through a getter. */
export interface Environment {
  get(name: string): string | undefined;
}

const warned = new Set<string>();

/** Says once per instance that a setting was not usable and what is used instead. */
export function warnSetting(name: string, problem: string): void {
  const line = `${name} ${problem}`;
  if (warned.has(line)) return;
  warned.add(line);
  console.warn(line);
}

/**
 * A limit from the environment: a whole number from 1 to `max`; unset, it is `fallback`; anything else
 * (a word, 0, a negative or a fraction) is `fallback` too, with a warning naming the setting.
 * @example limitSetting({ get: () => "lots" }, "SUBMISSIONS_PER_CLIENT", 5) // 5, and a warning
 */
export function limitSetting(env: Environment, name: string, fallback: number, max = 100_000): number {
  const raw = env.get(name);
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw.trim());
  if (Number.isInteger(value) && value >= 1 && value <= max) return value;
  // A limit is no secret: its value is shown (shortened), to be found and put right.
  const shown = JSON.stringify(raw.length > 20 ? `${raw.slice(0, 20)}…` : raw);
  warnSetting(name, `is ${shown}, not a whole number from 1 to ${max}: the safe default, ${fallback}, applies.`);
  return fallback;
}

/** The setting that raises the per-client limits of the public forms (the local browser tests and bench). */
export const PER_CLIENT_SETTING = "SUBMISSIONS_PER_CLIENT";

/**
 * A web address from the environment (`https:`, or `http:` for this machine), or undefined with a
 * warning naming the setting when it is set but is not one. The address itself is never logged.
 */
export function addressSetting(env: Environment, name: string): URL | undefined {
  const raw = env.get(name)?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === "https:" || (url.protocol === "http:" && isLocal(url.hostname))) return url;
  } catch {
    // Falls through to the warning below.
  }
  warnSetting(name, "is not an https:// address (or http:// on this machine), so it is not used.");
  return undefined;
}

function isLocal(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}
