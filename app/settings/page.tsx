import type { Metadata } from "next";
import { CreateTokenForm, RevokeTokenButton } from "@/components/api-token-forms";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { actorOf } from "@/lib/db/users";
import { formatDate } from "@/lib/i18n/format-date";
import { listApiTokens } from "@/lib/operations/api-tokens/api-tokens";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const tokens = await listApiTokens(getDb(), actorOf(user));
  return (
    <div className="max-w-3xl space-y-8">
      <header>
        <h1 className="text-3xl font-semibold">Settings</h1>
        <p className="mt-2 text-stone-600">{user.name} · {user.email}</p>
      </header>
      <section aria-labelledby="tokens" className="space-y-4">
        <h2 id="tokens" className="text-xl font-semibold">Personal API tokens</h2>
        <p className="text-stone-600">
          A token lets a script use the annotation API as you (<code>Authorization: Bearer &lt;token&gt;</code>), seeing exactly what you see. Revoke it when it is no longer needed.
        </p>
        <CreateTokenForm />
        {tokens.length === 0 ? (
          <p className="text-sm text-stone-600">You have no tokens.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {tokens.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-3 px-4 py-3 text-sm">
                <span>
                  <span className="font-medium">{t.name}</span> · created {formatDate(t.createdAt)}
                  {t.lastUsedAt ? ` · last used ${formatDate(t.lastUsedAt)}` : " · never used"}
                </span>
                <RevokeTokenButton tokenId={t.id} name={t.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
