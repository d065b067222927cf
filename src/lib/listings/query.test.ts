import { describe, expect, it } from "vitest";
import { toDateRange } from "./date-range";
import { parseListingQuery, toListingFilter, toSearchParams } from "./query";
import { parseLocal } from "../time/zone";

const parse = (text: string, allowed?: Parameters<typeof parseListingQuery>[1]) =>
  parseListingQuery(new URLSearchParams(text), allowed);

describe("parseListingQuery", () => {
  it("reads a whole finder search", () => {
    expect(parse("when=weekend&town=hanley&free=1&dark=1&access=step-free,hearing-loop&q=yoga")).toEqual({
      ok: true,
      query: {
        when: "weekend",
        town: "hanley",
        free: true,
        beforeDark: true,
        accessibility: ["step-free", "hearing-loop"],
        q: "yoga",
      },
    });
  });

  it("names every unknown or malformed parameter", () => {
    const result = parse("town=newcastle&colour=red&free=maybe");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.param)).toEqual(["town", "colour", "free"]);
    expect(result.problems[0]?.message).toMatch(/must be one of: tunstall, burslem/);
  });

  it("points a category that is really an audience at the audience parameter", () => {
    const result = parse("category=family");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/try audience=families/);
  });

  it("refuses fields an address does not accept", () => {
    const result = parse("q=yoga&town=hanley", ["town", "free"]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/It accepts: town, free/);
  });

  it("refuses impossible dates and dates out of order", () => {
    expect(parse("from=2027-02-30").ok).toBe(false);
    const result = parse("from=2027-03-10&to=2027-03-01");
    expect(result.ok).toBe(false);
  });

  it("needs a position for a distance", () => {
    expect(parse("within=2").ok).toBe(false);
    expect(parse("near=53.0232,-2.1751&within=2")).toEqual({
      ok: true,
      query: { near: { lat: 53.0232, lng: -2.1751 }, within: 2 },
    });
  });

  it("treats free=0 as not asking for free", () => {
    expect(parse("free=0")).toEqual({ ok: true, query: {} });
  });
});

describe("parseListingQuery's problems", () => {
  it("lists at most ten, counting the rest, and quotes an unknown name at most 40 characters long", () => {
    const long = "n".repeat(10_000);
    const params = new URLSearchParams([[long, "1"], ...Array.from({ length: 30 }, (_, i) => [`p${i}`, "1"])]);
    const result = parseListingQuery(params);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(10);
    expect(result.problems[0]!.param).toBe(`${"n".repeat(39)}…`);
    expect(result.problems[0]!.message.length).toBeLessThan(400);
    expect(result.problems[9]).toEqual({ param: "…", message: "…and 22 more problems of the same kinds." });
  });

  it("lists every problem when there are ten or fewer", () => {
    const result = parseListingQuery(new URLSearchParams("town=narnia&free=maybe&colour=blue"));
    expect(result.ok ? [] : result.problems.map((problem) => problem.param)).toEqual(["town", "free", "colour"]);
  });
});

describe("toSearchParams", () => {
  it("round-trips a query in a stable order", () => {
    const text = "when=weekend&town=burslem&audience=families&free=1&dark=1&access=bsl";
    const result = parse(text);
    expect(result.ok && toSearchParams(result.query).toString()).toBe(text);
  });
});

describe("toListingFilter", () => {
  it("keeps only what filters listings", () => {
    expect(toListingFilter({ q: "yoga", town: "fenton", free: true, when: "today" })).toMatchObject({
      town: "fenton",
      free: true,
    });
  });
});

describe("toDateRange", () => {
  const friday = parseLocal("2027-03-26T15:30");
  it("gives the coming weekend on a Friday", () => {
    const range = toDateRange({ when: "weekend" }, friday);
    expect(range?.from.toISO()).toBe("2027-03-27T00:00:00.000+00:00");
    // The clocks go forward on Sunday 28 March: Monday midnight is in summer time.
    expect(range?.to.toISO()).toBe("2027-03-29T00:00:00.000+01:00");
  });
  it("turns chosen dates into whole local days", () => {
    const range = toDateRange({ from: "2027-04-01", to: "2027-04-02" }, friday);
    expect(range?.from.toISO()).toBe("2027-04-01T00:00:00.000+01:00");
    expect(range?.to.toISO()).toBe("2027-04-03T00:00:00.000+01:00");
  });
  it("is any time when nothing is chosen", () => {
    expect(toDateRange({}, friday)).toBeUndefined();
  });
});
