import { describe, expect, it } from "vitest";
import { knownPlaces } from "../../../netlify/lib/content-files";
import type { ImportedEvent } from "./model";
import { isOnlineLocation, matchPlace, placeByRule, placesToAdd, type KnownPlace } from "./places";

// The site's own places, as the importer sees them.
const places: KnownPlace[] = knownPlaces(".");
const place = (id: string) => places.find((each) => each.id === id)!;

describe("matching a feed's location to a known place", () => {
  it("matches the place's name written in the location text", () => {
    expect(matchPlace({ text: "Tunstall Library, The Boulevard, Tunstall, Stoke-on-Trent ST6 6BW, UK" }, places)).toBe(
      "tunstall-library",
    );
    expect(matchPlace({ text: "longton library" }, places)).toBe("longton-library");
  });

  it("matches either name of a place known by two, and prefers the longest name found", () => {
    expect(matchPlace({ text: "Tunstall Park, Stoke-on-Trent ST6 5PZ" }, places)).toBe("tunstall-park");
    expect(matchPlace({ text: "Victoria Park, Tunstall" }, places)).toBe("tunstall-park");
    expect(matchPlace({ text: "Caldon Canal towpath through Hanley Park, by the boathouse" }, places)).toBe(
      "caldon-canal-hanley-park",
    );
  });

  it("matches coordinates within a short walk, before any text", () => {
    const library = place("tunstall-library");
    const nearby = { lat: library.geo!.lat + 0.0003, lng: library.geo!.lng };
    expect(matchPlace({ geo: nearby, text: "Somewhere else entirely" }, places)).toBe("tunstall-library");
    const farAway = { lat: library.geo!.lat + 0.01, lng: library.geo!.lng };
    expect(matchPlace({ geo: farAway }, places)).toBeUndefined();
  });

  it("lets the text choose between places at the same spot, and guesses neither when it cannot", () => {
    const park = place("hanley-park");
    expect(place("caldon-canal-hanley-park").geo).toEqual(park.geo);
    expect(matchPlace({ geo: park.geo!, text: "Hanley Park" }, places)).toBe("hanley-park");
    expect(matchPlace({ geo: park.geo!, text: "Caldon Canal towpath through Hanley Park" }, places)).toBe(
      "caldon-canal-hanley-park",
    );
    expect(matchPlace({ geo: park.geo!, text: "Tunstall Library" }, places)).toBeUndefined();
    expect(matchPlace({ geo: park.geo! }, places)).toBeUndefined();
  });

  it("matches the only place with a postcode, and refuses a name whose postcode disagrees", () => {
    const withPostcode = places.filter((each) => each.postcode);
    const unique = withPostcode.find(
      (each) => withPostcode.filter((other) => other.postcode === each.postcode).length === 1,
    )!;
    expect(matchPlace({ text: "Side entrance", postcode: unique.postcode! }, places)).toBe(unique.id);
    expect(matchPlace({ text: `${unique.name}, far away`, postcode: "ZZ9 9ZZ" }, places)).toBeUndefined();
  });

  it("matches a name that is mostly a town's name only whole: Stoke Library is not every library", () => {
    expect(matchPlace({ text: "Stoke Library, Stoke-on-Trent" }, places)).toBe("stoke-library");
    expect(matchPlace({ text: "Burslem Library, Market Place" }, places)).toBeUndefined();
  });

  it("matches the only place whose street address is in the text, and none when two share it", () => {
    expect(matchPlace({ text: "Upstairs room, Bagnall Street, Hanley" }, places)).toBe(
      places.find((each) => each.address === "Bagnall Street, Hanley")!.id,
    );
    expect(places.filter((each) => each.address === "Lower Bedford Street, Etruria")).toHaveLength(2);
    expect(matchPlace({ text: "Side door, Lower Bedford Street, Etruria" }, places)).toBeUndefined();
    // One word of an address ("Hem Heath" is two, "Piccadilly" one) says too little.
    expect(matchPlace({ text: "Piccadilly" }, places)).toBeUndefined();
  });

  it("leaves an unknown location unmatched rather than guess", () => {
    expect(matchPlace({ text: "Microsoft Teams Meeting" }, places)).toBeUndefined();
    expect(matchPlace({ text: "The Park" }, places)).toBeUndefined();
    expect(matchPlace({}, places)).toBeUndefined();
  });
});

describe("telling an online meeting from a place", () => {
  it("knows meeting links and the names calendars give online meetings", () => {
    for (const text of ["Microsoft Teams Meeting", "Zoom", "online", " https://meet.example.org/abc-defg "]) {
      expect(isOnlineLocation(text)).toBe(true);
    }
  });

  it("takes a place with online in its name, or an address with a link, for a place", () => {
    for (const text of ["Online Centre, Hanley", "The Red Lion (see https://example.org)", ""]) {
      expect(isOnlineLocation(text)).toBe(false);
    }
  });
});

describe("placing an event by its source's rule", () => {
  const event = (location: ImportedEvent["location"], place?: string): ImportedEvent => ({
    key: "s#1",
    uid: "1",
    source: "s",
    title: "Quiz",
    status: "scheduled",
    allDay: false,
    start: "2027-03-01T19:00:00+00:00",
    end: "2027-03-01T21:00:00+00:00",
    location,
    ...(place ? { place } : {}),
    occurrences: [],
  });

  it("matches the feed's location, and keeps one that matches nothing without a place", () => {
    expect(placeByRule(event({ text: "Longton Library" }), {}, places).place).toBe("longton-library");
    const unmatched = placeByRule(event({ text: "The Red Lion, Hanley" }), { place: "tunstall-library" }, places);
    expect(unmatched.place).toBeUndefined();
    expect(unmatched.location.text).toBe("The Red Lion, Hanley");
  });

  it("gives the source's place only when the feed says nowhere, or always with default-place", () => {
    expect(placeByRule(event({}), { place: "tunstall-library" }, places).place).toBe("tunstall-library");
    const rule = { location: "default-place" as const, place: "tunstall-library" };
    expect(placeByRule(event({ text: "Longton Library" }), rule, places).place).toBe("tunstall-library");
  });

  it("makes an online source's events online, whatever the feed says", () => {
    const online = placeByRule(event({ text: "Longton Library" }, "longton-library"), { location: "online" }, places);
    expect(online.place).toBeUndefined();
    expect(online.location).toEqual({ text: "Online" });
  });

  it("matches again against the places known now: a place added since, or one removed", () => {
    const before = places.filter((each) => each.id !== "longton-library");
    const read = placeByRule(event({ text: "Longton Library" }), {}, before);
    expect(read.place).toBeUndefined();
    expect(placeByRule(read, {}, places).place).toBe("longton-library");
    expect(placeByRule(event({ text: "Longton Library" }, "longton-library"), {}, before).place).toBeUndefined();
  });
});

describe("places to add", () => {
  const at = (text: string | undefined, postcode?: string): ImportedEvent => ({
    key: `s#${text}`,
    uid: String(text),
    source: "s",
    title: "Quiz",
    status: "scheduled",
    allDay: false,
    start: "2027-03-01T19:00:00+00:00",
    end: "2027-03-01T21:00:00+00:00",
    location: { ...(text ? { text } : {}), ...(postcode ? { postcode } : {}) },
    occurrences: [],
  });

  it("lists each unmatched location once, as the page shows it, with its postcode and events, most first", () => {
    const events = [
      at("The Red Lion,\n Hanley"),
      at("Fenton Scout Hut, ST4 9ZZ", "ST4 9ZZ"),
      at("the red lion, hanley"),
      at("Longton Library"),
      at("Microsoft Teams Meeting"),
      at(undefined),
    ];
    expect(placesToAdd(events, { place: "tunstall-library" }, places)).toEqual([
      { text: "The Red Lion, Hanley", events: 2 },
      { text: "Fenton Scout Hut, ST4 9ZZ", postcode: "ST4 9ZZ", events: 1 },
    ]);
  });

  it("has none for a source whose events are online or always at its place", () => {
    expect(placesToAdd([at("The Red Lion")], { location: "online" }, places)).toEqual([]);
    expect(placesToAdd([at("The Red Lion")], { location: "default-place", place: "tunstall-library" }, places)).toEqual(
      [],
    );
  });
});
