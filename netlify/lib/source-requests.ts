/**
 * Groups' requests for their calendars to be added, for moderators (under /api/moderation/source-requests):
 * GET lists the waiting requests with their contact emails; POST <id>/add adds the calendar as a source with
 * the fields the moderator settled on (the same fields and checks as adding one in the console) and then
 * deletes the request; POST <id>/decline deletes it. Either way the request and its email are gone.
 */
import { toRequestView } from "../../src/lib/import/source-request";
import { HttpError, json, readJsonObject } from "./http";
import { addSource, type SourceHealthDependencies } from "./source-health";
import type { SourceRequestStore } from "./source-request-store";

/** What the request endpoints need: the requests, and what adding a source needs. */
export interface SourceRequestsDependencies {
  requests: SourceRequestStore;
  sources: SourceHealthDependencies;
}

/**
 * Answers /api/moderation/source-requests[/<id>/<action>] for a signed-in moderator; `parts` is the path
 * after /api/moderation/source-requests.
 */
export async function answerSourceRequests(
  request: Request,
  parts: string[],
  deps: SourceRequestsDependencies,
  moderator: string,
): Promise<Response> {
  const [id, action] = parts;
  if (!id) {
    if (request.method !== "GET") throw new HttpError(405, "Use GET to list requests.", { allow: "GET" });
    return json(200, { requests: (await deps.requests.list()).map(toRequestView) });
  }
  if (action !== "add" && action !== "decline") throw new HttpError(404, "No such request action.");
  if (request.method !== "POST") throw new HttpError(405, `Use POST to ${action} a request.`, { allow: "POST" });
  const body = action === "add" ? await readJsonObject(request, 16 * 1024) : undefined;
  const found = await deps.requests.get(id);
  if (!found) {
    throw new HttpError(404, "There is no such request: another moderator may have dealt with it already.");
  }
  if (body === undefined) {
    await deps.requests.remove(found.id);
    return json(200, { resolved: "declined" });
  }
  const added = await addSource(body, await deps.sources.sources(), deps.sources, moderator);
  // Only a source that was kept resolves the request; a refusal leaves it waiting, as it was.
  if (added.status !== 201) return added;
  await deps.requests.remove(found.id);
  return json(201, { ...((await added.json()) as Record<string, unknown>), resolved: "added" });
}
