"use client";

import { useEditorState, type Editor } from "@tiptap/react";

// The formatting buttons. Each is a real <button> whose pressed state follows the selection,
// so screen readers announce "Bold, toggle button, pressed" as the caret moves through bold text.

type Tool = {
  name: "bold" | "italic" | "bulletList" | "orderedList" | "blockquote";
  label: string;
  glyph: string;
  shortcut: string;
  run: (editor: Editor) => void;
};

// Shortcuts are StarterKit's own; they are listed so assistive technology can announce them.
const tools: Tool[] = [
  { name: "bold", label: "Bold", glyph: "B", shortcut: "Control+B", run: (editor) => editor.chain().focus().toggleBold().run() },
  { name: "italic", label: "Italic", glyph: "I", shortcut: "Control+I", run: (editor) => editor.chain().focus().toggleItalic().run() },
  { name: "bulletList", label: "Bulleted list", glyph: "•", shortcut: "Control+Shift+8", run: (editor) => editor.chain().focus().toggleBulletList().run() },
  { name: "orderedList", label: "Numbered list", glyph: "1.", shortcut: "Control+Shift+7", run: (editor) => editor.chain().focus().toggleOrderedList().run() },
  { name: "blockquote", label: "Quote", glyph: "❝", shortcut: "Control+Shift+B", run: (editor) => editor.chain().focus().toggleBlockquote().run() },
];

const buttonClass =
  "min-w-8 rounded px-2 py-1 text-sm text-stone-800 hover:bg-stone-200 disabled:opacity-50 aria-pressed:bg-stone-300 aria-pressed:text-stone-950";

type EditorToolbarProps = {
  editor: Editor | null;
  label: string;
  linkOpen: boolean;
  onLinkClick: () => void;
};

export function EditorToolbar({ editor, label, linkOpen, onLinkClick }: EditorToolbarProps) {
  // Re-renders the toolbar only when one of these flags changes, not on every keystroke.
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive("bold") ?? false,
      italic: current?.isActive("italic") ?? false,
      bulletList: current?.isActive("bulletList") ?? false,
      orderedList: current?.isActive("orderedList") ?? false,
      blockquote: current?.isActive("blockquote") ?? false,
      link: current?.isActive("link") ?? false,
    }),
  });

  return (
    <div role="toolbar" aria-label={`${label}: formatting`} className="flex flex-wrap gap-1 border-b border-stone-200 px-1 py-1">
      {tools.map((tool) => (
        <button
          key={tool.name}
          type="button"
          aria-label={tool.label}
          aria-pressed={active?.[tool.name] ?? false}
          aria-keyshortcuts={tool.shortcut}
          title={tool.label}
          // Until the editor exists (it is created after hydration) the buttons have nothing to act on.
          disabled={editor === null}
          onClick={() => editor && tool.run(editor)}
          className={`${buttonClass} ${tool.name === "bold" ? "font-bold" : ""} ${tool.name === "italic" ? "italic" : ""}`}
        >
          <span aria-hidden="true">{tool.glyph}</span>
        </button>
      ))}
      <button
        type="button"
        aria-label="Link"
        aria-pressed={active?.link ?? false}
        aria-expanded={linkOpen}
        aria-keyshortcuts="Control+K"
        title="Link"
        disabled={editor === null}
        onClick={onLinkClick}
        className={`${buttonClass} underline`}
      >
        <span aria-hidden="true">Link</span>
      </button>
    </div>
  );
}
