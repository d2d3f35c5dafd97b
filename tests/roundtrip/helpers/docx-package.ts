import path from "node:path";
import { assertWellFormedXml } from "../../unit/export/helpers/docx-parts";

// What Word checks before it opens a package: every XML part well-formed, every part named by
// [Content_Types].xml and by a relationship present in the ZIP.

export function assertCompletePackage(parts: ReadonlyMap<string, string>): void {
  for (const [name, xml] of parts) if (/\.(xml|rels)$/.test(name)) assertWellFormedXml(name, xml);
  const contentTypes = parts.get("[Content_Types].xml");
  if (!contentTypes) throw new Error("No [Content_Types].xml");
  for (const [, partName] of contentTypes.matchAll(/<Override\b[^>]*PartName="([^"]+)"/g)) {
    if (!parts.has((partName ?? "").replace(/^\//, ""))) throw new Error(`[Content_Types].xml names ${partName}, which is not in the package`);
  }
  for (const [name, rels] of parts) {
    if (!name.endsWith(".rels")) continue;
    // "word/_rels/document.xml.rels" holds the relationships of "word/document.xml", relative to "word/".
    const base = path.posix.dirname(path.posix.dirname(name));
    for (const [relationship] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(relationship)) continue;
      const target = /Target="([^"]+)"/.exec(relationship)?.[1] ?? "";
      const resolved = target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(base === "." ? "" : base, target));
      if (!parts.has(resolved)) throw new Error(`${name} points at ${target} (${resolved}), which is not in the package`);
    }
  }
}
