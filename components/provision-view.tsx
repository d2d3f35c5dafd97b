import Link from "next/link";
import { AnnotatableText } from "@/components/annotations/annotatable-text";
import type { Highlight } from "@/lib/anchoring/highlight-segments";
import type { ProvisionNode } from "@/lib/drafts/provision-tree";
import { textParagraphs } from "@/lib/drafts/text-paragraphs";

/** The annotated words of each provision, by provision id. */
export type HighlightsByProvision = ReadonlyMap<string, readonly Highlight[]>;

type ViewProps = { node: ProvisionNode; highlights: HighlightsByProvision };

function Paragraphs({ node, highlights }: ViewProps) {
  return textParagraphs(node.text).map(({ start, end }) => (
    <p key={start} className="mb-3">
      <AnnotatableText provisionId={node.id} text={node.text} from={start} to={end} highlights={highlights.get(node.id)} />
    </p>
  ));
}

function Children({ node, highlights }: ViewProps) {
  return node.children.map((child) => <ProvisionView key={child.id} node={child} highlights={highlights} />);
}

/** One provision and its children, in the layout of a printed negotiating text. */
export function ProvisionView({ node, highlights }: ViewProps) {
  switch (node.kind) {
    case "PREAMBLE":
      return (
        <section id={node.anchor} className="mb-10">
          {node.heading && <h2 className="mb-3 text-center text-lg font-semibold">{node.heading}</h2>}
          <Paragraphs node={node} highlights={highlights} />
          <Children node={node} highlights={highlights} />
        </section>
      );
    case "PART":
    case "CHAPTER":
    case "ANNEX":
      return (
        <section id={node.anchor} aria-labelledby={`${node.anchor}-title`} className="mb-8 mt-12">
          <h2 id={`${node.anchor}-title`} className="mb-6 text-center text-xl font-semibold">
            <span className="block text-base font-normal uppercase tracking-wide text-stone-600">{node.label}</span>
            {node.heading}
          </h2>
          <Paragraphs node={node} highlights={highlights} />
          <Children node={node} highlights={highlights} />
        </section>
      );
    case "SECTION":
    case "TITLE":
      return (
        <section id={node.anchor} aria-labelledby={`${node.anchor}-title`} className="mb-6 mt-8">
          <h3 id={`${node.anchor}-title`} className="mb-4 text-center font-semibold text-stone-700">
            {[node.label, node.heading].filter(Boolean).join(". ")}
          </h3>
          <Paragraphs node={node} highlights={highlights} />
          <Children node={node} highlights={highlights} />
        </section>
      );
    case "ARTICLE":
      return (
        <section id={node.anchor} aria-labelledby={`${node.anchor}-title`} className="mb-8">
          <h3 id={`${node.anchor}-title`} className="mb-3 text-center">
            <span className="block font-semibold">{node.label}</span>
            {node.heading && <span className="provision-heading block">{node.heading}</span>}
          </h3>
          <p lang="en" dir="ltr" className="-mt-2 mb-3 text-center font-sans text-xs">
            <Link href={`/provisions/${node.id}/history`} aria-label={`Clause history of ${node.label ?? "this article"}`}>Clause history</Link>
          </p>
          <Paragraphs node={node} highlights={highlights} />
          <Children node={node} highlights={highlights} />
        </section>
      );
    default:
      return (
        <div id={node.anchor} className={node.kind === "SUBPARAGRAPH" ? "ms-8" : ""}>
          <p className="mb-3">
            {node.label && <span className="provision-label">{node.label}</span>}
            {node.text && <AnnotatableText provisionId={node.id} text={node.text} from={0} to={node.text.length} highlights={highlights.get(node.id)} />}
          </p>
          <Children node={node} highlights={highlights} />
        </div>
      );
  }
}
