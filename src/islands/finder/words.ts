/** The finder's words in the page's language, for every part of the finder to read (see finder-words.ts). */
import { createContext, useContext } from "react";
import type { FinderWords } from "../../lib/search/finder-words";

export const FinderWordsContext = createContext<FinderWords | null>(null);

/** The finder's words; every part of the finder is drawn inside a `FinderWordsContext` that gives them. */
export function useFinderWords(): FinderWords {
  const words = useContext(FinderWordsContext);
  if (!words) throw new Error("The finder is drawn without its words (FinderWordsContext).");
  return words;
}
