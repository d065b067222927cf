import { describe, expect, it } from "vitest";
import type { Gap } from "../areas/fairness";
import { messagesFor } from "./messages";
import { hrefIn, isTranslatedPath } from "./routes";

const freeForFamilies: Pick<Gap, "kind" | "audience"> = { kind: "freeFor", audience: "families" };

describe("each ward's gaps in words", () => {
  it("says them in English as the page always has", () => {
    const { wards } = messagesFor("en").areas;
    expect(wards.gap(freeForFamilies, 30)).toBe("No free events for families in the next 30 days");
    expect(wards.gap({ kind: "beforeDark" }, 30)).toBe("No events that finish before dark in the next 30 days");
    expect(wards.gapWards(["Meir South"], 34)).toBe("in 1 ward: Meir South.");
    expect(wards.gapWards(["Meir South", "Tunstall"], 34)).toBe("in 2 wards: Meir South, Tunstall.");
    expect(
      wards.gapWards(
        Array.from({ length: 34 }, () => "x"),
        34,
      ),
    ).toBe("in any of the 34 wards.");
  });

  it("counts wards and days in Polish by its four plural forms", () => {
    const { wards } = messagesFor("pl").areas;
    expect(wards.gap(freeForFamilies, 30)).toBe("Brak bezpłatnych wydarzeń dla rodzin w ciągu najbliższych 30 dni");
    expect(wards.gap({ kind: "free" }, 1)).toBe("Brak bezpłatnych wydarzeń w ciągu najbliższego 1 dnia");
    expect(wards.gapWards(["Meir South"], 34)).toBe("w 1 okręgu: Meir South.");
    expect(wards.gapWards(["Meir South", "Tunstall", "Bentilee"], 34)).toBe(
      "w 3 okręgach: Meir South, Tunstall, Bentilee.",
    );
    expect(
      wards.gapWards(
        Array.from({ length: 34 }, () => "x"),
        34,
      ),
    ).toBe("we wszystkich 34 okręgach.");
  });

  it("counts wards and days in Arabic by its six plural forms, with Western digits", () => {
    const { wards } = messagesFor("ar").areas;
    expect(wards.gap(freeForFamilies, 30)).toBe("لا فعاليات مجانية للعائلات خلال الـ30 يومًا القادمة");
    expect(wards.gap({ kind: "events" }, 7)).toBe("لا فعاليات على الإطلاق خلال الأيام الـ7 القادمة");
    expect(wards.gapWards(["Meir South"], 34)).toBe("في دائرة واحدة: Meir South.");
    expect(wards.gapWards(["Meir South", "Tunstall"], 34)).toBe("في دائرتين: Meir South، Tunstall.");
    expect(wards.gapWards(["A", "B", "C"], 34)).toBe("في 3 دوائر: A، B، C.");
    expect(
      wards.gapWards(
        Array.from({ length: 11 }, (_, i) => `W${i}`),
        34,
      ),
    ).toMatch(/^في 11 دائرة: W0، /);
  });

  it("counts in Romanian with 'de' from twenty on", () => {
    const { wards } = messagesFor("ro").areas;
    expect(wards.gap({ kind: "buddyUp" }, 30)).toBe("Niciun eveniment cu Buddy-up în următoarele 30 de zile");
    expect(wards.gapWards(["A", "B"], 34)).toBe("în 2 circumscripții: A, B.");
  });
});

describe("a town's counts", () => {
  it("say each count in the right plural form", () => {
    expect(messagesFor("en").areas.index.counts(1, 30, 2, 1)).toBe(
      "1 event in the next 30 days · 2 services · 1 place",
    );
    expect(messagesFor("pl").areas.index.counts(5, 30, 2, 22)).toBe(
      "5 wydarzeń w ciągu najbliższych 30 dni · 2 usługi · 22 miejsca",
    );
    expect(messagesFor("ar").areas.index.counts(2, 30, 0, 12)).toBe(
      "فعاليتان خلال الـ30 يومًا القادمة · لا خدمات · 12 مكانًا",
    );
  });
});

describe("the directory's pages in every language", () => {
  it("links groups, places, services and areas in the page's language", () => {
    expect(hrefIn("ur", "/groups/hanley-health-walks/")).toBe("/ur/groups/hanley-health-walks/");
    expect(hrefIn("ar", "/areas/wards/by/free/")).toBe("/ar/areas/wards/by/free/");
    expect(hrefIn("ro", "/services/")).toBe("/ro/services/");
    expect(hrefIn("pl", "/places/hanley-park/")).toBe("/pl/places/hanley-park/");
  });

  it("keeps the wards' CSV at its one address", () => {
    expect(isTranslatedPath("/areas/wards.csv")).toBe(false);
    expect(hrefIn("ar", "/areas/wards.csv")).toBe("/areas/wards.csv");
  });
});
