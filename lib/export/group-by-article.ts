import type { SubmissionItem } from "./types";

export interface ArticleSection {
  articleLabel: string;
  articleHeading: string | null;
  items: SubmissionItem[];
}

/**
 * Items gathered under their article, articles in the order their first item was placed: the
 * authors' order decides which article comes first, and a later item on an article already
 * shown joins that article's section instead of opening a second one.
 */
export function groupByArticle(items: readonly SubmissionItem[]): ArticleSection[] {
  const sections = new Map<string, ArticleSection>();
  for (const item of items) {
    const section = sections.get(item.articleLabel);
    if (section) section.items.push(item);
    else sections.set(item.articleLabel, { articleLabel: item.articleLabel, articleHeading: item.articleHeading, items: [item] });
  }
  return [...sections.values()];
}
