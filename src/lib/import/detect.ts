/**
 * What kind of source a body is, when the source does not say: read from the body first (a calendar starts
 * BEGIN:VCALENDAR; an RPDE page has items and next; an ORUK page has its services under content or
 * contents), then the content type and the address.
 */
import type { SourceKind } from "./model";

/** What is known of a fetched body. */
export interface BodyFacts {
  body: string;
  contentType?: string | undefined;
  url?: string | undefined;
}

function parsedJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/**
 * The kind of a body, or undefined when it is none the importer reads.
 * @example detectKind({ body: "BEGIN:VCALENDAR\r\n…" }) // "ical"
 */
export function detectKind({ body, contentType = "", url = "" }: BodyFacts): SourceKind | undefined {
  const start = body.replace(/^\uFEFF/, "").trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return "ical";
  const type = contentType.toLowerCase();
  if (start.startsWith("{") || start.startsWith("[") || type.includes("json")) {
    const json = parsedJson(start);
    if (json && typeof json === "object" && !Array.isArray(json)) {
      const page = json as Record<string, unknown>;
      if (Array.isArray(page["items"]) && "next" in page) return "rpde";
      if (Array.isArray(page["content"]) || Array.isArray(page["contents"])) return "oruk";
    }
    if (/\/services\/?(\?|$)/.test(url)) return "oruk";
    return undefined;
  }
  if (type.includes("text/calendar") || /^webcals?:/i.test(url) || /\.ics(\?|$)/i.test(url)) return "ical";
  if (type.includes("html") || start.startsWith("<")) return "jsonld";
  return undefined;
}
