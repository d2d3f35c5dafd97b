import type { Metadata } from "next";
import { CreateTagForm, RenameTagForm } from "@/components/tag-forms";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const user = await requireUser("/tags");
  const tags = await getDb().tag.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { annotations: true } } } });
  const editable = can(actorOf(user), "tag:manage");
  return (
    <div className="max-w-4xl space-y-6">
      <header>
        <h1 className="text-3xl font-semibold">Tags</h1>
        <p className="mt-2 text-stone-600">The shared themes commentary is tagged with. {editable ? "As an editor you add and rename them." : "Editors add and rename them."}</p>
      </header>
      {editable && <CreateTagForm />}
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {tags.map((tag) => (
          <li key={tag.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
            {editable ? <RenameTagForm tag={tag} /> : <span className="font-medium">{tag.name}</span>}
            {!editable && tag.description && <span className="text-sm text-stone-600">{tag.description}</span>}
            <span className="ms-auto text-sm text-stone-500">{tag._count.annotations} {tag._count.annotations === 1 ? "annotation" : "annotations"}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
