/**
 * The words an embedded list draws around its listings, by interface language. The listings' own words
 * (titles, dates, places, costs) come written in the list's language from the build (`src/views/embed.ts`).
 */
import type { EmbedLanguage } from "./options";

/** The words a list draws itself. */
export interface EmbedMessages {
  /** Said before a cancelled event's title to screen readers, which do not see it struck through. */
  cancelledPrefix: string;
  cancelled: string;
  postponed: string;
  moved: string;
  beforeDark: string;
  buddyUp: string;
  example: string;
  /** Names the list of an event's labels for screen readers. */
  details: string;
  /** Said when the list's data cannot be read (the script's answer, not the built page's). */
  unavailable: string;
}

/** The lists' words in each interface language. */
export const EMBED_MESSAGES: Record<EmbedLanguage, EmbedMessages> = {
  en: {
    cancelledPrefix: "Cancelled: ",
    cancelled: "Cancelled",
    postponed: "Postponed",
    moved: "Moved",
    beforeDark: "Finishes before dark",
    buddyUp: "Buddy-up available",
    example: "Example listing",
    details: "Details",
    unavailable: "These events cannot be shown just now.",
  },
};
