import { describe, expect, it } from "vitest";
import { LISTING_LANG, listingLang, listingText } from "./listing-lang";

describe("the language a listing is written in", () => {
  it("is British English unless the listing names its own", () => {
    expect(listingLang()).toBe(LISTING_LANG);
    expect(listingLang({})).toBe("en-GB");
    expect(listingLang({ language: " " })).toBe("en-GB");
    expect(listingLang({ language: "pl" })).toBe("pl");
  });

  it("marks nothing on a page in the listing's own language", () => {
    expect(listingText("en")).toEqual({});
    expect(listingText("pl", "pl")).toEqual({});
  });

  it("marks English text with its language on a page in another language, and its direction on a right-to-left page", () => {
    expect(listingText("pl")).toEqual({ lang: "en-GB" });
    expect(listingText("ro")).toEqual({ lang: "en-GB" });
    expect(listingText("ur")).toEqual({ lang: "en-GB", dir: "ltr" });
    expect(listingText("ar")).toEqual({ lang: "en-GB", dir: "ltr" });
  });

  it("marks Arabic text on an English page as right to left, and not on an Urdu page", () => {
    expect(listingText("en", "ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(listingText("ur", "ar")).toEqual({ lang: "ar" });
  });
});
