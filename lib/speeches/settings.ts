// A speech's settings as stored (JSON, possibly written by an older version or partial) read over the defaults:
// every key that is present and valid is taken, everything else is the default.
import { DEFAULT_SETTINGS, VARIABLE_KEYS, type SpeechSettings } from "../speech-doc/types";
import { settingFields } from "./content-schema";

export function readSettings(stored: unknown): SpeechSettings {
  const out: SpeechSettings = { ...DEFAULT_SETTINGS, numbering: [...DEFAULT_SETTINGS.numbering], variables: {} };
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return out;
  const s = stored as Record<string, unknown>;
  for (const key of Object.keys(settingFields) as (keyof typeof settingFields)[]) {
    if (key === "variables" || !(key in s)) continue;
    const parsed = settingFields[key].safeParse(s[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
  }
  const vars = s.variables;
  if (vars && typeof vars === "object" && !Array.isArray(vars)) {
    for (const key of VARIABLE_KEYS) {
      const v = (vars as Record<string, unknown>)[key];
      if (typeof v === "string" && settingFields.variables.safeParse({ [key]: v }).success) out.variables[key] = v;
    }
  }
  return out;
}
