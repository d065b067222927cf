import { describe, expect, it } from "vitest";
import {
  accessibilityLabels,
  ageRangeLabel,
  audienceLabels,
  categoryLabels,
  costLabel,
  isFreeOrLowCost,
  serviceCostLabel,
} from "./labels";

describe("costLabel", () => {
  it("says Free for a free event", () => {
    expect(costLabel({ isAccessibleForFree: true, price: undefined, payWhatYouCan: false })).toBe("Free");
  });
  it("shows the price text of a paid event", () => {
    expect(costLabel({ isAccessibleForFree: false, price: "£3, £2 concessions", payWhatYouCan: false })).toBe(
      "£3, £2 concessions",
    );
  });
  it("says pay what you can, with a suggested price when there is one", () => {
    expect(costLabel({ isAccessibleForFree: false, price: undefined, payWhatYouCan: true })).toBe("Pay what you can");
    expect(costLabel({ isAccessibleForFree: false, price: "£2 suggested", payWhatYouCan: true })).toBe(
      "Pay what you can (£2 suggested)",
    );
  });
  it("counts pay-what-you-can as low cost but not a paid event", () => {
    expect(isFreeOrLowCost({ isAccessibleForFree: false, payWhatYouCan: true })).toBe(true);
    expect(isFreeOrLowCost({ isAccessibleForFree: false, payWhatYouCan: false })).toBe(false);
  });
});

describe("serviceCostLabel", () => {
  it("joins the cost options of a paid service", () => {
    expect(
      serviceCostLabel({
        is_free: false,
        cost_options: [{ amount_description: "£1 a visit" }, { amount_description: "Free for carers" }],
      }),
    ).toBe("£1 a visit; Free for carers");
  });
});

describe("ageRangeLabel", () => {
  it("describes open and closed ranges", () => {
    expect(ageRangeLabel({ minValue: 11, maxValue: 18 })).toBe("Ages 11 to 18");
    expect(ageRangeLabel({ minValue: 18 })).toBe("Ages 18 and over");
    expect(ageRangeLabel(undefined)).toBeUndefined();
  });
});

describe("labels in the page's language", () => {
  it("says free, pay what you can and ask the organiser in another language, keeping the organiser's price", () => {
    expect(costLabel({ isAccessibleForFree: true, price: undefined, payWhatYouCan: false }, "pl")).toBe("Bezpłatne");
    expect(costLabel({ isAccessibleForFree: false, price: "£2 suggested", payWhatYouCan: true }, "ro")).toBe(
      "Plătești cât poți (£2 suggested)",
    );
    expect(costLabel({ isAccessibleForFree: false, price: undefined, payWhatYouCan: false }, "ur")).toBe(
      "منتظم سے پوچھیں",
    );
    expect(costLabel({ isAccessibleForFree: false, price: "£3", payWhatYouCan: false }, "ar")).toBe("£3");
    expect(serviceCostLabel({ is_free: true, cost_options: [] }, "ar")).toBe("مجاني");
  });

  it("writes an age range in another language", () => {
    expect(ageRangeLabel({ minValue: 11, maxValue: 18 }, "pl")).toBe("Wiek od 11 do 18 lat");
    expect(ageRangeLabel({ maxValue: 5 }, "ro")).toBe("Până la 5 ani");
  });

  it("names categories, audiences and access in another language, and in English by default", () => {
    expect(categoryLabels(["food-drink"], "pl")).toEqual(["Jedzenie i picie"]);
    expect(audienceLabels(["families", "children"], "ur")).toEqual(["خاندان", "بچے"]);
    expect(accessibilityLabels(["step-free"], "ro")).not.toEqual(accessibilityLabels(["step-free"]));
    expect(categoryLabels(["food-drink"])).toEqual(["Food and drink"]);
    expect(audienceLabels(["families"])).toEqual(["Families"]);
  });
});
