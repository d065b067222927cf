/**
 * Controlled lists used across listings, each with the label people see. Keys are stable slugs used in
 * content files, URLs and feeds; change a label freely, never a key.
 */

/** Build a zod-ready tuple of keys from a label map, so a list is written once. */
function keysOf<T extends Record<string, string>>(labels: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}

/** What a listing is about. Shared by events, groups and services. */
export const CATEGORY_LABELS = {
  "arts-crafts": "Arts and crafts",
  "music-performance": "Music and performance",
  "heritage-history": "Heritage and history",
  "nature-outdoors": "Nature and outdoors",
  "sport-activity": "Sport and being active",
  "health-wellbeing": "Health and wellbeing",
  "food-drink": "Food and drink",
  "food-support": "Food support",
  "learning-skills": "Learning and skills",
  "digital-help": "Digital help",
  "advice-support": "Advice and support",
  "social-meetups": "Social and meet-ups",
  "faith-belief": "Faith and belief",
  volunteering: "Volunteering",
  "community-neighbourhood": "Community and neighbourhood",
} as const;
export const CATEGORIES = keysOf(CATEGORY_LABELS);
export type Category = keyof typeof CATEGORY_LABELS;

/** Who a listing is for. `everyone` means open to all ages and backgrounds. */
export const AUDIENCE_LABELS = {
  everyone: "Everyone",
  families: "Families",
  children: "Children",
  "young-people": "Young people",
  adults: "Adults",
  "older-people": "Older people",
  women: "Women",
  newcomers: "People new to the city",
  carers: "Carers",
} as const;
export const AUDIENCES = keysOf(AUDIENCE_LABELS);
export type Audience = keyof typeof AUDIENCE_LABELS;

/** Accessibility support at an event or service (OpenActive `accessibilitySupport`). */
export const ACCESSIBILITY_LABELS = {
  "step-free": "Step-free access",
  "accessible-toilet": "Accessible toilet",
  "hearing-loop": "Hearing loop",
  bsl: "British Sign Language",
  "quiet-sensory": "Quiet or sensory-friendly",
  seating: "Seating available",
} as const;
export const ACCESSIBILITY_FEATURES = keysOf(ACCESSIBILITY_LABELS);
export type AccessibilityFeature = keyof typeof ACCESSIBILITY_LABELS;

/** What kind of place a venue or green space is. */
export const PLACE_KIND_LABELS = {
  park: "Park",
  "green-space": "Green space",
  canal: "Canal",
  "nature-reserve": "Nature reserve",
  allotment: "Allotment",
  library: "Library",
  "community-centre": "Community centre",
  museum: "Museum",
  heritage: "Heritage site",
  theatre: "Theatre or hall",
  market: "Market",
  leisure: "Leisure and sport",
  faith: "Place of worship",
  other: "Other venue",
} as const;
export const PLACE_KINDS = keysOf(PLACE_KIND_LABELS);
export type PlaceKind = keyof typeof PLACE_KIND_LABELS;

/** Kinds of place counted as green spaces (parks, canals, reserves, allotments). */
export const GREEN_PLACE_KINDS: readonly PlaceKind[] = ["park", "green-space", "canal", "nature-reserve", "allotment"];

/** Facilities at a place. */
export const FACILITY_LABELS = {
  toilets: "Toilets",
  cafe: "Café",
  "play-area": "Play area",
  "step-free-paths": "Step-free paths",
  parking: "Parking",
  "changing-places": "Changing Places toilet",
} as const;
export const FACILITIES = keysOf(FACILITY_LABELS);
export type Facility = keyof typeof FACILITY_LABELS;

/** How a person starts using a service (Open Referral UK). */
export const ACCESS_METHOD_LABELS = {
  "drop-in": "Drop in",
  appointment: "By appointment",
  referral: "By referral",
} as const;
export const ACCESS_METHODS = keysOf(ACCESS_METHOD_LABELS);
export type AccessMethod = keyof typeof ACCESS_METHOD_LABELS;

/** Days of the week as RFC 5545 `BYDAY` codes, Monday first. */
export const WEEKDAY_LABELS = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
} as const;
export const WEEKDAYS = keysOf(WEEKDAY_LABELS);
export type Weekday = keyof typeof WEEKDAY_LABELS;

/**
 * A weekday from its name in English, any case ("monday", "Monday"), or undefined.
 * @example weekdayNamed("Tuesday") // "TU"
 */
export function weekdayNamed(name: string): Weekday | undefined {
  const lower = name.trim().toLowerCase();
  return WEEKDAYS.find((day) => WEEKDAY_LABELS[day].toLowerCase() === lower);
}

/** Event status (schema.org `eventStatus`, shortened). */
export const EVENT_STATUS_LABELS = {
  scheduled: "Going ahead",
  cancelled: "Cancelled",
  postponed: "Postponed",
} as const;
export const EVENT_STATUSES = keysOf(EVENT_STATUS_LABELS);
export type EventStatus = keyof typeof EVENT_STATUS_LABELS;

/** The six towns of Stoke-on-Trent, north to south. Their slugs are the area ids of the towns. */
export const TOWN_LABELS = {
  tunstall: "Tunstall",
  burslem: "Burslem",
  hanley: "Hanley",
  stoke: "Stoke",
  fenton: "Fenton",
  longton: "Longton",
} as const;
export const TOWNS = keysOf(TOWN_LABELS);
export type Town = keyof typeof TOWN_LABELS;

/**
 * Languages a listing can say it is run in (spoken there, or its leaders speak them): English, the city's
 * largest community languages (see LOCALES in src/lib/i18n/locales.ts) and others its groups run in, and British
 * Sign Language. Codes are BCP 47 (ISO 639); BSL's is "bfi".
 */
export const LANGUAGE_LABELS = {
  en: "English",
  ur: "Urdu",
  ar: "Arabic",
  pl: "Polish",
  ro: "Romanian",
  pa: "Punjabi",
  bn: "Bengali",
  ku: "Kurdish",
  fa: "Persian (Farsi)",
  ps: "Pashto",
  so: "Somali",
  ti: "Tigrinya",
  zh: "Chinese",
  bfi: "British Sign Language",
} as const;
export const LANGUAGES = keysOf(LANGUAGE_LABELS);
export type Language = keyof typeof LANGUAGE_LABELS;

/** Every controlled list by the name used in error messages and editor docs. */
export const VOCABULARIES = {
  categories: CATEGORY_LABELS,
  audiences: AUDIENCE_LABELS,
  accessibility: ACCESSIBILITY_LABELS,
  "place kinds": PLACE_KIND_LABELS,
  facilities: FACILITY_LABELS,
  "access methods": ACCESS_METHOD_LABELS,
  weekdays: WEEKDAY_LABELS,
  "event statuses": EVENT_STATUS_LABELS,
  towns: TOWN_LABELS,
  languages: LANGUAGE_LABELS,
} as const;
