"use client";
// The administrator sets a new password for a colleague: typed twice (masked unless shown), with the account
// named, and the outcome reported inside this dialog.
import { useState, type FormEvent } from "react";
import { api } from "@/components/ui/api-client";
import { Button, ErrorText } from "@/components/ui/form-controls";
import { ModalForm } from "@/components/ui/modal-form";
import { PasswordField, ShowPasswords } from "@/components/ui/password-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

export function ResetPasswordDialog({
  user,
  onClose,
}: {
  user: { id: string; username: string; displayName: string };
  onClose: () => void;
}) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (done) return onClose();
    setError(null);
    if (password !== confirm) return setError("两次输入的新密码不一致，请重新输入。");
    setBusy(true);
    try {
      await api(`/api/admin/users/${user.id}/password`, { body: { password } });
      setDone(
        `已重置“${user.displayName}”（${user.username}）的密码。其已登录的会话已全部退出，登录等待已解除；请把新密码告知本人。`,
      );
      setPassword("");
      setConfirm("");
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalForm title="重置密码" onSubmit={submit} onClose={onClose}>
      <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="reset-target">
        将为 <strong>{user.displayName}</strong>（用户名 <strong>{user.username}</strong>）设置新密码。
        重置后其已登录的会话会全部退出。
      </p>
      {done ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {done}
        </p>
      ) : (
        <>
          <PasswordField
            label="新密码"
            hint={`至少 ${MIN_PASSWORD_LENGTH} 个字符，请线下告知对方。`}
            visible={visible}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
            required
            autoFocus
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
          <ErrorText>{error}</ErrorText>
        </>
      )}
      <div className="flex justify-end gap-2">
        {done ? (
          <Button type="submit">完成</Button>
        ) : (
          <>
            <Button type="button" variant="secondary" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" disabled={busy || !password || !confirm}>
              {busy ? "正在重置…" : "确认重置"}
            </Button>
          </>
        )}
      </div>
    </ModalForm>
  );
}
