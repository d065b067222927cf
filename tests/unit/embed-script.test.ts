/**
 * The script another site's page loads to draw a list (/embed/embed.js), as the build writes it: within its
 * budget, and a classic script that defines nothing on the page. The iframe page's budget is counted from the
 * build by `npm run bench` (bench/embed-weight.mjs), as it needs the built pages.
 */
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleEmbedScript } from "../../src/pages/embed/embed.js";

const BUDGET = 5 * 1024;

describe("/embed/embed.js", () => {
  it("weighs 5 KB or less gzipped, its styles included once", async () => {
    const script = await bundleEmbedScript();
    expect(script.split("--stw-bg: #fff;").length - 1).toBe(1);
    expect(gzipSync(script).length).toBeLessThanOrEqual(BUDGET);
  });

  it("is one function that runs at once, with no import, export or top-level name", async () => {
    const script = (await bundleEmbedScript()).trim();
    expect(script).toMatch(/^("use strict";)?\(\(\)=>\{/);
    expect(script).toMatch(/\}\)\(\);$/);
    expect(script).not.toMatch(/\bimport\s*[{("'*]|\bexport\s/);
  });
});
