import type { HiddenPair } from "@/components/compare/hidden-pair-notice";
import { articleName, renumbering } from "@/lib/compare/article-names";
import { compareHref, withoutFilters, type CompareParams } from "@/lib/compare/compare-url";
import type { FilterName } from "@/lib/compare/filter-pairs";
import { pairAddress } from "@/lib/compare/pair-anchor";
import type { ComparedPair } from "@/lib/compare/types";

const FILTER_WORDS: Record<FilterName, string> = { onlyChanged: "“Only articles whose text changed”", chapter: "the chapter filter", search: "the search" };

const listed = (words: string[]) => (words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : words[0]!);

/**
 * The pairs the filters hide, for a link to one of them (components/compare/pair-link-fallback):
 * under the address the page gives it, with the view that
 * shows it, the other filters kept.
 */
export function hiddenPairs(
  pairs: { pair: ComparedPair; index: number; hiddenBy: FilterName[] }[],
  anchors: Map<string, string>,
  params: CompareParams,
): HiddenPair[] {
  return pairs.flatMap(({ pair, index, hiddenBy }) => {
    if (hiddenBy.length === 0) return [];
    const { id, from, to } = pairAddress(pair, anchors);
    return [{
      id,
      from,
      to,
      number: index + 1,
      name: renumbering(pair.from.map(articleName), pair.to.map(articleName)),
      clears: listed(hiddenBy.map((name) => FILTER_WORDS[name])),
      showHref: `${compareHref(withoutFilters(params, hiddenBy))}#${id}`,
    }];
  });
}
