"use client";
// Password inputs, masked unless the form's 显示密码 box is ticked (one box for all of a form's password fields).
import { useId, type InputHTMLAttributes } from "react";
import { TextInput } from "./form-controls";

export function PasswordField({
  label,
  hint,
  visible,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string; hint?: string; visible: boolean }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <TextInput {...props} id={id} type={visible ? "text" : "password"} spellCheck={false} />
      {hint ? <p className="mt-1 text-xs text-stone-500">{hint}</p> : null}
    </div>
  );
}

export function ShowPasswords({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-stone-700">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      显示密码
    </label>
  );
}
