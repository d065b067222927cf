/** Short labels for listings: cost, access, audiences. Pure, so pages and feeds say the same thing. */
import type { Event, Service } from "../domain";
import { ACCESSIBILITY_LABELS, AUDIENCE_LABELS, CATEGORY_LABELS, type Audience, type Category } from "../domain/vocab";

/**
 * What an event costs, in a few words.
 * @example costLabel({ isAccessibleForFree: false, price: "£3", payWhatYouCan: false }) // "£3"
 */
export function costLabel(event: Pick<Event, "isAccessibleForFree" | "price" | "payWhatYouCan">): string {
  if (event.isAccessibleForFree) return "Free";
  if (event.payWhatYouCan) return event.price ? `Pay what you can (${event.price})` : "Pay what you can";
  return event.price ?? "Ask the organiser";
}

/** True when an event costs nothing or asks people to pay what they can. */
export function isFreeOrLowCost(event: Pick<Event, "isAccessibleForFree" | "payWhatYouCan">): boolean {
  return event.isAccessibleForFree || event.payWhatYouCan;
}

/**
 * What a service costs, in a few words.
 * @example serviceCostLabel({ is_free: true, cost_options: [] }) // "Free"
 */
export function serviceCostLabel(service: Pick<Service, "is_free" | "cost_options">): string {
  if (service.is_free) return "Free";
  return service.cost_options.map((option) => option.amount_description).join("; ");
}

/** Labels for a list of categories, in the order given. */
export function categoryLabels(categories: readonly Category[]): string[] {
  return categories.map((category) => CATEGORY_LABELS[category]);
}

/** Labels for a list of audiences, in the order given. */
export function audienceLabels(audiences: readonly Audience[]): string[] {
  return audiences.map((audience) => AUDIENCE_LABELS[audience]);
}

/** Labels for accessibility features, in the order given. */
export function accessibilityLabels(features: readonly (keyof typeof ACCESSIBILITY_LABELS)[]): string[] {
  return features.map((feature) => ACCESSIBILITY_LABELS[feature]);
}

/**
 * An age range in words.
 * @example ageRangeLabel({ minValue: 11, maxValue: 18 }) // "Ages 11 to 18"
 */
export function ageRangeLabel(range: Event["ageRange"]): string | undefined {
  if (!range) return undefined;
  const { minValue, maxValue } = range;
  if (minValue !== undefined && maxValue !== undefined) return `Ages ${minValue} to ${maxValue}`;
  if (minValue !== undefined) return `Ages ${minValue} and over`;
  if (maxValue !== undefined) return `Ages ${maxValue} and under`;
  return undefined;
}
