import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  EVENT_STATUSES,
  EventFields,
  EventSchema,
  GroupFields,
  GroupSchema,
  PlaceSchema,
  RecurrenceSchema,
  ServiceFields,
  ServiceSchema,
  SourceFields,
  SourceSchema,
  TownSchema,
  VOCABULARIES,
  WardSchema,
} from "../../src/lib/domain";
import { anchorOf, describeFields, renderEditorGuide, toYaml, type FieldDoc } from "./editor-guide";

const guide = renderEditorGuide();

/** The text of one `## Heading` section, up to the next `## ` heading. */
function section(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}\n`);
  expect(start, `the guide has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = guide.indexOf("\n## ", start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

function row(rows: readonly FieldDoc[], path: string): FieldDoc {
  const found = rows.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no row for ${path}`);
  return found;
}

/** Every path a parsed YAML value sets, written as describeFields writes them. */
function pathsOf(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((item) => pathsOf(item, `${prefix}[].`));
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = `${prefix}${key}`;
    return [path, ...pathsOf(inner, Array.isArray(inner) ? path : `${path}.`)];
  });
}

// Mapped here rather than imported, so the guide's folder names are checked too.
const FULL_SCHEMAS: Record<string, z.ZodObject> = {
  "content/events/": EventSchema,
  "content/groups/": GroupSchema,
  "content/places/": PlaceSchema,
  "content/services/": ServiceSchema,
  "content/sources/": SourceSchema,
  "content/areas/towns/": TownSchema,
  "content/areas/wards/": WardSchema,
};

const FIELD_SCHEMAS: Record<string, z.ZodObject> = {
  "content/events/": EventFields,
  "content/groups/": GroupFields,
  "content/places/": PlaceSchema,
  "content/services/": ServiceFields,
  "content/sources/": SourceFields,
  "content/areas/towns/": TownSchema,
  "content/areas/wards/": WardSchema,
};

interface YamlBlock {
  file: string;
  folder: string;
  part: boolean;
  text: string;
}

function yamlBlocks(): YamlBlock[] {
  return [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => {
    const text = match[1] ?? "";
    const comment = /^# (part of )?((content\/(?:areas\/)?[a-z]+\/)[a-z0-9-]+\.(?:md|yaml))\n/.exec(text);
    if (!comment) throw new Error(`a yaml block must start with "# content/<folder>/<file>":\n${text}`);
    return { file: comment[2] ?? "", folder: comment[3] ?? "", part: comment[1] !== undefined, text };
  });
}

describe("describeFields", () => {
  const events = describeFields(EventSchema);

  it("describes a date that YAML may read as a Date as a date, not as text or anything", () => {
    expect(row(events, "lastChecked").type).toMatch(/^date in quotes: "YYYY-MM-DD"/);
    expect(row(events, "recurrence.until").type).toMatch(/^date in quotes/);
    expect(row(events, "cancelledDates").type).toMatch(/^list of dates/);
    expect(row(describeFields(GroupSchema), "verified.on").type).toMatch(/^date in quotes/);
  });

  it("describes local date-times and times of day in their written form", () => {
    expect(row(events, "startDate").type).toContain("YYYY-MM-DDTHH:MM");
    expect(row(events, "rescheduled[].endDate").type).toContain("YYYY-MM-DDTHH:MM");
    expect(row(describeFields(ServiceSchema), "service_at_location[].schedules[].opens_at").type).toContain('"HH:MM"');
  });

  it("keeps the schema's own description, even on a field that is optional or has a default", () => {
    expect(row(events, "title").description).toBe("The event's name, as people would say it.");
    expect(row(events, "recurrence").description).toBe("Leave out for a one-off event.");
    expect(row(events, "payWhatYouCan").description).toBe("true when people pay what they can afford.");
    expect(row(describeFields(ServiceSchema), "assured_date").description).toBe(
      "The date someone last checked this service (YYYY-MM-DD).",
    );
  });

  it("marks a field with a default as optional and shows the default as YAML", () => {
    expect(row(events, "status")).toMatchObject({ required: false, default: "scheduled" });
    expect(row(events, "booking")).toMatchObject({ required: false, default: "{ required: false }" });
    expect(row(events, "cancelledDates").default).toBe("[]");
    expect(row(events, "title")).toMatchObject({ required: true });
    expect(row(events, "title").default).toBeUndefined();
    expect(row(events, "price").required).toBe(false);
  });

  it("names nested fields by dotted path, with [] for each entry of a list", () => {
    const paths = describeFields(ServiceSchema).map((field) => field.path);
    expect(paths).toContain("service_at_location[].place");
    expect(paths).toContain("service_at_location[].schedules[].closes_at");
    expect(events.map((field) => field.path)).toContain("whatToExpect.meetingPoint");
  });

  it("writes out short lists of values and links long controlled lists", () => {
    expect(row(events, "recurrence.freq").type).toBe("one of: `weekly`, `monthly`");
    expect(row(events, "recurrence.bysetpos").type).toBe("one of: `1`, `2`, `3`, `4`, `-1`");
    expect(row(events, "categories")).toMatchObject({ type: "list of [categories](#categories)", minItems: 1 });
    expect(row(events, "status").list).toBe("event statuses");
  });

  it("uses a pattern's own message when there is no plainer name for it", () => {
    expect(row(describeFields(WardSchema), "code").type).toBe("an ONS ward code such as E05014564");
  });

  it("tells single-line text from longer text", () => {
    expect(row(events, "title").type).toBe("text on one line, up to 120 characters");
    expect(row(events, "summary").type).toBe("text, up to 280 characters");
  });
});

describe("toYaml", () => {
  it("writes defaults as they would be written in front matter", () => {
    expect(toYaml({ fineToComeAlone: true })).toBe("{ fineToComeAlone: true }");
    expect(toYaml(["everyone"])).toBe("[everyone]");
    expect(toYaml([])).toBe("[]");
    expect(toYaml(1)).toBe("1");
  });
});

describe("renderEditorGuide", () => {
  it.each([
    ["Events", EventSchema],
    ["Groups", GroupFields],
    ["Places", PlaceSchema],
    ["Services", ServiceFields],
  ] as const)("lists every top-level field of %s in its section", (heading, schema) => {
    const text = section(heading);
    for (const key of Object.keys(schema.shape)) expect(text).toContain(`| \`${key}\` |`);
  });

  it("lists every recurrence field under Events", () => {
    const text = section("Events");
    for (const key of Object.keys(RecurrenceSchema.shape)) expect(text).toContain(`| \`recurrence.${key}\` |`);
  });

  it("lists the fields of towns and wards under Areas", () => {
    const text = section("Areas");
    for (const key of [...Object.keys(TownSchema.shape), ...Object.keys(WardSchema.shape)]) {
      expect(text).toContain(`| \`${key}\` |`);
    }
  });

  it("renders an enum with its values", () => {
    const status = section("Events")
      .split("\n")
      .find((line) => line.startsWith("| `status` |"));
    for (const value of EVENT_STATUSES) expect(status).toContain(`\`${value}\``);
  });

  it("shows how to write a date-time, what is required and what a default is", () => {
    expect(guide).toContain('"2026-12-06T10:00"');
    expect(guide).toContain(
      "| `title` | The event's name, as people would say it. *Text on one line, up to 120 characters.* | Yes |",
    );
    expect(guide).toContain("| `recurrence.freq` | *One of: `weekly`, `monthly`* | Yes, if you give `recurrence` |");
    expect(guide).toContain(
      "| `status` | scheduled (going ahead), cancelled or postponed: the whole event, not one date. *One of: `scheduled`, `cancelled`, `postponed`* | No. If left out: `scheduled` |",
    );
    expect(guide).toContain("| Yes, at least one |");
  });

  it("lists every controlled list with each key and label", () => {
    const text = section("Controlled lists");
    for (const [name, labels] of Object.entries(VOCABULARIES)) {
      expect(text).toContain(`### ${name}\n`);
      for (const [key, label] of Object.entries(labels)) expect(text).toContain(`- \`${key}\` — ${label}\n`);
    }
  });

  it("links only to headings that exist", () => {
    const anchors = new Set([...guide.matchAll(/^#+ (.+)$/gm)].map((match) => anchorOf(match[1] ?? "")));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(anchors, `#${link}`).toContain(link);
  });

  it("gives a full example for every kind of listing, with a weekly and a last-Friday recurrence", () => {
    const blocks = yamlBlocks();
    const full = new Set(blocks.filter((block) => !block.part).map((block) => block.folder));
    expect([...full].sort()).toEqual(Object.keys(FULL_SCHEMAS).sort());
    const recurrences = blocks.map((block) => (load(block.text) as { recurrence?: unknown }).recurrence);
    expect(recurrences).toContainEqual(expect.objectContaining({ freq: "weekly" }));
    expect(recurrences).toContainEqual(expect.objectContaining({ freq: "monthly", byday: ["FR"], bysetpos: -1 }));
  });

  it.each(yamlBlocks().map((block) => [block.part ? `part of ${block.file}` : block.file, block] as const))(
    "has a valid example: %s",
    (_name, block) => {
      const data = load(block.text);
      const schema = block.part ? FIELD_SCHEMAS[block.folder]?.partial() : FULL_SCHEMAS[block.folder];
      const fields = FIELD_SCHEMAS[block.folder];
      if (!schema || !fields) throw new Error(`no schema for ${block.folder}`);
      const result = schema.safeParse(data);
      expect(result.error?.issues ?? []).toEqual([]);
      // Unknown keys are stripped without an error, so check every key names a documented field.
      const known = new Set(describeFields(fields).map((field) => field.path));
      for (const path of pathsOf(data)) expect(known, path).toContain(path);
    },
  );
});
