import type { Metadata } from "next";
import { CreateUserForm } from "@/components/create-user-form";
import { MemberRoleForm } from "@/components/member-role-form";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { listOrganizations, listUsersWithMemberships } from "@/lib/db/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireUser("/admin/users", "user:manage");
  const db = getDb();
  const [users, organizations] = await Promise.all([listUsersWithMemberships(db), listOrganizations(db)]);
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-semibold">Users</h1>
        <p className="mt-2 text-stone-600">Create accounts and set each member&apos;s role: viewers read, analysts annotate, editors import drafts, admins manage users.</p>
      </header>
      <section aria-labelledby="members">
        <h2 id="members" className="mb-3 text-xl font-semibold">Members</h2>
        <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
          <thead className="bg-stone-100 text-start">
            <tr>
              <th scope="col" className="p-3 text-start">Name</th>
              <th scope="col" className="p-3 text-start">Email</th>
              <th scope="col" className="p-3 text-start">Organisation and role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-stone-200 align-top">
                <td className="p-3">{user.name}{user.id === admin.id && <span className="ms-1 text-stone-500">(you)</span>}</td>
                <td className="p-3">{user.email}</td>
                <td className="space-y-2 p-3">
                  {user.memberships.length === 0 && <span className="text-stone-500">No organisation</span>}
                  {user.memberships.map((m) => (
                    <MemberRoleForm key={m.id} membershipId={m.id} organization={m.organization.name} role={m.role} person={user.name} />
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="create-user" className="max-w-xl">
        <h2 id="create-user" className="mb-3 text-xl font-semibold">Create a user</h2>
        <CreateUserForm organizations={organizations.map((o) => ({ id: o.id, name: o.name }))} />
      </section>
    </div>
  );
}
