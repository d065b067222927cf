/** Every piece of interface text in Romanian, key for key as English has it. Its glossary is ./glossary.md. */
import type { Messages } from "../../types";
import { about } from "./about";
import { areas } from "./areas";
import { directory } from "./directory";
import { site } from "./site";
import { time } from "./time";
import { vocab } from "./vocab";

export const ro: Messages = { site, time, vocab, about, directory, areas };
