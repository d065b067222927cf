/**
 * A catalogue's sentence with React nodes in its `{slots}` (a link, a listing's own words marked with their
 * language), for forms and pages drawn with React. When every slot is text the sentence stays one string.
 */
import { Fragment, type ReactNode } from "react";
import { splitSlots } from "../lib/i18n/words";

/**
 * The sentence's parts in order, each slot replaced by its node.
 * @example fillNodes("Back to {event}", { event: "Tea" }) // "Back to Tea"
 */
export function fillNodes(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = splitSlots(template).map((part) =>
    "text" in part ? part.text : part.slot in values ? values[part.slot] : `{${part.slot}}`,
  );
  if (parts.every((part) => typeof part === "string")) return parts.join("");
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
