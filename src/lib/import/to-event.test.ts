import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { EventSchema, LOCATION_TEXT_MAX } from "../domain/event";
import { SourceSchema } from "../domain/source";
import type { KeptEvent } from "./merge";
import type { ImportedEvent } from "./model";
import { toSiteEvent } from "./to-event";

const window = {
  from: DateTime.fromISO("2027-03-01T00:00", { zone: "Europe/London" }),
  to: DateTime.fromISO("2028-03-01T00:00", { zone: "Europe/London" }),
};

const source = (fields: Record<string, unknown> = {}) => ({
  id: "carers",
  checkedAt: "2027-03-01T10:00:00.000Z",
  data: SourceSchema.parse({
    name: "Carers' calendar",
    url: "https://example.org/carers.ics",
    group: "tunstall-neighbours",
    categories: ["advice-support"],
    free: true,
    trusted: true,
    lastChecked: "2027-03-01",
    ...fields,
  }),
});

const kept = (event: Partial<ImportedEvent>): KeptEvent => ({
  event: {
    key: "carers#1",
    uid: "1",
    source: "carers",
    title: "Carers' café",
    status: "scheduled",
    allDay: false,
    start: "2027-03-10T10:00:00+00:00",
    end: "2027-03-10T12:00:00+00:00",
    location: {},
    occurrences: [],
    ...event,
  },
  slug: "carers-cafe-1a2b3",
  hash: "x",
  firstSeenAt: "2027-03-01T10:00:00.000Z",
  lastSeenAt: "2027-03-01T10:00:00.000Z",
  changedAt: "2027-03-01T10:00:00.000Z",
  missing: 0,
});

/** The listing's event, parsed as the build parses it, or the reason it is left out. */
function listed(event: Partial<ImportedEvent>, fields?: Record<string, unknown>) {
  const result = toSiteEvent(kept(event), source(fields), { window });
  return result.ok ? EventSchema.parse(result.fields) : result.reason;
}

describe("where an imported event is", () => {
  it("is the known place its location matched", () => {
    expect(listed({ place: "tunstall-library", location: { text: "Tunstall Library" } })).toMatchObject({
      place: "tunstall-library",
      online: false,
    });
  });

  it("is the location as the feed writes it, on one line, when it matched no place", () => {
    const event = listed({ location: { text: "  Back room,\n The Red Lion,  Hanley  ", postcode: "ST1 1AA" } });
    expect(event).toMatchObject({ locationText: "Back room, The Red Lion, Hanley" });
    expect(typeof event === "object" && event.place).toBeUndefined();
  });

  it("cuts a long location to the schema's limit, at a word", () => {
    const long = `Community room, ${"Upper Floor, ".repeat(30)}Hanley`;
    const event = listed({ location: { text: long } });
    const text = typeof event === "object" ? event.locationText! : "";
    expect(text.length).toBeLessThanOrEqual(LOCATION_TEXT_MAX);
    expect(text.startsWith("Community room, Upper Floor,")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
  });

  it("is online for a source whose events are online, whatever the feed says", () => {
    expect(listed({ location: { text: "Online" } }, { location: "online" })).toMatchObject({ online: true });
    const event = listed({ location: { text: "Online" } }, { location: "online" });
    expect(typeof event === "object" && [event.place, event.locationText]).toEqual([undefined, undefined]);
  });

  it("is online when the feed's location is a meeting, with its link as where to join", () => {
    expect(listed({ location: { text: "Microsoft Teams Meeting" } })).toMatchObject({ online: true });
    expect(listed({ location: { text: "https://meet.example.org/carers" } })).toMatchObject({
      online: true,
      url: "https://meet.example.org/carers",
    });
    expect(
      listed({ url: "https://carers.example.org/cafe", location: { text: "https://meet.example.org/carers" } }),
    ).toMatchObject({ online: true, url: "https://carers.example.org/cafe" });
  });

  it("is left out, with the reason, when the feed gives no location and the source no place", () => {
    expect(listed({ location: {} })).toBe("it says nowhere where it happens, and its source gives no place");
    expect(listed({ location: { text: " <> " } })).toBe(
      "it says nowhere where it happens, and its source gives no place",
    );
  });
});
