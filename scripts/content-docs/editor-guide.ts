/**
 * The editors' guide to content/ (content/README.md), built from the domain schemas so that every field,
 * type, default and description it lists is the one the build checks. Pure: no files, no environment.
 */
import { z } from "zod";
import {
  LocalDateSchema,
  LocalDateTimeSchema,
  PostcodeSchema,
  SlugSchema,
  TOWN_LABELS,
  TimeOfDaySchema,
  TownSchema,
  UrlSchema,
  VOCABULARIES,
  WardSchema,
} from "../../src/lib/domain";
import { COLLECTIONS, collectionFolder, type CollectionName } from "../../src/lib/content/collections";

type Schema = z.core.$ZodType;
type ObjectSchema = z.ZodObject<z.core.$ZodLooseShape, z.core.$ZodObjectConfig>;

/** One field of a listing, as an editor needs to know it. */
export interface FieldDoc {
  /** Dotted path: `title`, `whatToExpect.meetingPoint`, `service_at_location[].schedules[].opens_at`. */
  path: string;
  /** What to write, in plain words: `text, up to 120 characters`, `one of: \`weekly\`, \`monthly\``. */
  type: string;
  /** True when the field must be given (whenever the object it sits in is given). */
  required: boolean;
  /** The value used when the field is left out, written as in YAML. */
  default?: string;
  /** The fewest items a list must have, when more than none. */
  minItems?: number;
  /** The controlled list (a key of `VOCABULARIES`) the field's values come from. */
  list?: VocabularyName;
  /** The schema's own `.describe()` text; empty when the schema has none. */
  description: string;
}

/** The name of a controlled list, as used in messages and headings. */
export type VocabularyName = keyof typeof VOCABULARIES;

/** What to write for one value, and for several of them in a list. */
interface Words {
  one: string;
  many: string;
  list?: VocabularyName;
}

// Shared field schemas whose shape says little (a union with a transform, a regex), named in plain words.
// They are recognised through clones, so `.describe()`, `.optional()` or an extra `.refine()` keep the name.
const DATE_WORDS: Words = { one: 'date in quotes: "YYYY-MM-DD"', many: 'dates in quotes, each "YYYY-MM-DD"' };
const URL_WORDS: Words = { one: "web address starting https://", many: "web addresses, each starting https://" };
const FORMATS: readonly [Schema, Words][] = [
  [LocalDateSchema, DATE_WORDS],
  [
    LocalDateTimeSchema,
    {
      one: 'date and time in quotes: "YYYY-MM-DDTHH:MM", Stoke-on-Trent time',
      many: 'dates and times in quotes, each "YYYY-MM-DDTHH:MM"',
    },
  ],
  [TimeOfDaySchema, { one: 'time in quotes: "HH:MM", 24-hour clock', many: 'times in quotes, each "HH:MM"' }],
  [SlugSchema, { one: "listing id: a file name without .md", many: "listing ids" }],
  [PostcodeSchema, { one: "UK postcode, e.g. ST1 3DW", many: "UK postcodes" }],
  [UrlSchema, URL_WORDS],
];

// Short lists are clearer written out in the table; long ones link to the "Controlled lists" section.
const MOST_VALUES_INLINE = 7;

/** The named format a schema was built from, following the clones `.describe()` and `.refine()` make. */
function formatOf(schema: Schema): Words | undefined {
  for (let node: Schema | undefined = schema; node; node = node._zod.parent) {
    const found = FORMATS.find(([format]) => format === node);
    if (found) return found[1];
  }
  return undefined;
}

/** The controlled list whose keys are exactly these values. */
function vocabularyOf(values: readonly unknown[]): VocabularyName | undefined {
  const names = Object.keys(VOCABULARIES) as VocabularyName[];
  return names.find((name) => {
    const keys = Object.keys(VOCABULARIES[name]);
    return keys.length === values.length && keys.every((key) => values.includes(key));
  });
}

/** GitHub's anchor for a heading, so the guide can link to its own sections. */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function code(value: unknown): string {
  return `\`${String(value)}\``;
}

function valueList(values: readonly unknown[]): string {
  return values.map(code).join(", ");
}

function lengthLimit(min: number | undefined, max: number | undefined): string {
  if (max !== undefined) return `up to ${max} characters`;
  if (min !== undefined && min > 1) return `at least ${min} characters`;
  return "";
}

function numberRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
  if (min !== undefined) return `${min} or more`;
  if (max !== undefined) return `${max} or less`;
  return "";
}

function joinWords(...parts: string[]): string {
  return parts.filter((part) => part !== "").join(", ");
}

/** Plain words for the value a schema accepts, once it is unwrapped. */
function wordsFor(schema: Schema): Words {
  const format = formatOf(schema);
  if (format) return format;
  if (schema instanceof z.ZodObject) {
    return { one: "the fields below, indented under this one", many: "entries, each with the fields below" };
  }
  if (schema instanceof z.ZodArray) {
    const element = wordsFor(unwrap(schema.element).schema);
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    const atMost = json.maxItems === undefined ? "" : ` (at most ${json.maxItems})`;
    return { one: `list of ${element.many}${atMost}`, many: `lists of ${element.many}`, ...listOf(element) };
  }
  if (schema instanceof z.ZodEnum) return choiceOf(schema.options);
  if (schema instanceof z.ZodLiteral) return choiceOf([...schema.values]);
  if (schema instanceof z.ZodUnion) {
    const options = schema.options.map((option) => unwrap(option).schema);
    if (options.some((option) => option instanceof z.ZodDate)) return DATE_WORDS;
    if (options.every((option) => option instanceof z.ZodLiteral)) {
      return choiceOf(options.flatMap((option) => (option instanceof z.ZodLiteral ? [...option.values] : [])));
    }
    const each = options.map((option) => wordsFor(option));
    return { one: each.map((words) => words.one).join(" or "), many: each.map((words) => words.many).join(" or ") };
  }
  if (schema instanceof z.ZodBoolean) return { one: "yes/no: `true` or `false`", many: "`true` or `false` values" };
  if (schema instanceof z.ZodDate) return DATE_WORDS;
  if (schema instanceof z.ZodEmail) return { one: "email address", many: "email addresses" };
  if (schema instanceof z.ZodURL) return URL_WORDS;
  if (schema instanceof z.ZodNumber) {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    const noun = json.type === "integer" ? "whole number" : "number";
    const range = numberRange(json.minimum, json.maximum);
    return { one: joinWords(range ? `${noun} ${range}` : noun), many: range ? `${noun}s ${range}` : `${noun}s` };
  }
  if (schema instanceof z.ZodString) {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    const limit = lengthLimit(json.minLength, json.maxLength);
    if (json.pattern !== undefined) return patternWords(schema);
    // plainLine refuses line breaks in a refine, which no JSON Schema keyword shows: ask the schema.
    const oneLine = !z.safeParse(schema, "a\nb").success && z.safeParse(schema, "ab").success;
    return oneLine
      ? { one: joinWords("text on one line", limit), many: joinWords("pieces of text, each on one line", limit) }
      : { one: joinWords("text", limit), many: joinWords("pieces of text", limit && `each ${limit}`) };
  }
  return { one: "any value", many: "values" };
}

/** A pattern's own message for editors ("must be an ONS ward code such as E05014564"), as words. */
function patternWords(schema: Schema): Words {
  const result = z.safeParse(schema, "?");
  const issue = result.error?.issues.find((candidate) => candidate.code === "invalid_format");
  const form = issue?.message.replace(/^must be /, "");
  if (!form) return { one: "text in a set form", many: "pieces of text in a set form" };
  return { one: form, many: `items, each ${form}` };
}

function choiceOf(values: readonly unknown[]): Words {
  const list = vocabularyOf(values);
  if (list && values.length > MOST_VALUES_INLINE) {
    const link = `[${list}](#${anchorOf(list)})`;
    return { one: `one of the ${link}`, many: link, list };
  }
  const words = { one: `one of: ${valueList(values)}`, many: `any of: ${valueList(values)}` };
  return list ? { ...words, list } : words;
}

function listOf(element: Words): { list?: VocabularyName } {
  return element.list ? { list: element.list } : {};
}

interface Unwrapped {
  schema: Schema;
  optional: boolean;
  hasDefault: boolean;
  defaultValue: unknown;
  description: string | undefined;
}

/** Peel off optional, default and input-side pipes, keeping the outermost description. */
function unwrap(field: Schema): Unwrapped {
  const result: Unwrapped = {
    schema: field,
    optional: false,
    hasDefault: false,
    defaultValue: undefined,
    description: undefined,
  };
  for (let node = field; ;) {
    result.description ??= z.globalRegistry.get(node)?.description;
    result.schema = node;
    if (formatOf(node)) return result;
    if (node instanceof z.ZodOptional || node instanceof z.ZodExactOptional) {
      result.optional = true;
      node = node.unwrap();
    } else if (node instanceof z.ZodDefault || node instanceof z.ZodPrefault) {
      if (!result.hasDefault) result.defaultValue = node.def.defaultValue;
      result.hasDefault = true;
      node = node.unwrap();
    } else if (node instanceof z.ZodNullable || node instanceof z.ZodReadonly || node instanceof z.ZodCatch) {
      node = node.unwrap();
    } else if (node instanceof z.ZodPipe) {
      // Editors write the input side: a transform after it only tidies what they wrote.
      node = node.in;
    } else {
      return result;
    }
  }
}

/**
 * A default value as it would be written in front matter.
 * @example toYaml({ required: false }) // "{ required: false }"
 */
export function toYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toYaml).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, inner]) => `${key}: ${toYaml(inner)}`);
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return String(value);
}

function collect(shape: Record<string, Schema>, prefix: string, rows: FieldDoc[]): void {
  for (const [key, field] of Object.entries(shape)) {
    const path = `${prefix}${key}`;
    const unwrapped = unwrap(field);
    const words = wordsFor(unwrapped.schema);
    const row: FieldDoc = {
      path,
      type: words.one,
      required: !unwrapped.optional && !unwrapped.hasDefault,
      description: unwrapped.description ?? "",
    };
    if (unwrapped.hasDefault) row.default = toYaml(unwrapped.defaultValue);
    if (words.list) row.list = words.list;
    const inner = unwrapped.schema;
    if (inner instanceof z.ZodArray) {
      const minItems = z.toJSONSchema(inner, { io: "input", unrepresentable: "any" }).minItems;
      if (minItems !== undefined && minItems > 0) row.minItems = minItems;
    }
    rows.push(row);
    if (inner instanceof z.ZodObject) collect(inner.shape, `${path}.`, rows);
    if (inner instanceof z.ZodArray) {
      const element = unwrap(inner.element).schema;
      if (element instanceof z.ZodObject) collect(element.shape, `${path}[].`, rows);
    }
  }
}

/**
 * Every field of an object schema, nested fields included, in the order the schema gives them.
 * @example describeFields(WardSchema)[1] // { path: "code", type: "text in a set form", required: true, description: "ONS ward code." }
 */
export function describeFields(schema: ObjectSchema): FieldDoc[] {
  const rows: FieldDoc[] = [];
  collect(schema.shape, "", rows);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// The guide

/** The kinds of listing an editor can add, with the folder and the schema each file is checked against. */
export const LISTING_KINDS = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, { schema }]) => [
    name,
    { folder: `${collectionFolder(name as CollectionName)}/`, schema },
  ]),
) as { [N in CollectionName]: { folder: string; schema: (typeof COLLECTIONS)[N]["schema"] } };

/** A kind of listing, by its collection name. */
export type ListingKind = keyof typeof LISTING_KINDS;

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  return /[.!?)]$/.test(trimmed) || trimmed.endsWith("`") ? trimmed : `${trimmed}.`;
}

function parentPath(path: string): string | undefined {
  const dot = path.lastIndexOf(".");
  return dot === -1 ? undefined : path.slice(0, dot);
}

function requirement(row: FieldDoc, rows: readonly FieldDoc[]): string {
  if (!row.required) {
    if (row.default === undefined) return "No";
    return `No. If left out: ${row.default === "[]" ? "none" : code(row.default)}`;
  }
  const atLeast = row.minItems === undefined ? "" : `, at least ${row.minItems === 1 ? "one" : row.minItems}`;
  const parent = parentPath(row.path);
  if (parent === undefined) return `Yes${atLeast}`;
  if (parent.endsWith("[]")) return `Yes${atLeast}, in each entry`;
  const parentRow = rows.find((candidate) => candidate.path === parent);
  if (parentRow && !parentRow.required) return `Yes${atLeast}, if you give ${code(parent)}`;
  return `Yes${atLeast}`;
}

/** The Field | What to write | Required table for a schema. */
export function renderFieldTable(rows: readonly FieldDoc[]): string {
  const lines = ["| Field | What to write | Required |", "| --- | --- | --- |"];
  for (const row of rows) {
    const what = [sentence(row.description), `*${sentence(capitalise(row.type))}*`].filter(Boolean).join(" ");
    lines.push(`| ${code(row.path)} | ${escapeCell(what)} | ${escapeCell(requirement(row, rows))} |`);
  }
  return lines.join("\n");
}

function yamlBlock(comment: string, body: string): string {
  return ["```yaml", `# ${comment}`, body.trim(), "```"].join("\n");
}

const TOWN_NAMES = Object.values(TOWN_LABELS);

/** "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

function isStrict(schema: ObjectSchema): boolean {
  return schema.def.catchall instanceof z.ZodNever;
}

function intro(): string {
  const strict = Object.values(LISTING_KINDS).every((kind) => isStrict(kind.schema));
  return `# Adding and editing listings

This folder holds every listing on Stoke Together: events, groups, places, services and areas, and the sources
that listings are imported from.
This guide says how to add one, and lists every field you can write.

This file is made from the rules the site checks (the schemas in \`src/lib/domain/\`), so it is always up to date.
Please do not edit it by hand. To change it, change those rules or \`scripts/content-docs/editor-guide.ts\`, then run
\`npm run content:docs\`.

## What is in this folder

\`\`\`
content/
  events/      one Markdown file per event
  groups/      one Markdown file per community group or organisation
  places/      one Markdown file per venue or green space
  services/    one Markdown file per service people can use
  sources/     one Markdown file per place a group already publishes its listings
  areas/
    towns/     one YAML file per town (there are ${countWord(TOWN_NAMES.length)})
    wards/     one YAML file per electoral ward
\`\`\`

## How a listing file works

**The file name is the listing's id.** Write it in lower case, with hyphens between words
(this is called kebab-case), for example \`tunstall-coffee-morning.md\`. The id is also the last part of the
listing's web address. Other listings use it to point to this one, for example an event says
\`place: tunstall-library\`. If you rename a file, change everything that points to it.

**The facts go at the top, between two lines of three dashes (\`---\`).** This part is called the front matter.
It is written in YAML: one \`field: value\` on each line. Below the second \`---\` line, write the body in plain
text. The body is shown on the listing's own page. You can use Markdown in it: a blank line starts a new paragraph.

\`\`\`markdown
---
title: "Tunstall coffee morning"
summary: "A relaxed cuppa and a chat at Tunstall Library."
…the other fields…
---

Tuesday mornings at Tunstall Library are for a cup of tea and a natter.
\`\`\`

### Writing values

- **Text**: put it in double quotes, for example \`title: "Coffee and chat"\`. Quotes are needed when the text
  has a colon (:) or a # in it, and they are always safe. An apostrophe inside double quotes is fine; for a
  double quote inside, write \`\\"\` (a backslash, then the quote).
- **Dates**: write \`"YYYY-MM-DD"\` in quotes, for example \`lastChecked: "2026-11-20"\`.
- **Dates and times**: write \`"YYYY-MM-DDTHH:MM"\` in quotes, for example \`startDate: "2026-12-06T10:00"\`
  for 10am on 6 December 2026. This is local time in Stoke-on-Trent, as on a clock in the city (summer time
  included). Do not add seconds or a time zone.
- **Times of day**: write \`"HH:MM"\` in quotes, on the 24-hour clock: \`"09:30"\`, \`"19:00"\`.
- **Yes or no**: write \`true\` or \`false\`, without quotes.
- **Lists**: write \`[social-meetups, volunteering]\` on one line, or put each item on its own line starting
  with \`- \` (a dash and a space).
- **Fields inside fields**: indent them under their field with two spaces (never tabs). In the tables below,
  \`whatToExpect.meetingPoint\` means a \`meetingPoint\` line indented under \`whatToExpect:\`.
  \`service_at_location[].place\` means \`service_at_location\` is a list, and each entry in it (starting with
  \`- \`) has its own \`place\`. For example:

${yamlBlock(
  "part of content/events/tunstall-coffee-morning.md",
  `
categories: [social-meetups, community-neighbourhood]
whatToExpect:
  meetingPoint: "Inside the library, by the welcome table near the entrance"
  fineToComeAlone: true`,
)}

${yamlBlock(
  "part of content/services/tunstall-warm-space.md",
  `
service_at_location:
  - place: tunstall-library
    schedules:
      - byday: [TH]
        opens_at: "10:00"
        closes_at: "13:00"`,
)}

In examples, the first line says which file the lines belong to. YAML ignores any line that starts with \`#\`.

- **Leave out** any field that is not required and that you do not know. Do not leave a field empty.
- Fields that take a word from a fixed list (a category, a town, a day of the week) are explained under
  [Controlled lists](#controlled-lists). Write the key, not the label.${
    strict
      ? ""
      : `
- **Spell field names exactly** as in the tables, capital letters included. A field name the site does not
  know is ignored without a warning, so a misspelt optional field is simply lost.`
  }

### Keep it true

- **Never invent contact details, opening hours, addresses or map positions for a real organisation or place.**
  Write only what the organisation has published, or what a source you can name says. If you do not know, leave
  the field out.
- **\`example: true\`** marks an illustrative listing: one made up to show how the site works, not a real
  group, event or service. The page says so. Leave it out (or write \`example: false\`) for real listings.
- When you check a listing, set its \`lastChecked\` date (\`assured_date\` for a service) to the day you checked.

### Check your work

Run \`npm run build\` in the project folder. If a listing breaks a rule, the build stops with an error.
The error names the file and the field, and says what is wrong. Fix it and run the build again.
To see how a page looks, run \`npm run dev\` and open the address it shows.`;
}

interface KindGuide {
  heading: string;
  kind: ListingKind;
  howTo: string;
  example: { file: string; yaml: string };
  after?: string;
}

const EVENT_RECURRENCE = `### Repeating events

A repeating event has one file. \`startDate\` and \`endDate\` are the first time it happens, and
\`recurrence\` says how it repeats. Every repeating event needs an end: \`until\` (the last date it can
happen) or \`count\` (how many times it happens in all).

**Every week.** This coffee morning happens every Tuesday from 10am to 12 noon, from 1 September 2026 until
the end of June 2028:

${yamlBlock(
  "part of content/events/tunstall-coffee-morning.md",
  `
startDate: "2026-09-01T10:00"
endDate: "2026-09-01T12:00"
recurrence:
  freq: weekly
  byday: [TU]
  until: "2028-06-30"`,
)}

For every other week (fortnightly), add \`interval: 2\`.

**Once a month, on the last Friday.** \`byday\` gives the day, and \`bysetpos\` gives which one in the month:
\`1\` for the first, \`2\` for the second, up to \`4\`, or \`-1\` for the last. This event happens on the last Friday
of every month, 12 times, starting on 25 September 2026:

${yamlBlock(
  "part of content/events/burslem-last-friday-social.md",
  `
startDate: "2026-09-25T19:00"
endDate: "2026-09-25T21:00"
recurrence:
  freq: monthly
  byday: [FR]
  bysetpos: -1
  count: 12`,
)}

For the same date each month (say the 14th), write \`bymonthday: 14\` instead of \`byday\` and \`bysetpos\`.
Make \`startDate\` the first real date the event happens.

**Changes to a repeating event.** If one date will not happen, add it to \`cancelledDates\`. If one date moves,
add it to \`rescheduled\` with its new times. To cancel or postpone a one-off event, set \`status\` and say why in
\`statusNote\`.`;

const GUIDES: readonly KindGuide[] = [
  {
    heading: "Events",
    kind: "events",
    howTo: `An event is something that happens at a set time: once, or again and again. Add one Markdown file for each
event to \`content/events/\`.

Every event names its organiser (a group in \`content/groups/\`) and where it happens, in one of three ways:
\`place\` (a file in \`content/places/\`: its page, map, travel and access facts show with the event),
\`locationText\` (where it is in the organiser's words, for a place not on the site yet: shown as written, with no
map), or \`online: true\` (give \`url\` for where to join). Use \`place\` whenever you can; if the place or group
is missing, add it first.

The \`summary\` is shown in lists and search results. The body is the full description: what happens, who it is
for, and anything that would help someone going for the first time.

A few rules link fields together:

- Give exactly one of \`place\`, \`locationText\` and \`online: true\`. Buddy-up (\`buddyUp: true\`) needs a
  \`place\`.
- \`endDate\` must be after \`startDate\`. An event that ends after midnight ends on the next day.
- If the event is free, write \`isAccessibleForFree: true\` and leave out \`price\`. If not, write
  \`isAccessibleForFree: false\` and give a \`price\`, or write \`payWhatYouCan: true\`.
- If people must book (\`booking.required: true\`), say where (\`booking.url\`) or how (\`booking.details\`).`,
    example: {
      file: "content/events/tunstall-spring-seed-swap.md",
      yaml: `
title: "Spring seed swap in Tunstall"
summary: "Swap seeds and seedlings with other growers, and pick up free seeds to start your own veg patch."
startDate: "2027-04-10T10:00"
endDate: "2027-04-10T12:30"
place: tunstall-library
organizer: tunstall-growers
categories: [nature-outdoors, community-neighbourhood]
audiences: [everyone]
isAccessibleForFree: true
lastChecked: "2026-11-02"
example: true`,
    },
    after: EVENT_RECURRENCE,
  },
  {
    heading: "Groups",
    kind: "groups",
    howTo: `A group is a community group or organisation. It organises events or runs services. Add one Markdown file
for each group to \`content/groups/\`.

The body says more about what the group does and how to join in. Only give contact details the group has
chosen to publish.

Only a verified group can offer welcomers: \`welcomers: true\` needs \`verified\` (who checked the group, and
when).`,
    example: {
      file: "content/groups/tunstall-neighbours.md",
      yaml: `
name: "Tunstall Neighbours Network"
summary: "A friendly neighbours' network in Tunstall, with a weekly warm space and coffee morning."
areas: [tunstall]
categories: [social-meetups, community-neighbourhood]
lastChecked: "2026-11-12"
example: true`,
    },
  },
  {
    heading: "Places",
    kind: "places",
    howTo: `A place is a venue or a green space where events and services happen: a library, a park, a hall. Add one
Markdown file for each place to \`content/places/\`.

Places are real, so every fact must come from a source. List where you read the facts in \`sources\`: for each
source, which facts it \`gave\`, its \`name\` in words and its \`url\`; the place's page links the name. Leave out
\`geo\`, \`address\`, \`postcode\` and \`openingHours\` unless a source gives them. Without \`geo\`, the place is
listed without a map pin.

The body is optional. Use it for anything else that helps, such as how to find the entrance.`,
    example: {
      file: "content/places/tunstall-library.md",
      yaml: `
name: "Tunstall Library"
kind: library
summary: "A public library inside Tunstall Town Hall on the High Street in Tunstall."
sources:
  - gave: "The move to Tunstall Town Hall"
    name: "BBC News, September 2022"
    url: "https://www.bbc.co.uk/news/uk-england-stoke-staffordshire-62754561"
lastChecked: "2026-11-26"`,
    },
  },
  {
    heading: "Services",
    kind: "services",
    howTo: `A service is help or an activity people can use on a regular basis: a food pantry, an advice drop-in, a warm
space. Add one Markdown file for each service to \`content/services/\`.

Say who runs it with \`organization\` (a group's id) or, if the group is not listed, \`organization_name\`.
Say where and when it runs with \`service_at_location\`: one entry for each place, each with its own
\`schedules\`. Only give times the organisation has published.

If the service is free, write \`is_free: true\` and leave out \`cost_options\`. If not, write \`is_free: false\`
and say what it costs in \`cost_options\`.

The body is optional. Use it to say more about the service.`,
    example: {
      file: "content/services/tunstall-warm-space.md",
      yaml: `
name: "Tunstall Warm Space and Coffee Morning"
summary: "A warm, friendly place to spend the morning, with free hot drinks, newspapers, games and company."
organization: tunstall-neighbours
categories: [social-meetups, community-neighbourhood]
is_free: true
access: [drop-in]
service_at_location:
  - place: tunstall-library
    schedules:
      - byday: [TH]
        opens_at: "10:00"
        closes_at: "13:00"
assured_date: "2026-11-12"
example: true`,
    },
  },
  {
    heading: "Sources",
    kind: "sources",
    howTo: `A source is where a group or service already publishes its listings: a calendar feed (Google, Outlook or
Apple, an \`.ics\` or \`webcal://\` address), a web page with schema.org Event data, an Open Referral UK services
API, or an OpenActive feed. The importer reads its listings from there, so the group keeps its own calendar and
the site follows it (see "Importing listings" in the project's README). Add one Markdown file for each source
to \`content/sources/\`. A group can also ask for its calendar to be added at \`/submit/calendar/\`, with no
account; a moderator adds it from the console's Sources section, where it is kept with the sources added there.

Say whose listings they are with \`group\` (a group's id); a services API can leave it out, as each service
names its own organisation. \`categories\` and \`audiences\` are applied to everything the source gives.

Where events are: \`location: feed\` matches the feed's own location to a known place (by name, postcode or
coordinates) and falls back to \`place\`; \`default-place\` always uses \`place\`; \`online\` says the events are
online. A location that matches no place is shown as the feed writes it, with no map pin, and moderators
are asked to add the place.

A new source's events wait for a moderator unless the source is \`trusted: true\`. Set \`paused: true\` to stop
fetching a source for now: what it gave stays as it was.

The site shares what it lists as open data, so other directories can show it too. A source's listings go into
the open data only when the source says they may: write the licence it publishes them under in \`licence\`
(\`ogl-3.0\` also when the group has told you anyone may share them) and, if it asks for a credit, the words in
\`attribution\`. Without \`licence\` its listings are shown on the site and left out of the open data.

The body is for notes to moderators: who asked for the source to be added, and who to ask when it breaks.`,
    example: {
      file: "content/sources/tunstall-library-calendar.md",
      yaml: `
name: "Tunstall Library's own calendar"
url: "webcal://calendar.example.org/tunstall-library.ics"
group: tunstall-neighbours
place: tunstall-library
categories: [learning-skills]
free: true
lastChecked: "2026-12-04"
example: true`,
    },
  },
];

function kindSection(guide: KindGuide): string {
  const { folder, schema } = LISTING_KINDS[guide.kind];
  const rows = describeFields(schema);
  const required = rows.filter((row) => row.required && !row.path.includes(".") && !row.path.includes("["));
  const hasExample = rows.some((row) => row.path === "example");
  const noExample = hasExample ? "" : `\n\n${guide.heading} have no \`example\` field: they are always real.`;
  const fields = hasExample ? "the required fields, plus `example: true` because it is made up" : "the required fields";
  return `## ${guide.heading}

${guide.howTo}${noExample}

### Fields for ${guide.heading.toLowerCase()}

Every ${guide.heading.toLowerCase().replace(/s$/, "")} needs ${andList(required.map((row) => code(row.path)))}.
The rest are optional.

${renderFieldTable(rows)}

### A short example

Copy this into a new file in \`${folder}\`, between the \`---\` lines, and change it. It has ${fields}.

${yamlBlock(guide.example.file, guide.example.yaml)}${guide.after ? `\n\n${guide.after}` : ""}`;
}

function areasSection(): string {
  return `## Areas

Areas are the parts of the city that listings belong to. There are two kinds:

- **Towns**: the ${countWord(TOWN_NAMES.length)} towns of Stoke-on-Trent: ${andList(TOWN_NAMES)}. Groups name the towns they work in
  (\`areas\`) and places name their town (\`town\`), using the [towns](#towns) list.
- **Wards**: the electoral wards the city council uses. A place can name its ward (\`ward\`) by the ward file's id.

Area files are plain YAML: no \`---\` lines and no body. The towns are fixed, so you will rarely need to change
them. A new town file needs its id added to the towns list in \`src/lib/domain/vocab.ts\` too.

### Town files

One file for each town in \`${LISTING_KINDS.towns.folder}\`. The file name is the town's key from the
[towns](#towns) list, for example \`burslem.yaml\`.

${renderFieldTable(describeFields(TownSchema))}

${yamlBlock(
  "content/areas/towns/burslem.yaml",
  `
name: "Burslem"
summary: "Burslem is often called the 'Mother Town' of the Potteries and is home to Port Vale FC's ground, Vale Park."
centre: { lat: 53.0457, lng: -2.1979 }
source: "Old Town Hall, Market Place - Historic England list entry 1195811 via https://britishlistedbuildings.co.uk/101195811-old-town-hall-burslem-recreation-centre-burslem-central-ward"`,
)}

### Ward files

One file for each ward in \`${LISTING_KINDS.wards.folder}\`. The file name is the ward's name in kebab-case,
for example \`abbey-hulton.yaml\`.

${renderFieldTable(describeFields(WardSchema))}

${yamlBlock(
  "content/areas/wards/abbey-hulton.yaml",
  `
name: "Abbey Hulton"
code: E05014555
town: hanley`,
)}`;
}

/** Where each controlled list is used, as "events: `categories`" phrases. */
function usesOf(list: VocabularyName): string[] {
  const uses: string[] = [];
  for (const kind of Object.keys(LISTING_KINDS) as ListingKind[]) {
    const paths = describeFields(LISTING_KINDS[kind].schema)
      .filter((row) => row.list === list)
      .map((row) => code(row.path));
    if (paths.length > 0) uses.push(`${kind}: ${paths.join(", ")}`);
  }
  return uses;
}

function vocabulariesSection(): string {
  const lists = (Object.keys(VOCABULARIES) as VocabularyName[]).map((name) => {
    const uses = usesOf(name);
    const entries = Object.entries(VOCABULARIES[name]).map(([key, label]) => `- ${code(key)} — ${label}`);
    const usedBy = uses.length > 0 ? `Used in ${uses.join("; ")}.\n\n` : "";
    return `### ${name}\n\n${usedBy}${entries.join("\n")}`;
  });
  return `## Controlled lists

Some fields take words from a fixed list. Write the key (on the left, in \`code\`), not the label: the site
shows the label. To add a word to a list, ask a developer: it is set in \`src/lib/domain/vocab.ts\`.

${lists.join("\n\n")}`;
}

/** The whole of content/README.md. */
export function renderEditorGuide(): string {
  const sections = [intro(), ...GUIDES.map(kindSection), areasSection(), vocabulariesSection()];
  return `${sections.join("\n\n")}\n`;
}
