import { describe, expect, it } from "vitest";
import { ageRangeLabel, costLabel, isFreeOrLowCost, serviceCostLabel } from "./labels";

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
