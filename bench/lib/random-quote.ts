import { describeQuote } from "../../lib/anchoring/text-quote";
import { describePosition } from "../../lib/anchoring/text-position";

/** One to twelve whole words of `text`, as analysts select them (a "shall" up to a clause), with their selectors. */
export function randomQuote(text: string, random: () => number) {
  const words = [...text.matchAll(/\S+/g)];
  const first = Math.floor(random() * words.length);
  const last = Math.min(words.length - 1, first + Math.floor(random() * 12));
  const start = words[first]!.index;
  const end = words[last]!.index + words[last]![0].length;
  return { quote: describeQuote(text, start, end), position: describePosition(start, end) };
}
