/** The site's public address for functions, as astro.config.mjs chooses it for the build. */

/** URL (set by Netlify), else SITE_URL, else the production domain. */
export function siteUrlFrom(env: Record<string, string | undefined>): string {
  return new URL(env.URL ?? env.SITE_URL ?? "https://stoketogether.org.uk").origin;
}
