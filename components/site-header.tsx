import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { actorOf } from "@/lib/db/users";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/95 backdrop-blur">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3 text-sm">
        <Link href="/" className="text-base font-semibold text-stone-900 no-underline">
          Draftwatch
        </Link>
        {user && <Link href="/">Treaties and drafts</Link>}
        {user && <Link href="/compare">Compare</Link>}
        {user && <Link href="/search">Search</Link>}
        {user && <Link href="/submissions">Submissions</Link>}
        {user && <Link href="/tags">Tags</Link>}
        {user && can(actorOf(user), "user:manage") && <Link href="/admin/users">Users</Link>}
        <div className="ms-auto flex items-center gap-3">
          {user ? (
            <>
              <span className="text-stone-600">
                <Link href="/settings" className="text-stone-700">{user.name}</Link> · {user.role.toLowerCase()}
                {user.organizations[0] && <> · {user.organizations[0].name}</>}
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/signin">Sign in</Link>
          )}
        </div>
      </nav>
    </header>
  );
}
