import Link from "next/link";
import type { ProvisionNode } from "@/lib/drafts/provision-tree";

function Paragraphs({ text }: { text: string }) {
  if (!text) return null;
  return text.split(/\n{2,}/).map((paragraph, i) => <p key={i} className="mb-3">{paragraph}</p>);
}

function Children({ node }: { node: ProvisionNode }) {
  return node.children.map((child) => <ProvisionView key={child.id} node={child} />);
}

/** One provision and its children, in the layout of a printed negotiating text. */
export function ProvisionView({ node }: { node: ProvisionNode }) {
  switch (node.kind) {
    case "PREAMBLE":
      return (
        <section id={node.anchor} className="mb-10">
          {node.heading && <h2 className="mb-3 text-center text-lg font-semibold">{node.heading}</h2>}
          <Paragraphs text={node.text} />
          <Children node={node} />
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
          <Paragraphs text={node.text} />
          <Children node={node} />
        </section>
      );
    case "SECTION":
    case "TITLE":
      return (
        <section id={node.anchor} aria-labelledby={`${node.anchor}-title`} className="mb-6 mt-8">
          <h3 id={`${node.anchor}-title`} className="mb-4 text-center font-semibold text-stone-700">
            {[node.label, node.heading].filter(Boolean).join(". ")}
          </h3>
          <Paragraphs text={node.text} />
          <Children node={node} />
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
          <Paragraphs text={node.text} />
          <Children node={node} />
        </section>
      );
    default:
      return (
        <div id={node.anchor} className={node.kind === "SUBPARAGRAPH" ? "ms-8" : ""}>
          <p className="mb-3">
            {node.label && <span className="provision-label">{node.label}</span>}
            {node.text}
          </p>
          <Children node={node} />
        </div>
      );
  }
}
