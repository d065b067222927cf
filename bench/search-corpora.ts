/** The synthetic corpora for the search benchmark, in Node: built from the real content/ (see corpus.ts). */
import { content } from "../tests/support/content";
import { syntheticJson } from "./corpus";

/** The two search files the site would ship for `count` synthetic listings, as JSON text. */
export function corpusJson(count: number): { first: string; details: string } {
  return syntheticJson(content, count, new Date("2026-12-02T09:00:00Z"));
}
