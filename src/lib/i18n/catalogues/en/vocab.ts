/** The labels of the site's controlled lists (src/lib/domain/vocab.ts), whose English lives beside their keys. */
import {
  ACCESS_METHOD_LABELS,
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  CATEGORY_LABELS,
  EVENT_STATUS_LABELS,
  FACILITY_LABELS,
  LANGUAGE_LABELS,
  PLACE_KIND_LABELS,
  WEEKDAY_LABELS,
} from "../../../domain/vocab";
import type { Widened } from "../../widened";

export const vocab = {
  category: CATEGORY_LABELS as Widened<typeof CATEGORY_LABELS>,
  audience: AUDIENCE_LABELS as Widened<typeof AUDIENCE_LABELS>,
  accessibility: ACCESSIBILITY_LABELS as Widened<typeof ACCESSIBILITY_LABELS>,
  placeKind: PLACE_KIND_LABELS as Widened<typeof PLACE_KIND_LABELS>,
  facility: FACILITY_LABELS as Widened<typeof FACILITY_LABELS>,
  accessMethod: ACCESS_METHOD_LABELS as Widened<typeof ACCESS_METHOD_LABELS>,
  weekday: WEEKDAY_LABELS as Widened<typeof WEEKDAY_LABELS>,
  eventStatus: EVENT_STATUS_LABELS as Widened<typeof EVENT_STATUS_LABELS>,
  language: LANGUAGE_LABELS as Widened<typeof LANGUAGE_LABELS>,
};
