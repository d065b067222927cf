import { describe, expect, it } from "vitest";
import { readCollectionFiles } from "../../../netlify/lib/content-files";
import { matchPlace, type KnownPlace } from "./places";

// The site's own places, as the importer sees them.
const places: KnownPlace[] = readCollectionFiles(".", "places").listings.map(({ id, data }) => ({
  id,
  name: data.name,
  ...(data.address ? { address: data.address } : {}),
  ...(data.postcode ? { postcode: data.postcode } : {}),
  ...(data.geo ? { geo: data.geo } : {}),
}));
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

  it("leaves an unknown location unmatched rather than guess", () => {
    expect(matchPlace({ text: "Microsoft Teams Meeting" }, places)).toBeUndefined();
    expect(matchPlace({ text: "The Park" }, places)).toBeUndefined();
    expect(matchPlace({}, places)).toBeUndefined();
  });
});
