"use client";

import { useState } from "react";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { api } from "@/components/ui/api-client";
import { formatDateTime } from "@/components/ui/format-date";
import { Button, ErrorText, Field, Select, TextInput } from "@/components/ui/form-controls";
import { ResetPasswordDialog } from "./reset-password-dialog";

export type AdminUserRow = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
};

/** The roles offered for a new user, the usual one first. */
const NEW_USER_ROLES: readonly Role[] = ["EDITOR", "VIEWER", "ADMIN"];

export function UserAdmin({ initialUsers, currentUserId }: { initialUsers: AdminUserRow[]; currentUserId: string }) {
  const [users, setUsers] = useState(initialUsers);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetting, setResetting] = useState<AdminUserRow | null>(null);

  async function refresh() {
    const data = await api<{ users: AdminUserRow[] }>("/api/admin/users");
    setUsers(data.users);
  }

  async function act(fn: () => Promise<unknown>, success: string) {
    setError(null);
    setNotice(null);
    try {
      await fn();
      await refresh();
      setNotice(success);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function onCreate(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    await act(
      () =>
        api("/api/admin/users", {
          body: {
            username: form.get("username"),
            displayName: form.get("displayName"),
            password: form.get("password"),
            role: form.get("role"),
          },
        }).then(() => formEl.reset()),
      `已创建用户“${form.get("username")}”。`,
    );
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_320px]">
      <section className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <thead className="bg-stone-100 text-stone-600">
            <tr>
              <th className="px-4 py-2 font-medium">用户名</th>
              <th className="px-4 py-2 font-medium">姓名</th>
              <th className="px-4 py-2 font-medium">角色</th>
              <th className="px-4 py-2 font-medium">状态</th>
              <th className="px-4 py-2 font-medium">最近登录</th>
              <th className="px-4 py-2 font-medium">操作</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-stone-100" data-testid={`user-row-${u.username}`}>
                <td className="px-4 py-2 font-medium">{u.username}</td>
                <td className="px-4 py-2">{u.displayName}</td>
                <td className="px-4 py-2">
                  <Select
                    aria-label={`${u.username} 的角色`}
                    value={u.role}
                    disabled={u.id === currentUserId}
                    onChange={(e) =>
                      void act(
                        () => api(`/api/admin/users/${u.id}`, { method: "PATCH", body: { role: e.target.value } }),
                        `已将“${u.displayName}”的角色改为${ROLE_LABELS[e.target.value as Role]}。`,
                      )
                    }
                    className="py-1 text-sm"
                  >
                    {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </Select>
                </td>
                <td className="px-4 py-2">
                  {u.disabled ? (
                    <span className="text-red-700">已停用</span>
                  ) : (
                    <span className="text-green-700">正常</span>
                  )}
                </td>
                <td className="px-4 py-2 text-stone-600">
                  {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "从未登录"}
                </td>
                <td className="space-x-2 whitespace-nowrap px-4 py-2">
                  {u.id !== currentUserId ? (
                    <Button
                      variant={u.disabled ? "secondary" : "danger"}
                      className="px-2 py-1"
                      onClick={() =>
                        void act(
                          () => api(`/api/admin/users/${u.id}`, { method: "PATCH", body: { disabled: !u.disabled } }),
                          u.disabled ? `已启用“${u.displayName}”。` : `已停用“${u.displayName}”，其会话已退出。`,
                        )
                      }
                    >
                      {u.disabled ? "启用" : "停用"}
                    </Button>
                  ) : null}
                  <Button
                    variant="secondary"
                    className="px-2 py-1"
                    onClick={() => {
                      setError(null);
                      setNotice(null);
                      setResetting(u);
                    }}
                  >
                    重置密码
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 className="mb-4 font-semibold">添加用户</h2>
        <form onSubmit={onCreate} className="space-y-3" noValidate aria-label="添加用户">
          <Field label="用户名">
            <TextInput name="username" required autoComplete="off" />
          </Field>
          <Field label="姓名">
            <TextInput name="displayName" required />
          </Field>
          <Field label="初始密码" hint="至少 8 个字符，请线下告知对方。">
            <TextInput name="password" type="password" required autoComplete="new-password" />
          </Field>
          <Field label="角色">
            <Select name="role" defaultValue="EDITOR">
              {NEW_USER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}（{ROLE_DESCRIPTIONS[r]}）
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" className="w-full">
            添加
          </Button>
        </form>
        <div className="mt-4 space-y-2" aria-live="polite">
          <ErrorText>{error}</ErrorText>
          {notice ? <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{notice}</p> : null}
        </div>
      </section>
      {resetting ? <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} /> : null}
    </div>
  );
}
