/**
 * The language switcher's links: /language/<code>/?to=<page> remembers the reader's choice and goes on to the
 * page in that language. The choice is the `nf_lang` cookie, which Netlify's language redirects read in place of
 * the browser's Accept-Language (netlify.toml sends the home page to the chosen language's). It holds a language
 * code and nothing else, set only when the reader asks, so it needs no consent (PECR's strictly-necessary rule).
 */
import type { Config } from "@netlify/functions";
import { isLocale, localeOfPath } from "../../src/lib/i18n/locales";
import { methodNotAllowed, withSiteHeaders } from "../lib/http";

/** How long a choice is remembered: a year. */
const REMEMBER_SECONDS = 365 * 24 * 60 * 60;

const CODE = /^\/language\/([a-z]{2})\/?$/;

/** Where to go after choosing: a page of this site in the chosen language, else that language's home page. */
function destination(to: string | null, code: string): string {
  const home = code === "en" ? "/" : `/${code}/`;
  if (to === null || !to.startsWith("/") || to.startsWith("//") || to.includes("\\")) return home;
  return localeOfPath(to) === code ? to : home;
}

/** Answers a switcher link: remembers the language and goes on. */
export async function chooseLanguage(request: Request): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
  const url = new URL(request.url);
  const code = CODE.exec(url.pathname)?.[1];
  if (!isLocale(code)) {
    return new Response("That language is not one of this site's.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const secure = url.protocol === "https:" ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      location: destination(url.searchParams.get("to"), code),
      "set-cookie": `nf_lang=${code}; Path=/; Max-Age=${REMEMBER_SECONDS}; SameSite=Lax${secure}`,
      "cache-control": "no-store",
    },
  });
}

export default withSiteHeaders(chooseLanguage);
export const config: Config = { path: ["/language/:code", "/language/:code/"] };
