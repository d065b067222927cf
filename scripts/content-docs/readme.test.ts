// content/README.md is generated from the schemas: this test fails when it is stale, and rewrites it when
// run with UPDATE_CONTENT_DOCS=1 (npm run content:docs).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderEditorGuide } from "./editor-guide";

const README = join(process.cwd(), "content", "README.md");
const STALE = "content/README.md is out of date: run npm run content:docs";

describe("content/README.md", () => {
  it("matches the guide generated from the schemas", () => {
    const expected = renderEditorGuide();
    if (process.env["UPDATE_CONTENT_DOCS"] === "1") {
      writeFileSync(README, expected);
    }
    const actual = existsSync(README) ? readFileSync(README, "utf8") : "";
    expect(actual, STALE).toBe(expected);
  });
});
