/**
 * Every piece of interface text in British English: the catalogue every other language follows, key for key.
 * Its glossary of the site's own terms is ./glossary.md.
 */
import { about } from "./about";
import { events } from "./events";
import { listing } from "./listing";
import { site } from "./site";
import { time } from "./time";
import { vocab } from "./vocab";

export const en = { site, time, vocab, about, listing, events };
