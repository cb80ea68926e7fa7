"use client";

import { api } from "@/components/ui/api-client";
import { Button, ErrorText, Field, TextInput } from "@/components/ui/form-controls";
import { HOME_PATH } from "@/lib/auth/next-path";
import { useSubmitThenGo } from "./use-submit-then-go";

export function SetupForm() {
  const { onSubmit, error, pending } = useSubmitThenGo(
    HOME_PATH,
    (form) =>
      api("/api/setup", {
        body: { username: form.get("username"), displayName: form.get("displayName"), password: form.get("password") },
      }),
    (form) => (form.get("password") !== form.get("confirm") ? "两次输入的密码不一致，请重新输入。" : null),
  );

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="管理员用户名" hint="登录时使用，2–32 个字符。">
        <TextInput name="username" autoComplete="username" required autoFocus />
      </Field>
      <Field label="姓名">
        <TextInput name="displayName" required defaultValue="管理员" />
      </Field>
      <Field label="密码" hint="至少 8 个字符。">
        <TextInput name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field label="确认密码">
        <TextInput name="confirm" type="password" autoComplete="new-password" required />
      </Field>
      <ErrorText>{error}</ErrorText>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在创建…" : "创建管理员并进入系统"}
      </Button>
    </form>
  );
}
