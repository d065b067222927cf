import { warnSetting } from "./settings";

/** The production domain, when no other address is set. */
const PRODUCTION_SITE = "https://stoketogether.org.uk";

/** The site's public address for functions, as astro.config.mjs chooses it for the build. */

/** URL (set by Netlify), else SITE_URL, else the production domain. */
export function siteUrlFrom(env: Record<string, string | undefined>): string {
  const given = env.URL ?? env.SITE_URL;
  if (given) {
    try {
      return new URL(given).origin;
    } catch {
      warnSetting(env.URL ? "URL" : "SITE_URL", `is not a web address: ${PRODUCTION_SITE} is used.`);
    }
  }
  return PRODUCTION_SITE;
}
