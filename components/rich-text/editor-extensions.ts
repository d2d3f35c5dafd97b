import type { Extensions } from "@tiptap/core";
import Link from "@tiptap/extension-link";
import StarterKit from "@tiptap/starter-kit";
import { isAllowedHref } from "@/lib/rich-text/allowed-href";

// The editor's schema, cut down to exactly what an annotation body may hold
// (lib/rich-text/node-schemas.ts), so the editor cannot produce what the server would refuse.
// A unit test compares the two.
export const richTextEditorExtensions: Extensions = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    // An empty paragraph forced after every list would be stored with each body.
    trailingNode: false,
    // Configured on its own below rather than through the kit, to keep its rules in one place.
    link: false,
  }),
  Link.configure({
    // No extra schemes are registered with the autolinker; http, https and mailto are built in.
    protocols: [],
    defaultProtocol: "https",
    // Opening links while editing would navigate away from an unsaved comment.
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    // Pasted HTML, typed and autolinked addresses all pass the same test as stored bodies.
    isAllowedUri: (url) => isAllowedHref(url),
    shouldAutoLink: (url) => isAllowedHref(url),
    HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
  }),
];
