"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { RichTextError } from "@/lib/rich-text/rich-text-error";
import { sanitizeRichText } from "@/lib/rich-text/sanitize";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { EditorToolbar } from "./editor-toolbar";
import { richTextEditorExtensions } from "./editor-extensions";
import { LinkForm } from "./link-form";
import { RichTextView } from "./rich-text-view";

// The annotation body editor. It reports bodies in their stored form (sanitizeRichText over
// tiptap's JSON, which also carries attributes such as the link's target that are never
// stored), and mirrors the current body into a hidden input so a plain <form> posted to a
// server action carries it; the server parses it again.

const emptyDoc: RichTextDoc = { type: "doc", content: [{ type: "paragraph" }] };

// Styles for the editable HTML tiptap renders, which Tailwind's reset leaves unstyled.
const contentClass =
  "min-h-32 px-3 py-2 text-sm leading-relaxed focus:outline-none [&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:ps-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:ps-6 [&_blockquote]:my-2 [&_blockquote]:border-s-4 [&_blockquote]:border-stone-300 [&_blockquote]:ps-3 [&_blockquote]:text-stone-700 [&_a]:text-blue-800 [&_a]:underline [&_strong]:font-semibold";

type RichTextEditorProps = {
  /** Name of the hidden input that carries the body as JSON. */
  name: string;
  /** Visible label, also the accessible name of the editable area. */
  label: string;
  /** The body to start from; a later different value (a reset, the current text after a stale edit) replaces the content. */
  value?: RichTextDoc;
  onChange?: (doc: RichTextDoc) => void;
  /** Puts the caret in the editor once it is created: for an editor opened by a button. */
  autoFocus?: boolean;
};

function storedForm(editor: Editor): RichTextDoc | RichTextError {
  try {
    return sanitizeRichText(editor.getJSON());
  } catch (error) {
    if (error instanceof RichTextError) return error;
    throw error;
  }
}

export function RichTextEditor({ name, label, value, onChange, autoFocus = false }: RichTextEditorProps) {
  const labelId = useId();
  const [json, setJson] = useState(() => JSON.stringify(value ?? emptyDoc));
  const [problem, setProblem] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  // The editor keeps the handlers it was created with; the ref lets them reach the latest onChange.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const editor = useEditor({
    extensions: richTextEditorExtensions,
    content: value ?? emptyDoc,
    // The server renders no editor; creating it on the client avoids a hydration mismatch.
    immediatelyRender: false,
    autofocus: autoFocus ? "end" : false,
    editorProps: {
      attributes: { role: "textbox", "aria-multiline": "true", "aria-labelledby": labelId, class: contentClass },
      handleKeyDown: (_view, event) => {
        if (event.key.toLowerCase() !== "k" || !(event.ctrlKey || event.metaKey)) return false;
        setLinkOpen(true);
        return true;
      },
    },
    onUpdate: ({ editor: current }) => {
      const doc = storedForm(current);
      if (doc instanceof RichTextError) {
        // Too long to store: the raw JSON is posted so the server refuses it with the same message,
        // rather than an older version being saved without a word.
        setJson(JSON.stringify(current.getJSON()));
        setProblem(doc.message);
        return;
      }
      setJson(JSON.stringify(doc));
      setProblem(null);
      onChangeRef.current?.(doc);
    },
  });

  useEffect(() => {
    if (!editor || value === undefined) return;
    const current = storedForm(editor);
    if (!(current instanceof RichTextError) && JSON.stringify(current) === JSON.stringify(value)) return;
    // Emitting the update refreshes the hidden input through onUpdate above.
    editor.commands.setContent(value, { emitUpdate: true });
  }, [editor, value]);

  const closeLink = () => {
    setLinkOpen(false);
    editor?.commands.focus();
  };

  const applyLink = (href: string) => {
    if (!editor) return;
    if (editor.state.selection.empty && !editor.isActive("link")) {
      // Nothing selected: the address itself becomes the linked words.
      editor.chain().focus().insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
    setLinkOpen(false);
  };

  const removeLink = () => {
    editor?.chain().focus().extendMarkRange("link").unsetLink().run();
    setLinkOpen(false);
  };

  const inLink = editor?.isActive("link") ?? false;

  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-sm font-medium text-stone-800">
        {label}
      </span>
      <div className="rounded border border-stone-300 bg-white focus-within:ring-2 focus-within:ring-blue-700">
        <EditorToolbar editor={editor} label={label} linkOpen={linkOpen} onLinkClick={() => (linkOpen ? closeLink() : setLinkOpen(true))} />
        {linkOpen && editor && (
          <LinkForm
            initialHref={String(editor.getAttributes("link").href ?? "")}
            onApply={applyLink}
            onRemove={inLink ? removeLink : null}
            onClose={closeLink}
          />
        )}
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          // Until the editor is created after hydration, the body is shown as it will read.
          <RichTextView doc={value ?? emptyDoc} className="min-h-32 px-3 py-2" />
        )}
      </div>
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
      <input type="hidden" name={name} value={json} />
    </div>
  );
}
