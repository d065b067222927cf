import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readICalendar } from "./ical";
import { emptyResult, isFailing, mergeFetch, slugFor, type FetchOutcome, type SourceResult } from "./merge";
import type { ImportedEvent } from "./model";

const window = { from: "2027-01-01T00:00:00+00:00", to: "2028-01-01T00:00:00+00:00" };
const google = readICalendar(readFileSync("tests/fixtures/import/google-calendar.ics", "utf8"), {
  source: "library",
  window,
});
const [club, funDay, halloween] = google.events as [ImportedEvent, ImportedEvent, ImportedEvent, ...ImportedEvent[]];
const HOUR = 60 * 60 * 1000;
const start = new Date("2027-01-01T09:00:00Z");
const hour = (n: number) => new Date(start.getTime() + n * HOUR);

function outcome(events: ImportedEvent[], extra: Partial<FetchOutcome> = {}): FetchOutcome {
  return {
    complete: true,
    notModified: false,
    events,
    services: [],
    problems: [],
    deleted: [],
    kind: "ical",
    ...extra,
  };
}

/** Merges fetches one an hour, returning each result and its changes. */
function fetches(...outcomes: FetchOutcome[]) {
  let result: SourceResult = emptyResult("library", "https://library.example.org/events.ics");
  return outcomes.map((each, index) => {
    const merged = mergeFetch(result, each, hour(index));
    result = merged.result;
    return merged;
  });
}
const titles = (result: SourceResult) => result.events.map((kept) => kept.event.title);

describe("merging a fetch into what a source has given", () => {
  it("keeps every event read, each with a page address chosen once, and the fetch as a success", () => {
    const [first] = fetches(outcome([club, funDay], { etag: '"v1"' }));
    expect(first!.changes).toEqual({ added: 2, updated: 0, removed: 0 });
    expect(first!.result).toMatchObject({
      kind: "ical",
      lastFetchAt: hour(0).toISOString(),
      lastSuccessAt: hour(0).toISOString(),
      lastChangeAt: hour(0).toISOString(),
      etag: '"v1"',
      history: [{ at: hour(0).toISOString(), ok: true, events: 2, services: 0, problems: 0 }],
    });
    expect(first!.result.events.map((kept) => kept.slug)).toEqual([slugFor(club), slugFor(funDay)]);
    expect(slugFor(club)).toMatch(/^book-club-[0-9a-f]{5}$/);
  });

  it("changes nothing when the feed says the same, and updates an event in place, keeping its address", () => {
    const renamed = { ...club, title: "Tunstall book club" };
    const [first, same, changed] = fetches(outcome([club]), outcome([club]), outcome([renamed]));
    expect(same!.changes).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(same!.result.lastChangeAt).toBe(hour(0).toISOString());
    expect(changed!.changes).toEqual({ added: 0, updated: 1, removed: 0 });
    expect(changed!.result.events[0]).toMatchObject({
      slug: first!.result.events[0]!.slug,
      firstSeenAt: hour(0).toISOString(),
      changedAt: hour(2).toISOString(),
      event: { title: "Tunstall book club" },
    });
  });

  it("removes an event only after two successful fetches in a row without it", () => {
    const [, once, twice] = fetches(outcome([club, funDay]), outcome([club]), outcome([club]));
    expect(titles(once!.result)).toEqual(["Book club", "Family fun day in the park"]);
    expect(once!.result.events[1]!.missing).toBe(1);
    expect(once!.changes.removed).toBe(0);
    expect(titles(twice!.result)).toEqual(["Book club"]);
    expect(twice!.changes.removed).toBe(1);
  });

  it("starts counting again when a missing event comes back", () => {
    const [, , back, gone] = fetches(
      outcome([club, funDay]),
      outcome([club]),
      outcome([club, funDay]),
      outcome([club]),
    );
    expect(back!.result.events[1]!.missing).toBe(0);
    expect(titles(gone!.result)).toEqual(["Book club", "Family fun day in the park"]);
  });

  it("loses nothing when a fetch fails, and shows the source failing after three days of it", () => {
    const failed = outcome([], { complete: false, failure: "answered 500" });
    const results = fetches(outcome([club, funDay]), ...Array.from({ length: 72 }, () => failed));
    const after = results.at(-1)!.result;
    expect(titles(after)).toEqual(["Book club", "Family fun day in the park"]);
    expect(after.failingSince).toBe(hour(1).toISOString());
    expect(after.lastSuccessAt).toBe(hour(0).toISOString());
    expect(after.history.at(-1)).toEqual({
      at: hour(72).toISOString(),
      ok: false,
      events: 0,
      services: 0,
      problems: 0,
      reason: "answered 500",
    });
    expect(after.history).toHaveLength(72);
    expect(isFailing(results[48]!.result, hour(48))).toBe(false);
    expect(isFailing(after, hour(73))).toBe(true);
    const recovered = mergeFetch(after, outcome([club, funDay]), hour(74)).result;
    expect(recovered.failingSince).toBeUndefined();
    expect(isFailing(recovered, hour(74))).toBe(false);
  });

  it("does not count a fetch read only in part, or an empty one, toward removing anything", () => {
    const partial = outcome([club], { complete: false, problems: [{ source: "library", reason: "cut off" }] });
    const empty = outcome([]);
    const results = fetches(outcome([club, funDay]), partial, partial, empty, empty);
    for (const each of results.slice(1)) {
      expect(titles(each.result)).toEqual(["Book club", "Family fun day in the park"]);
      expect(each.result.events[1]!.missing).toBe(0);
    }
    expect(results[3]!.result.history.at(-1)!.reason).toBe("it gave nothing, so nothing was removed");
    expect(results[1]!.result.problems).toEqual([{ source: "library", reason: "cut off" }]);
  });

  it("keeps the last good copy of an event the feed still has but could not read this time", () => {
    const broken = outcome([club], {
      problems: [{ source: "library", uid: funDay.uid, line: 40, reason: "has no DTSTART" }],
    });
    const [, , last] = fetches(outcome([club, funDay]), broken, broken);
    expect(titles(last!.result)).toEqual(["Book club", "Family fun day in the park"]);
    expect(last!.result.events[1]!.event).toEqual(funDay);
  });

  it("counts a not-modified answer as a success that changes nothing", () => {
    const [first, unchanged] = fetches(outcome([club], { etag: '"v1"' }), outcome([], { notModified: true }));
    expect(unchanged!.changes).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(unchanged!.result.events).toEqual(first!.result.events);
    expect(unchanged!.result.etag).toBe('"v1"');
    expect(unchanged!.result.history.at(-1)).toMatchObject({ ok: true, events: 1 });
  });

  it("counts a not-modified answer after a fetch that lacked an event as the second fetch without it", () => {
    const [, lacking, unchanged] = fetches(
      outcome([club, funDay]),
      outcome([club]),
      outcome([], { notModified: true }),
    );
    expect(titles(lacking!.result)).toEqual(["Book club", "Family fun day in the park"]);
    expect(titles(unchanged!.result)).toEqual(["Book club"]);
    expect(unchanged!.changes.removed).toBe(1);
  });

  it("replaces no kept event with what a damaged read gave, but adds new ones from it", () => {
    const worse = { ...club, occurrences: club.occurrences.slice(0, 2), title: "Book club (cut off)" };
    const damaged = outcome([worse, halloween], {
      complete: false,
      problems: [{ source: "library", reason: "the calendar stops before END:VCALENDAR" }],
    });
    const [, after] = fetches(outcome([club]), damaged);
    expect(after!.result.events.map((kept) => kept.event)).toEqual([club, halloween]);
    expect(after!.changes).toEqual({ added: 1, updated: 0, removed: 0 });
  });

  it("keeps the last good copy of an event read with a fault of its own (an override it could not read)", () => {
    const partly = { ...club, title: "Book club without its changes" };
    const [, after] = fetches(
      outcome([club]),
      outcome([partly], { complete: false, problems: [{ source: "library", uid: club.uid, reason: "bad override" }] }),
    );
    expect(after!.result.events[0]!.event).toEqual(club);
  });

  it("removes at once what an RPDE feed says was deleted", () => {
    const [, after] = fetches(outcome([club, funDay]), outcome([club], { deleted: [funDay.uid] }));
    expect(titles(after!.result)).toEqual(["Book club"]);
    expect(after!.changes.removed).toBe(1);
  });

  it("sees a moved or cancelled date as a change, but not a window that moved on", () => {
    const later = { ...club, occurrences: club.occurrences.slice(1) };
    const moved = {
      ...club,
      occurrences: club.occurrences.map((occurrence, index) =>
        index === 3 ? { ...occurrence, status: "cancelled" as const } : occurrence,
      ),
    };
    const [, windowMoved, cancelled] = fetches(outcome([club]), outcome([later]), outcome([moved]));
    expect(windowMoved!.changes.updated).toBe(0);
    expect(cancelled!.changes.updated).toBe(1);
  });

  it("keeps a source's problems to the first fifty, with the count of all", () => {
    const problems = Array.from({ length: 120 }, (_, index) => ({ source: "library", reason: `problem ${index}` }));
    const [first] = fetches(outcome([halloween], { problems }));
    expect(first!.result.problems).toHaveLength(50);
    expect(first!.result.problemCount).toBe(120);
  });
});
