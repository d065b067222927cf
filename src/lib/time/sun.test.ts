import { describe, expect, it } from "vitest";
import { CITY_CENTRE, sunsetAt } from "./sun";

describe("sunsetAt", () => {
  it("is after 21:00 BST at midsummer in Stoke", () => {
    const sunset = sunsetAt("2027-06-21", CITY_CENTRE);
    expect(sunset.offset).toBe(60);
    expect(sunset.toFormat("yyyy-MM-dd")).toBe("2027-06-21");
    expect(sunset.hour).toBe(21);
  });

  it("is before 16:00 GMT in December in Stoke", () => {
    const sunset = sunsetAt("2026-12-05", CITY_CENTRE);
    expect(sunset.offset).toBe(0);
    expect(sunset.toFormat("yyyy-MM-dd")).toBe("2026-12-05");
    expect(sunset.hour).toBe(15);
  });

  it("falls on the date asked for, on the day the clocks go forward", () => {
    expect(sunsetAt("2027-03-28", CITY_CENTRE).toFormat("yyyy-MM-dd HH")).toBe("2027-03-28 19");
  });
});
