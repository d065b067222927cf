import { describe, expect, it } from "vitest";
import { EventSchema } from "../domain";
import { toRssFeed } from "./rss";

const base = {
  summary: 'Tea & a chat, "all welcome".',
  startDate: "2027-03-01T10:00",
  endDate: "2027-03-01T11:00",
  place: "tunstall-library",
  organizer: "tunstall-neighbours",
  categories: ["social-meetups"],
  audiences: ["everyone"],
  isAccessibleForFree: true,
};
const older = EventSchema.parse({ ...base, title: "Older", lastChecked: "2026-10-01" });
const newer = EventSchema.parse({ ...base, title: "Newer", lastChecked: "2026-11-20" });

describe("toRssFeed", () => {
  const rss = toRssFeed(
    [
      { id: "older", event: older, placeName: "Tunstall Library" },
      { id: "newer", event: newer, placeName: "Tunstall Library", nextText: "Monday 1 March, 10:00 to 11:00" },
    ],
    { siteUrl: "https://stoketogether.org.uk", feedPath: "/events/feed.xml" },
  );

  it("puts the newest listing first, with its date in RFC 822 and a permanent link", () => {
    expect(rss.indexOf("<title>Newer</title>")).toBeLessThan(rss.indexOf("<title>Older</title>"));
    expect(rss).toContain("<pubDate>Fri, 20 Nov 2026 00:00:00 +0000</pubDate>");
    expect(rss).toContain('<guid isPermaLink="true">https://stoketogether.org.uk/events/newer/</guid>');
  });

  it("escapes text for XML", () => {
    expect(rss).toContain("Tea &amp; a chat, &quot;all welcome&quot;.");
    expect(rss).not.toContain("Tea & a chat");
  });
});
