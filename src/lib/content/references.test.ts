import { describe, expect, it } from "vitest";
import { EventSchema, SourceSchema } from "../domain";
import { content } from "../../../tests/support/content";
import { findBrokenReferences } from "./references";

const source = SourceSchema.parse({
  name: "A calendar",
  url: "https://calendar.example.org/feed.ics",
  group: "tunstall-neighbors",
  place: "tunstall-libary",
  categories: ["learning-skills"],
  free: true,
  lastChecked: "2026-12-04",
});

describe("references from sources", () => {
  it("names a source's group or place that does not exist, with the file and the field", () => {
    const withSource = { ...content, sources: [{ id: "typo", data: source, filePath: "content/sources/typo.md" }] };
    expect(findBrokenReferences(withSource)).toEqual([
      "content/sources/typo.md: `group` names `tunstall-neighbors`, which does not exist. Groups are listed in content/groups/.",
      "content/sources/typo.md: `place` names `tunstall-libary`, which does not exist. Places are listed in content/places/.",
    ]);
  });

  it("accepts a source whose group and place are listed", () => {
    const fixed = { ...source, group: "tunstall-neighbours", place: "tunstall-library" };
    expect(findBrokenReferences({ ...content, sources: [{ id: "ok", data: fixed }] })).toEqual([]);
  });
});

describe("references from events", () => {
  const event = {
    title: "Quiz night",
    summary: "A friendly quiz.",
    startDate: "2026-12-05T19:00",
    endDate: "2026-12-05T21:00",
    organizer: "tunstall-neighbours",
    categories: ["social-meetups"],
    audiences: ["adults"],
    isAccessibleForFree: true,
    lastChecked: "2026-12-04",
  };

  it("names an event's place that does not exist", () => {
    const typo = EventSchema.parse({ ...event, place: "tunstall-libary" });
    expect(findBrokenReferences({ ...content, events: [{ id: "quiz", data: typo }] })).toEqual([
      "content/events/quiz.md: `place` names `tunstall-libary`, which does not exist. Places are listed in content/places/.",
    ]);
  });

  it("has nothing to check for an event at a location in words or online", () => {
    const inWords = EventSchema.parse({ ...event, locationText: "The Red Lion, Hanley" });
    const online = EventSchema.parse({ ...event, online: true });
    const events = [
      { id: "in-words", data: inWords },
      { id: "online", data: online },
    ];
    expect(findBrokenReferences({ ...content, events })).toEqual([]);
  });
});
