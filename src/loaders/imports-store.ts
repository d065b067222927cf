/**
 * What the hourly import keeps in Netlify Blobs, as the loaders of imported events and services read it at
 * build time: every source's result, the sources moderators added in the console and moderators' decisions on
 * imported events, and which results' services may publish. A stored value of the wrong shape is reported and left out; with no Blobs store in
 * reach (a plain `astro build`), there is simply nothing imported.
 */
import { getStore } from "@netlify/blobs";
import type { LoaderContext } from "astro/loaders";
import type { z } from "zod";
import { readCollectionFiles } from "../../netlify/lib/content-files";
import type { Source } from "../lib/domain/source";
import { AddedSourceSchema, withAddedSources, type AddedSource } from "../lib/import/added-sources";
import { isSourceResult, type SourceResult } from "../lib/import/merge";
import { DecisionSchema, SplitSchema, type Review } from "../lib/import/review";
import { IMPORTS_STORE, IMPORT_KEYS } from "../lib/import/store-keys";

/** What the imports store holds for the build. */
export interface StoredImports {
  results: readonly SourceResult[];
  added: readonly AddedSource[];
  /** Moderators' decisions on events from moderated sources, and the pairs they split. */
  review: Review;
}

type Logger = Pick<LoaderContext["logger"], "info" | "warn">;

const NOTHING_STORED: StoredImports = { results: [], added: [], review: { decisions: [], splits: [] } };

async function readStore(logger: Logger): Promise<StoredImports> {
  let store;
  try {
    store = getStore({ name: IMPORTS_STORE, consistency: "strong" });
  } catch {
    return NOTHING_STORED;
  }
  const read = async (prefix: string) => {
    const { blobs } = await store.list({ prefix });
    const values = await Promise.all(blobs.map((blob) => store.get(blob.key, { type: "json" }) as Promise<unknown>));
    return values.map((value, index) => ({ key: blobs[index]!.key, value }));
  };
  const valid = <T>(prefix: string, schema: z.ZodType<T>, what: string) =>
    read(prefix).then((values) =>
      values.flatMap(({ key, value }) => {
        const parsed = schema.safeParse(value);
        if (parsed.success) return [parsed.data];
        logger.warn(`The stored ${key} is not ${what}: it is left out.`);
        return [];
      }),
    );
  try {
    const [results, added, decisions, splits] = await Promise.all([
      read(IMPORT_KEYS.results).then((values) =>
        values.flatMap(({ key, value }) => {
          if (isSourceResult(value)) return [value];
          logger.warn(`The stored import ${key} is not a source's result: it is left out.`);
          return [];
        }),
      ),
      valid(IMPORT_KEYS.added, AddedSourceSchema, "a source added from the console"),
      valid(IMPORT_KEYS.decisions, DecisionSchema, "a moderator's decision"),
      valid(IMPORT_KEYS.splits, SplitSchema, "a pair a moderator split"),
    ]);
    return { results, added, review: { decisions, splits } };
  } catch {
    logger.warn("Could not read imported listings from Netlify Blobs: building without them.");
    return NOTHING_STORED;
  }
}

// The events and services loaders run side by side in one build: while one read is under way, the other
// shares it rather than reading every source's result again.
let reading: Promise<StoredImports> | undefined;

/** Every source's result and every source added in the console, from Netlify Blobs. */
export function readStoredImports(logger: Logger): Promise<StoredImports> {
  reading ??= readStore(logger).finally(() => {
    reading = undefined;
  });
  return reading;
}

/** A source's id and settings, as the loaders apply them. */
export interface KnownSource {
  id: string;
  data: Source;
}

/**
 * The results whose listings of one kind may publish, each with its source: a trusted source's. A moderated
 * source's listings wait for a moderator (counted in the log), and a result whose source is gone from
 * content/sources/ and the console is left out. `root` is where content/ is.
 */
export function publishableResults(
  stored: Pick<StoredImports, "results" | "added">,
  root: string,
  kind: "events" | "services",
  logger: Logger,
): { result: SourceResult; source: KnownSource }[] {
  const files = readCollectionFiles(root, "sources").listings;
  const sources = new Map(withAddedSources(files, stored.added).map((entry) => [entry.id, entry]));
  const noun = kind === "events" ? "event" : "service";
  const publishable: { result: SourceResult; source: KnownSource }[] = [];
  let waiting = 0;
  for (const result of stored.results) {
    if (result[kind].length === 0) continue;
    const source = sources.get(result.source);
    if (!source) {
      logger.info(`Imported ${kind} from "${result.source}" are left out: it is no longer a source.`);
      continue;
    }
    if (!source.data.trusted) {
      waiting += result[kind].length;
      continue;
    }
    publishable.push({ result, source });
  }
  if (waiting > 0) logger.info(`${waiting} imported ${noun}(s) from moderated sources wait for a moderator.`);
  return publishable;
}
