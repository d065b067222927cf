/**
 * Web addresses that listings and submissions may hold: public pages on the web, stored as the browser
 * would read them (the parsed, normalised `href`). Refused, each with a message for the person typing it:
 * anything but https: or http:, a user name or password, an address on this machine or a private or
 * local network, a name with no dot, and anything over 2,000 characters.
 */
import { z } from "zod";

/** The longest web address kept: more than any real page needs, short enough for every browser. */
export const MAX_WEB_ADDRESS_LENGTH = 2_000;

/** Why an address cannot be listed, or undefined when it can. */
export function webAddressProblem(url: URL): string | undefined {
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must be a full web address starting https://";
  if (url.username !== "" || url.password !== "") return "must not hold a user name or password";
  if (!isPublicHost(url.hostname)) return "must be a public web address, not one on a private or local network";
  if (url.href.length > MAX_WEB_ADDRESS_LENGTH)
    return `must be ${MAX_WEB_ADDRESS_LENGTH.toLocaleString("en-GB")} characters or fewer`;
  return undefined;
}

/**
 * True for a host anyone on the web can reach by that name: a domain with a dot and a real top-level
 * name, or a public IP address. Hosts are as the URL parser gives them (lower case, IPv4 in dotted form,
 * IPv6 in brackets), so `http://2130706433/` is already `127.0.0.1` here.
 */
export function isPublicHost(hostname: string): boolean {
  if (hostname.startsWith("[")) return isPublicIPv6(hostname.slice(1, -1));
  const v4 = ipv4Parts(hostname);
  if (v4) return isPublicIPv4(v4);
  const name = hostname.replace(/\.$/, "");
  if (!name.includes(".")) return false;
  const top = name.slice(name.lastIndexOf(".") + 1);
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(top)) return false;
  return !["localhost", "local", "internal", "home", "lan", "corp", "intranet", "test", "invalid", "example"].includes(
    top,
  );
}

function ipv4Parts(host: string): number[] | undefined {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return undefined;
  const numbers = parts.map(Number);
  return numbers.every((n) => n <= 255) ? numbers : undefined;
}

function isPublicIPv4([a = 0, b = 0, c = 0]: number[]): boolean {
  if (a === 0 || a === 10 || a === 127) return false; // this network, private, loopback
  if (a === 169 && b === 254) return false; // link-local
  if (a === 172 && b >= 16 && b <= 31) return false; // private
  if (a === 192 && b === 168) return false; // private
  if (a === 100 && b >= 64 && b <= 127) return false; // shared address space (carrier NAT)
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // protocol assignments, documentation
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false; // documentation
  return a < 224; // multicast and reserved above
}

function isPublicIPv6(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === "::" || lower === "::1") return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mapped) {
    const v4 =
      mapped.length === 2
        ? ipv4Parts(mapped[1]!)
        : [mapped[1]!, mapped[2]!].flatMap((group) => {
            const n = parseInt(group, 16);
            return [n >> 8, n & 255];
          });
    return v4 ? isPublicIPv4(v4) : false;
  }
  const first = parseInt(lower.split(":")[0] || "0", 16);
  if ((first & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return false; // link-local fe80::/10
  if ((first & 0xff00) === 0xff00) return false; // multicast
  if (lower.startsWith("2001:db8:") || lower.startsWith("2001:0db8:")) return false; // documentation
  return true;
}

/**
 * A public web address, stored normalised: `https://Example.org/a b` is kept as
 * `https://example.org/a%20b`. The messages follow the field's label ("… must start https://").
 */
export const WebAddressSchema = z
  .string({ error: "must be a full web address starting https://" })
  .trim()
  .max(MAX_WEB_ADDRESS_LENGTH, {
    error: `must be ${MAX_WEB_ADDRESS_LENGTH.toLocaleString("en-GB")} characters or fewer`,
  })
  .transform((text, context) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      context.issues.push({ code: "custom", input: text, message: "must be a full web address starting https://" });
      return z.NEVER;
    }
    const problem = webAddressProblem(url);
    if (problem) {
      context.issues.push({ code: "custom", input: text, message: problem });
      return z.NEVER;
    }
    return url.href;
  });
