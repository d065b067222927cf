/**
 * The feed builder with JavaScript: the form's choices become the custom feed's address in place,
 * with the events it holds in the coming weeks. Without JavaScript the same form goes to /calendar/link/.
 * Its words come from the page, in the page's language, as JSON in the `#feed-words` script element.
 */
import type { AccessibilityFeature, Audience, Category, Language, Town } from "../lib/domain/vocab";
import { matchesFilter, type Filterable, type ListingFilter } from "../lib/listings/filters";
import type { ListingQuery } from "../lib/listings/query";
import { describeFeedIn, describeMatchesIn, FEED_PREVIEW_SHOWN, type FeedWords } from "../lib/ical/describe-feed";

interface Listed extends Filterable {
  eventId: string;
  title: string;
  when: string;
  placeName: string;
  /** Held online: `placeName` is the page language's word for it, not a place's own name. */
  online: boolean;
  status: string;
}

const FEED_PATH = "/api/calendar.ics";

/** The form's choices as the feed's query; the form offers only valid values. */
function readForm(form: HTMLFormElement): { params: URLSearchParams; query: ListingQuery } {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const access = data.getAll("access").filter((value): value is string => typeof value === "string");
  const query: ListingQuery = {
    town: text("town") as Town | undefined,
    ward: text("ward"),
    category: text("category") as Category | undefined,
    audience: text("audience") as Audience | undefined,
    free: data.has("free") || undefined,
    beforeDark: data.has("dark") || undefined,
    accessibility: access.length > 0 ? (access as AccessibilityFeature[]) : undefined,
    buddyUp: data.has("buddy") || undefined,
    language: text("language") as Language | undefined,
  };
  const params = new URLSearchParams();
  const set = (name: string, value: string | boolean | undefined) => {
    if (value !== undefined) params.set(name, value === true ? "1" : String(value));
  };
  set("town", query.town);
  set("ward", query.ward);
  set("category", query.category);
  set("audience", query.audience);
  set("free", query.free);
  set("dark", query.beforeDark);
  if (query.accessibility) params.set("access", query.accessibility.join(","));
  set("buddy", query.buddyUp);
  set("language", query.language);
  return { params, query };
}

let listed: Promise<Listed[]> | undefined;

function loadListed(words: FeedWords): Promise<Listed[]> {
  listed ??= fetch(words.dataPath).then((response) => (response.ok ? response.json() : []));
  return listed;
}

function eventItem(doc: Document, words: FeedWords, item: Listed): HTMLLIElement {
  const li = doc.createElement("li");
  const link = doc.createElement("a");
  link.href = `${words.eventsPath}${item.eventId}/`;
  link.textContent = item.title;
  // The event's own words and its place's name are as written (English); its date is in the page's language.
  const place = doc.createElement("span");
  place.textContent = item.placeName;
  if (doc.documentElement.lang !== "en-GB") {
    link.lang = "en-GB";
    if (!item.online) {
      place.lang = "en-GB";
      place.dir = "ltr";
    }
  }
  li.append(link, ` ${item.when}${words.comma}`, place);
  if (item.status === "cancelled") {
    const flag = doc.createElement("strong");
    flag.textContent = ` ${words.cancelled}`;
    li.append(flag);
  }
  return li;
}

async function show(
  doc: Document,
  words: FeedWords,
  form: HTMLFormElement,
  result: HTMLElement,
  focus: boolean,
): Promise<void> {
  const { params, query } = readForm(form);
  const path = params.size > 0 ? `${FEED_PATH}?${params.toString()}` : FEED_PATH;
  const https = new URL(path, doc.location.origin).href;
  const wardName = query.ward
    ? form.querySelector<HTMLOptionElement>(`option[value="${query.ward}"]`)?.text
    : undefined;
  result.querySelector("[data-feed-name]")!.textContent = describeFeedIn(words, query, wardName);
  result.querySelector<HTMLAnchorElement>("[data-feed-webcal]")!.href = https.replace(/^https?:/, "webcal:");
  result.querySelector("[data-feed-https]")!.textContent = https;
  result.querySelector("[data-feed-copied]")!.textContent = "";
  result.hidden = false;
  if (focus) result.querySelector<HTMLElement>("#feed-result-heading")?.focus();

  const filter: ListingFilter = { ...query };
  const matching = (await loadListed(words)).filter((item) => matchesFilter(item, filter));
  const list = result.querySelector("[data-feed-events]")!;
  list.replaceChildren(...matching.slice(0, FEED_PREVIEW_SHOWN).map((item) => eventItem(doc, words, item)));
  result.querySelector("[data-feed-count]")!.textContent = describeMatchesIn(words, matching.length);
}

/** Wires the builder up, if the page has one. */
export function enhanceFeedBuilder(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>("[data-feed-form]");
  const result = doc.querySelector<HTMLElement>("[data-feed-result]");
  const data = doc.getElementById("feed-words")?.textContent;
  if (!form || !result || !data) return;
  const words = JSON.parse(data) as FeedWords;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void show(doc, words, form, result, true);
  });
  form.addEventListener("change", () => {
    if (!result.hidden) void show(doc, words, form, result, false);
  });
  result.querySelector("[data-feed-copy]")?.addEventListener("click", () => {
    const address = result.querySelector("[data-feed-https]")?.textContent ?? "";
    const status = result.querySelector("[data-feed-copied]")!;
    navigator.clipboard.writeText(address).then(
      () => (status.textContent = words.copied),
      () => (status.textContent = words.copyFailed),
    );
  });
}
