/**
 * Source health for moderators (GET /api/moderation/sources): every source in content/sources/ with what
 * its last fetches did: its kind, when it was last fetched and last read in full, how many events it gives,
 * the problems found (each with the event's UID or line and the reason), whether it is failing (three
 * days without a good fetch), and the places to add: its events' locations that match no known place. "Fetch now" (POST /api/moderation/sources/<id>/fetch) makes the hourly run for
 * that one source at once, paused or not, and answers with its health after it.
 */
import type { Source } from "../../src/lib/domain/source";
import { isFailing, type SourceResult } from "../../src/lib/import/merge";
import { sourceIdFor, type AddedSource } from "../../src/lib/import/added-sources";
import { SourceSchema } from "../../src/lib/domain/source";
import { placesToAdd, type KnownPlace, type PlaceToAdd } from "../../src/lib/import/places";
import { HttpError, json, jsonError, readJsonObject } from "./http";
import type { ListedIdsSource } from "./listed-ids";
import type { LicenceId } from "../../src/lib/domain/licence";
import type { ImportStore } from "./import-store";
import { runImport, type RunOptions } from "./import-run";

/** One source's health, as the console shows it. */
export interface SourceHealth {
  id: string;
  name: string;
  address: string;
  kind?: string;
  trusted: boolean;
  paused: boolean;
  /** The licence its listings are shared under in the open data; none when they are left out of it. */
  licence?: LicenceId;
  /** "failing": no good fetch for three days; "problems": read, with problems; "ok"; "never": not fetched yet. */
  state: "failing" | "problems" | "ok" | "never";
  lastFetchAt?: string;
  lastSuccessAt?: string;
  lastChangeAt?: string;
  failingSince?: string;
  /** Why the last fetch did not count, when it did not. */
  lastFailure?: string;
  events: number;
  services: number;
  problems: SourceResult["problems"];
  problemCount: number;
  /** The last fetches, newest first: when, whether each counted, and what it gave. */
  history: SourceResult["history"];
  /** Its events' locations that match no known place, with a postcode if the feed gave one, most events first. */
  placesToAdd: PlaceToAdd[];
}

/**
 * The health of one source from its file and its stored result (none when it has not been fetched), with its
 * places to add found against the places known now.
 */
export function healthOf(
  id: string,
  source: Source,
  result: SourceResult | undefined,
  now: Date,
  places: readonly KnownPlace[],
): SourceHealth {
  const base = {
    id,
    name: source.name,
    address: source.url,
    trusted: source.trusted,
    paused: source.paused,
    ...(source.licence ? { licence: source.licence } : {}),
  };
  if (!result || !result.lastFetchAt) {
    return {
      ...base,
      state: "never",
      events: 0,
      services: 0,
      problems: [],
      problemCount: 0,
      history: [],
      placesToAdd: [],
    };
  }
  const last = result.history.at(-1);
  const state = isFailing(result, now) ? "failing" : result.problemCount > 0 || last?.ok === false ? "problems" : "ok";
  return {
    ...base,
    ...(result.kind ? { kind: result.kind } : {}),
    state,
    lastFetchAt: result.lastFetchAt,
    ...(result.lastSuccessAt ? { lastSuccessAt: result.lastSuccessAt } : {}),
    ...(result.lastChangeAt ? { lastChangeAt: result.lastChangeAt } : {}),
    ...(result.failingSince ? { failingSince: result.failingSince } : {}),
    ...(last && !last.ok && last.reason ? { lastFailure: last.reason } : {}),
    events: result.events.length,
    services: result.services.length,
    problems: result.problems,
    problemCount: result.problemCount,
    history: [...result.history].reverse().slice(0, 24),
    placesToAdd: placesToAdd(
      result.events.map((kept) => kept.event),
      source,
      places,
    ),
  };
}

/** What the sources endpoints need. */
export interface SourceHealthDependencies {
  /** content/sources/ with the sources added from the console. */
  sources: () => Promise<{ id: string; data: Source }[]>;
  /** The listed places and groups a new source may name. */
  listed: ListedIdsSource;
  store: ImportStore;
  now: () => Date;
  /** The places feed locations are matched to: asked for only when the sources are listed or fetched. */
  places: () => readonly KnownPlace[];
  /** The rest of a run's needs, for "fetch now": asked for only then. */
  run: () => Omit<RunOptions, "sources" | "store" | "now" | "only" | "places">;
}

/**
 * Answers /api/moderation/sources[/<id>/fetch] for a signed-in moderator; `parts` is the path after
 * /api/moderation/sources.
 */
export async function answerSources(
  request: Request,
  parts: string[],
  deps: SourceHealthDependencies,
  moderator: string,
): Promise<Response> {
  const sources = await deps.sources();
  const [id, action] = parts;
  if (!id && request.method === "POST") {
    return addSource(await readJsonObject(request, 16 * 1024), sources, deps, moderator);
  }
  if (!id) {
    if (request.method !== "GET") {
      throw new HttpError(405, "Use GET to list sources, or POST to add one.", { allow: "GET, POST" });
    }
    const now = deps.now();
    const places = deps.places();
    const rows = await Promise.all(
      sources.map(async (source) => healthOf(source.id, source.data, await deps.store.read(source.id), now, places)),
    );
    const order = { failing: 0, problems: 1, never: 2, ok: 3 };
    rows.sort((a, b) => order[a.state] - order[b.state] || a.name.localeCompare(b.name, "en-GB"));
    return json(200, { sources: rows });
  }
  const source = sources.find((each) => each.id === id);
  if (!source) throw new HttpError(404, "There is no source with that id in content/sources/.");
  if (action !== "fetch") throw new HttpError(404, "No such source action.");
  if (request.method !== "POST") throw new HttpError(405, "Use POST to fetch a source now.", { allow: "POST" });
  const places = deps.places();
  const report = await runImport({ ...deps.run(), places, sources, store: deps.store, now: deps.now, only: id });
  const health = healthOf(id, source.data, await deps.store.read(id), deps.now(), places);
  const changes = report.fetched[0]?.changes ?? { added: 0, updated: 0, removed: 0 };
  return json(200, { source: health, changes, rebuild: report.rebuild?.status ?? "not-needed" });
}

/**
 * Adds a source from the console (directly, or from a group's request): the same fields and checks as a file
 * in content/sources/, with the group and place checked against the listings, kept in the imports store under
 * an id made from its name. It is read from the next hourly import (or Fetch now), and its events are listed
 * from the next build. Answers 201 with its health, or 400 or 409 naming the fields.
 */
export async function addSource(
  body: Record<string, unknown>,
  sources: { id: string; data: Source }[],
  deps: SourceHealthDependencies,
  moderator: string,
): Promise<Response> {
  const parsed = SourceSchema.safeParse({ lastChecked: deps.now().toISOString().slice(0, 10), ...body });
  const fields: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[issue.path.join(".") || "source"] ??= issue.message;
    return jsonError(400, "Some fields need changing.", fields);
  }
  const listed = deps.listed();
  if (parsed.data.group !== undefined && !listed.groups.has(parsed.data.group)) {
    fields["group"] = "is not a listed group: choose one from the list";
  }
  if (parsed.data.place !== undefined && !listed.places.has(parsed.data.place)) {
    fields["place"] = "is not a listed place: choose one from the list";
  }
  if (sources.some((source) => source.data.url === parsed.data.url)) fields["url"] = "is already a source";
  if (Object.keys(fields).length > 0) return jsonError(400, "Some fields need changing.", fields);
  const id = sourceIdFor(parsed.data.name);
  const taken = () =>
    jsonError(409, "There is already a source with that name.", { name: "is already a source's name" });
  if (sources.some((source) => source.id === id)) return taken();
  const added: AddedSource = { id, data: parsed.data, addedBy: moderator, addedAt: deps.now().toISOString() };
  if (!(await deps.store.addSource(added))) return taken();
  return json(201, { source: healthOf(id, parsed.data, undefined, deps.now(), []) });
}
