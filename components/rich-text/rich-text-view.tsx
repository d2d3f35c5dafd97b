import type { ReactNode } from "react";
import { isAllowedHref } from "@/lib/rich-text/allowed-href";
import { isRecord } from "@/lib/rich-text/is-record";
import type { RichTextBlock, RichTextDoc, RichTextInline, RichTextListItem } from "@/lib/rich-text/types";

// Renders an annotation body to React elements by walking its JSON. Every element and
// attribute written here is named in this file: attributes are never copied from the body,
// text goes in as React text (escaped), and a node or mark of any other type renders nothing
// of its own, so even a body that slipped past validation cannot put active content on the page.

const linkClass = "text-blue-800 underline decoration-1 underline-offset-2 hover:text-blue-950";

/** Only the records of an array: the checks below also hold for a body that was never validated. */
function recordsOf<T>(list: T[] | undefined): T[] {
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function Inline({ node }: { node: RichTextInline }): ReactNode {
  if (node.type === "hardBreak") return <br />;
  if (node.type !== "text" || typeof node.text !== "string") return null;
  const marks = recordsOf(node.marks);
  let rendered: ReactNode = node.text;
  // Applied inside out, so a bold link reads <a><strong>…</strong></a> whatever order the marks came in.
  if (marks.some((mark) => mark.type === "italic")) rendered = <em>{rendered}</em>;
  if (marks.some((mark) => mark.type === "bold")) rendered = <strong className="font-semibold">{rendered}</strong>;
  const link = marks.find((mark) => mark.type === "link");
  if (link?.type === "link" && isRecord(link.attrs) && isAllowedHref(link.attrs.href)) {
    rendered = (
      <a href={link.attrs.href} target="_blank" rel="noopener noreferrer nofollow" className={linkClass}>
        {rendered}
      </a>
    );
  }
  return rendered;
}

function Inlines({ content }: { content: RichTextInline[] | undefined }) {
  return recordsOf(content).map((node, i) => <Inline key={i} node={node} />);
}

function ListItem({ item }: { item: RichTextListItem }) {
  return (
    <li className="ps-1">
      <Blocks blocks={recordsOf<RichTextBlock>(item.content)} />
    </li>
  );
}

function Block({ block }: { block: RichTextBlock }): ReactNode {
  switch (block.type) {
    case "paragraph":
      // An empty paragraph is spacing the analyst typed; the line break keeps its height.
      return <p dir="auto" className="my-2 first:mt-0 last:mb-0">{Array.isArray(block.content) && block.content.length > 0 ? <Inlines content={block.content} /> : <br />}</p>;
    case "bulletList":
      return <ul className="my-2 list-disc ps-6">{recordsOf(block.content).map((item, i) => <ListItem key={i} item={item} />)}</ul>;
    case "orderedList": {
      const start = Number.isInteger(block.attrs?.start) ? block.attrs?.start : undefined;
      return <ol start={start} className="my-2 list-decimal ps-6">{recordsOf(block.content).map((item, i) => <ListItem key={i} item={item} />)}</ol>;
    }
    case "blockquote":
      return (
        <blockquote className="my-2 border-s-4 border-stone-300 ps-3 text-stone-700">
          <Blocks blocks={block.content} />
        </blockquote>
      );
    default:
      return null;
  }
}

function Blocks({ blocks }: { blocks: RichTextBlock[] | undefined }) {
  return recordsOf(blocks).map((block, i) => <Block key={i} block={block} />);
}

/** An annotation body, already checked by parseRichText or sanitizeRichText, as readable commentary. */
export function RichTextView({ doc, className = "" }: { doc: RichTextDoc; className?: string }) {
  return (
    <div dir="auto" className={`text-sm leading-relaxed break-words text-stone-900 ${className}`.trim()}>
      <Blocks blocks={doc.content} />
    </div>
  );
}
