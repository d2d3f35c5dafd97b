import Link from "next/link";
import type { ReactNode } from "react";
import { AnnotatableText } from "@/components/annotations/annotatable-text";
import type { Highlight } from "@/lib/anchoring/highlight-segments";
import type { ProvisionNode } from "@/lib/drafts/provision-tree";
import { textParagraphs } from "@/lib/drafts/text-paragraphs";

/** The annotated words of each provision, by provision id. */
export type HighlightsByProvision = ReadonlyMap<string, readonly Highlight[]>;

/** What stands beside a provision in the margin (its article's annotations), or nothing. */
export type Beside = (node: ProvisionNode) => ReactNode;

type ViewProps = { node: ProvisionNode; highlights: HighlightsByProvision; beside: Beside };

/**
 * A provision's text and its margin in one row, the margin aligned with the top of the text on
 * wide screens and below it on narrow ones. Articles always keep the margin's column, so their
 * text keeps one width whether annotated or not; other provisions make a row only when annotated.
 */
function WithMargin({ node, beside, always = false, children }: { node: ProvisionNode; beside: Beside; always?: boolean; children: ReactNode }) {
  const margin = beside(node);
  if (!margin && !always) return children;
  return (
    <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start xl:gap-8">
      <div className="min-w-0 max-w-[72ch]">{children}</div>
      {margin}
    </div>
  );
}

// Headings above rows span the text's column, not the margin's.
const besideMargin = "xl:pe-[22rem]";

function Paragraphs({ node, highlights }: Omit<ViewProps, "beside">) {
  return textParagraphs(node.text).map(({ start, end }) => (
    <p key={start} className="mb-3">
      <AnnotatableText provisionId={node.id} text={node.text} from={start} to={end} highlights={highlights.get(node.id)} />
    </p>
  ));
}

function Children({ node, highlights, beside }: ViewProps) {
  return node.children.map((child) => <ProvisionView key={child.id} node={child} highlights={highlights} beside={beside} />);
}

// Inside an article or the preamble nothing stands beside a provision: its annotations are listed beside the article.
const NOTHING_BESIDE: Beside = () => null;

/** One provision and its children, in the layout of a printed negotiating text. */
export function ProvisionView({ node, highlights, beside }: ViewProps) {
  switch (node.kind) {
    case "PREAMBLE":
      return (
        <WithMargin node={node} beside={beside} always>
          <section id={node.anchor} className="mb-10">
            {node.heading && <h2 className="mb-3 text-center text-lg font-semibold">{node.heading}</h2>}
            <Paragraphs node={node} highlights={highlights} />
            <Children node={node} highlights={highlights} beside={NOTHING_BESIDE} />
          </section>
        </WithMargin>
      );
    case "PART":
    case "CHAPTER":
    case "ANNEX":
      return (
        <section id={node.anchor} aria-labelledby={`${node.anchor}-title`} className="mb-8 mt-12">
          <h2 id={`${node.anchor}-title`} className={`mb-6 text-center text-xl font-semibold ${besideMargin}`}>
            <span className="block text-base font-normal uppercase tracking-wide text-stone-600">{node.label}</span>
            {node.heading}
          </h2>
          <WithMargin node={node} beside={beside}><Paragraphs node={node} highlights={highlights} /></WithMargin>
          <Children node={node} highlights={highlights} beside={beside} />
        </section>
      );
    case "SECTION":
    case "TITLE":
      return (
        <section id={node.anchor} aria-labelledby={`${node.anchor}-title`} className="mb-6 mt-8">
          <h3 id={`${node.anchor}-title`} className={`mb-4 text-center font-semibold text-stone-700 ${besideMargin}`}>
            {[node.label, node.heading].filter(Boolean).join(". ")}
          </h3>
          <WithMargin node={node} beside={beside}><Paragraphs node={node} highlights={highlights} /></WithMargin>
          <Children node={node} highlights={highlights} beside={beside} />
        </section>
      );
    case "ARTICLE":
      return (
        <WithMargin node={node} beside={beside} always>
          <section id={node.anchor} aria-labelledby={`${node.anchor}-title`} className="mb-8">
            <h3 id={`${node.anchor}-title`} className="mb-3 text-center">
              <span className="block font-semibold">{node.label}</span>
              {node.heading && <span className="provision-heading block">{node.heading}</span>}
            </h3>
            <p lang="en" dir="ltr" className="-mt-2 mb-3 text-center font-sans text-xs">
              <Link href={`/provisions/${node.id}/history`} aria-label={`Clause history of ${node.label ?? "this article"}`}>Clause history</Link>
            </p>
            <Paragraphs node={node} highlights={highlights} />
            <Children node={node} highlights={highlights} beside={NOTHING_BESIDE} />
          </section>
        </WithMargin>
      );
    default:
      return (
        <div id={node.anchor} className={node.kind === "SUBPARAGRAPH" ? "ms-8" : ""}>
          <WithMargin node={node} beside={beside}>
            <p className="mb-3">
              {node.label && <span className="provision-label">{node.label}</span>}
              {node.text && <AnnotatableText provisionId={node.id} text={node.text} from={0} to={node.text.length} highlights={highlights.get(node.id)} />}
            </p>
          </WithMargin>
          <Children node={node} highlights={highlights} beside={beside} />
        </div>
      );
  }
}
