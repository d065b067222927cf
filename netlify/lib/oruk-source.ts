/**
 * Where the Open Referral UK function gets its services: the data the build wrote beside the site
 * (src/lib/open-data/oruk-data.ts; netlify.toml bundles it with the function). A deployed function's files never
 * change, so it reads the file once; the local server rebuilds the site into a new folder and swaps it in, so each
 * request looks (one stat) at whether the file is still the one that was read, and reads the new one if not.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ORUK_DATA_DIR, ORUK_DATA_FILE, readOrukData, type OrukData } from "../../src/lib/open-data/oruk-data";

/** A source of the API's data; the function calls it per request, so it may cache. */
export type OrukDataSource = () => OrukData;

/** Where the build writes the data, under a checkout or a deployed function's files. */
export const BUILT_ORUK_DATA = join("dist", ORUK_DATA_DIR, ORUK_DATA_FILE);

/** Reads the data the build wrote under `root`; fails loudly, saying what to do, when the site has not been built. */
export function builtOrukSource(root: string): OrukDataSource {
  const path = join(root, BUILT_ORUK_DATA);
  let cached: { build: string; data: OrukData } | undefined;
  return () => {
    let build: string;
    try {
      const stat = statSync(path);
      build = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch (error) {
      throw new Error(`The Open Referral UK data is missing (${BUILT_ORUK_DATA}): build the site first.`, {
        cause: error,
      });
    }
    if (cached?.build !== build) cached = { build, data: readOrukData(readFileSync(path, "utf8")) };
    return cached.data;
  };
}
