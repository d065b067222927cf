/** Turning an approved submission into an event listing: its id, and the Markdown file for content/events/. */
import { dump } from "js-yaml";
import type { EventFields } from "../domain";
import type { z } from "zod";

/**
 * A listing id for a submitted event: its title as a slug, then the end of its reference so two events
 * with the same title never collide.
 * @example eventIdFor("Tuesday Coffee Morning!", "01jd5x7k2m9q") // "tuesday-coffee-morning-k2m9q"
 */
export function eventIdFor(title: string, reference: string): string {
  const slug = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const suffix = reference
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(-5);
  return slug ? `${slug}-${suffix}` : `event-${suffix}`;
}

function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0))
        .map(([key, item]) => [key, withoutEmpty(item)]),
    );
  }
  return value;
}

/**
 * Plain text as Markdown that renders as the same plain paragraphs the site showed: a blank line starts a
 * paragraph, a single line break stays a line break, and every ASCII punctuation mark is escaped, so no
 * link, image, HTML, heading, list, code, emphasis or bare web address can come from what was typed.
 * @example plainTextAsMarkdown("[Book](javascript:x)") // "\\[Book\\]\\(javascript\\:x\\)"
 */
export function plainTextAsMarkdown(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.trim().replace(/[!-/:-@[-`{-~]/g, "\\$&"))
        .filter((line) => line !== "")
        .join("\\\n"),
    )
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

/**
 * The event as a Markdown file with YAML front matter, as an editor would write it in content/events/.
 * Every string is quoted by the YAML writer, so text such as "no" or "2026-12-06" stays text; the
 * submitted description is plain text, written so that it renders as it read on the site.
 */
export function toEventMarkdown(event: z.output<typeof EventFields>, description: string): string {
  const frontMatter = dump(withoutEmpty(event), { lineWidth: 120, quotingType: '"', forceQuotes: true });
  return `---\n${frontMatter}---\n\n${plainTextAsMarkdown(description)}\n`;
}
