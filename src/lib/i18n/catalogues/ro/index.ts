/** Every piece of interface text in Romanian, key for key as English has it. Its glossary is ./glossary.md. */
import type { Messages } from "../../types";
import { about } from "./about";
import { areas } from "./areas";
import { buddy } from "./buddy";
import { buddyForms } from "./buddyForms";
import { calendar } from "./calendar";
import { directory } from "./directory";
import { events } from "./events";
import { finder } from "./finder";
import { home } from "./home";
import { listing } from "./listing";
import { map } from "./map";
import { myList } from "./myList";
import { notFound } from "./notFound";
import { offline } from "./offline";
import { print } from "./print";
import { report } from "./report";
import { site } from "./site";
import { submit } from "./submit";
import { accessibility, privacy } from "./statements";
import { time } from "./time";
import { vocab } from "./vocab";

export const ro: Messages = {
  site,
  time,
  vocab,
  about,
  home,
  accessibility,
  privacy,
  buddy,
  buddyForms,
  calendar,
  map,
  directory,
  areas,
  listing,
  events,
  finder,
  print,
  notFound,
  offline,
  submit,
  myList,
  report,
};
