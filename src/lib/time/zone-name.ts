/** The time zone every listed time is written in. Kept apart from zone.ts so browser code need not load Luxon. */
export const CITY_ZONE = "Europe/London";
