import { describe, expect, it } from "vitest";
import { formatErrors, ISLAND_STYLE_MESSAGE, sortMessages } from "../../scripts/check-html.mjs";

const root = "/site";
const page = (path: string) => `file:${root}/dist/${path}`;

// Messages as vnu 26 writes them with --format json.
const islandStyle = {
  type: "error",
  url: page("find/index.html"),
  lastLine: 3,
  message: ISLAND_STYLE_MESSAGE,
  extract: "owns.</p> <style>astro-",
  hiliteStart: 10,
  hiliteLength: 7,
};
const skippedHeading = (path: string, line: number) => ({
  type: "error",
  url: page(path),
  lastLine: line,
  message:
    "The heading “h3” (with computed level 3) follows the heading “h1” (with computed level 1), skipping 1 heading level.",
  extract: 'conduct"> <h3>Everyo',
  hiliteStart: 10,
  hiliteLength: 4,
});

describe("the HTML check of the built pages", () => {
  it("lets through Astro's island <style> in the body, and counts it", () => {
    expect(sortMessages([islandStyle, islandStyle], root)).toEqual({ errors: [], islandStyles: 2 });
  });

  it("reports any other <style> out of place, with the same message", () => {
    const ours = { ...islandStyle, extract: "owns.</p> <style>.card{", hiliteStart: 10 };
    expect(sortMessages([ours], root)).toEqual({
      errors: [{ file: "dist/find/index.html", line: 3, message: ISLAND_STYLE_MESSAGE }],
      islandStyles: 0,
    });
  });

  it("reports a page vnu could not read, and leaves out what is not an error", () => {
    const unreadable = { type: "non-document-error", url: page("broken.html"), message: "IO error" };
    const info = { ...skippedHeading("groups/index.html", 6), type: "info" };
    expect(sortMessages([unreadable, info], root).errors).toEqual([
      { file: "dist/broken.html", line: undefined, message: "IO error" },
    ]);
  });

  it("groups errors by message, the most frequent first, each with its file and line", () => {
    const stray = {
      type: "error",
      url: page("calendar/index.html"),
      lastLine: 32,
      message: "Stray start tag “script”.",
    };
    const { errors } = sortMessages(
      [skippedHeading("groups/index.html", 6), stray, skippedHeading("buddy-up/form/a/index.html", 9)],
      root,
    );
    const heading = skippedHeading("", 0).message;
    expect(formatErrors(errors)).toEqual([
      `2 × ${heading}`,
      `  dist/buddy-up/form/a/index.html:9: ${heading}`,
      `  dist/groups/index.html:6: ${heading}`,
      "1 × Stray start tag “script”.",
      "  dist/calendar/index.html:32: Stray start tag “script”.",
    ]);
  });
});
