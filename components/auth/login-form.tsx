"use client";

import { api } from "@/components/ui/api-client";
import { Button, ErrorText, Field, TextInput } from "@/components/ui/form-controls";
import { HOME_PATH } from "@/lib/auth/next-path";
import { useSubmitThenGo } from "./use-submit-then-go";

/** `next` is a same-origin path already checked by the page (lib/auth/next-path.ts); anything else goes home. */
export function LoginForm({ next }: { next: string }) {
  const { onSubmit, error, pending } = useSubmitThenGo(
    next.startsWith("/") && !next.startsWith("//") ? next : HOME_PATH,
    (form) => api("/api/auth/login", { body: { username: form.get("username"), password: form.get("password") } }),
  );

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="用户名">
        <TextInput name="username" autoComplete="username" required autoFocus />
      </Field>
      <Field label="密码">
        <TextInput name="password" type="password" autoComplete="current-password" required />
      </Field>
      <ErrorText>{error}</ErrorText>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
