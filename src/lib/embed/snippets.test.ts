import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS } from "./options";
import { iframeSnippet, scriptSnippet } from "./snippets";

const SITE = "https://stoketogether.org.uk";

describe("the code a site pastes", () => {
  it("is one iframe line with a title for screen readers, a height for 8 events and no border", () => {
    expect(iframeSnippet(SITE, "group", "hanley-health-walks", "Coming up with Hanley Health Walkers")).toBe(
      '<iframe src="https://stoketogether.org.uk/embed/group/hanley-health-walks/" ' +
        'title="Coming up with Hanley Health Walkers, from Stoke Together" width="100%" height="890" ' +
        'style="border:0;max-width:40rem" loading="lazy"></iframe>',
    );
  });

  it("carries a site's choices in the iframe's address, escaped for the attribute", () => {
    const line = iframeSnippet(SITE, "place", "hanley-park", "Coming up at Hanley Park", {
      ...DEFAULT_OPTIONS,
      count: 4,
      layout: "compact",
    });
    expect(line).toContain('src="https://stoketogether.org.uk/embed/place/hanley-park/?count=4&amp;layout=compact"');
    expect(line).toContain('height="430"');
  });

  it("is one script tag, with a site's choices as data- attributes", () => {
    expect(scriptSnippet(SITE, "town", "burslem")).toBe(
      '<script src="https://stoketogether.org.uk/embed/embed.js" data-town="burslem" async></script>',
    );
    expect(scriptSnippet(SITE, "group", "x", { ...DEFAULT_OPTIONS, count: 3, theme: "dark" })).toBe(
      '<script src="https://stoketogether.org.uk/embed/embed.js" data-group="x" data-count="3" data-theme="dark" async></script>',
    );
  });
});
