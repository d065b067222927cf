/** Every piece of interface text in Urdu, key for key as English has it. Its glossary is ./glossary.md. */
import type { Messages } from "../../types";
import { about } from "./about";
import { events } from "./events";
import { listing } from "./listing";
import { site } from "./site";
import { time } from "./time";
import { vocab } from "./vocab";

export const ur: Messages = { site, time, vocab, about, listing, events };
