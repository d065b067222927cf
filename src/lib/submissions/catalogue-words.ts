/**
 * The forms' words in a language, gathered from its catalogue on the server (the pages and the functions), to be
 * drawn with or handed to the island as plain data.
 */
import { listingText } from "../i18n/listing-lang";
import { LOCALE_INFO, type Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import { hrefIn } from "../i18n/routes";
import type { CommonFormWords, RequestWords, SubmissionWords } from "./form-words";

function common(locale: Locale): CommonFormWords {
  const { submit } = messagesFor(locale);
  return {
    locale,
    intl: LOCALE_INFO[locale].intl,
    kit: submit.kit,
    notices: submit.notices,
    problems: submit.problems,
    privacyHref: hrefIn(locale, "/privacy/"),
    own: listingText(locale),
  };
}

/** The event submission form's words in `locale`. */
export function submissionWords(locale: Locale): SubmissionWords {
  const { submit, vocab } = messagesFor(locale);
  return {
    ...common(locale),
    event: submit.event,
    category: vocab.category,
    audience: vocab.audience,
    accessibility: vocab.accessibility,
  };
}

/** The calendar request form's words in `locale`. */
export function requestWords(locale: Locale): RequestWords {
  return { ...common(locale), calendar: messagesFor(locale).submit.calendar };
}
