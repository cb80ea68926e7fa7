"use client";
// 修改密码 on the account page: current password, the new one typed twice; masked unless 显示密码 is ticked.
import { useState, type FormEvent } from "react";
import { api } from "@/components/ui/api-client";
import { Button, ErrorText } from "@/components/ui/form-controls";
import { PasswordField, ShowPasswords } from "@/components/ui/password-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

export function ChangePasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setNotice(null);
    if (next !== confirm) return setError("两次输入的新密码不一致，请重新输入。");
    setBusy(true);
    try {
      const { sessionsEnded } = await api<{ sessionsEnded: number }>("/api/me/password", {
        body: { currentPassword: current, newPassword: next },
      });
      setCurrent("");
      setNext("");
      setConfirm("");
      setNotice(
        sessionsEnded > 0
          ? `密码已修改。您在其他浏览器或设备上的 ${sessionsEnded} 个登录已退出，下次请用新密码登录。`
          : "密码已修改，下次请用新密码登录。",
      );
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      aria-label="修改密码"
      noValidate
      className="max-w-md space-y-4 rounded-xl border border-stone-200 bg-white p-5"
    >
      <h2 className="font-semibold">修改密码</h2>
      <PasswordField
        label="当前密码"
        visible={visible}
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        autoComplete="current-password"
        required
      />
      <PasswordField
        label="新密码"
        hint={`至少 ${MIN_PASSWORD_LENGTH} 个字符，不能与当前密码相同。`}
        visible={visible}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        autoComplete="new-password"
        required
      />
      <PasswordField
        label="确认新密码"
        visible={visible}
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        autoComplete="new-password"
        required
      />
      <ShowPasswords checked={visible} onChange={setVisible} />
      <div aria-live="polite" className="space-y-2">
        <ErrorText>{error}</ErrorText>
        {notice ? (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {notice}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={busy || !current || !next || !confirm}>
        {busy ? "正在保存…" : "修改密码"}
      </Button>
    </form>
  );
}
