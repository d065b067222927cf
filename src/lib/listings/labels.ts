/**
 * Short labels for listings: cost, access, audiences. Pure, so pages and feeds say the same thing. English unless
 * asked otherwise, so feeds and open data stay in English while pages say them in the page's language.
 */
import type { Event, Service } from "../domain";
import type { ACCESSIBILITY_LABELS, Audience, Category } from "../domain/vocab";
import type { Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import { describeCost, type RecordCost } from "../search/record";

/**
 * What an event costs, in a few words. The organiser's own price text is kept as they wrote it.
 * @example costLabel({ isAccessibleForFree: false, price: "£3", payWhatYouCan: false }) // "£3"
 * @example costLabel({ isAccessibleForFree: true, price: undefined, payWhatYouCan: false }, "pl") // "Bezpłatne"
 */
export function costLabel(
  event: Pick<Event, "isAccessibleForFree" | "price" | "payWhatYouCan">,
  locale: Locale = "en",
): string {
  return describeCost(eventCost(event), messagesFor(locale).listing.cost);
}

/** What an event costs, as a kind and its own price words. */
export function eventCost(event: Pick<Event, "isAccessibleForFree" | "price" | "payWhatYouCan">): RecordCost {
  if (event.isAccessibleForFree) return { kind: "free" };
  if (event.payWhatYouCan) return { kind: "pay-what-you-can", price: event.price };
  return event.price ? { kind: "price", price: event.price } : { kind: "ask" };
}

/** True when an event costs nothing or asks people to pay what they can. */
export function isFreeOrLowCost(event: Pick<Event, "isAccessibleForFree" | "payWhatYouCan">): boolean {
  return event.isAccessibleForFree || event.payWhatYouCan;
}

/**
 * What a service costs, in a few words.
 * @example serviceCostLabel({ is_free: true, cost_options: [] }) // "Free"
 */
export function serviceCostLabel(service: Pick<Service, "is_free" | "cost_options">, locale: Locale = "en"): string {
  const cost = serviceCost(service);
  return cost ? describeCost(cost, messagesFor(locale).listing.cost) : "";
}

/** What a service costs, as a kind and its own price words; nothing when it names no cost. */
export function serviceCost(service: Pick<Service, "is_free" | "cost_options">): RecordCost | undefined {
  if (service.is_free) return { kind: "free" };
  const price = service.cost_options.map((option) => option.amount_description).join("; ");
  return price ? { kind: "price", price } : undefined;
}

/** Labels for a list of categories, in the order given. */
export function categoryLabels(categories: readonly Category[], locale: Locale = "en"): string[] {
  const labels = messagesFor(locale).vocab.category;
  return categories.map((category) => labels[category]);
}

/** Labels for a list of audiences, in the order given. */
export function audienceLabels(audiences: readonly Audience[], locale: Locale = "en"): string[] {
  const labels = messagesFor(locale).vocab.audience;
  return audiences.map((audience) => labels[audience]);
}

/** Labels for accessibility features, in the order given. */
export function accessibilityLabels(
  features: readonly (keyof typeof ACCESSIBILITY_LABELS)[],
  locale: Locale = "en",
): string[] {
  const labels = messagesFor(locale).vocab.accessibility;
  return features.map((feature) => labels[feature]);
}

/**
 * An age range in words.
 * @example ageRangeLabel({ minValue: 11, maxValue: 18 }) // "Ages 11 to 18"
 */
export function ageRangeLabel(range: Event["ageRange"], locale: Locale = "en"): string | undefined {
  if (!range) return undefined;
  const words = messagesFor(locale).listing.ages;
  const { minValue, maxValue } = range;
  if (minValue !== undefined && maxValue !== undefined) return words.range(minValue, maxValue);
  if (minValue !== undefined) return words.andOver(minValue);
  if (maxValue !== undefined) return words.andUnder(maxValue);
  return undefined;
}
