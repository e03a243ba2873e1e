// Every rule tollgate knows: code rules plus compiled policies (built-in and from config dirs).
import { ConfigInvalid } from "./core/config.js";
import type { AnyRule } from "./engine/rule.js";
import { loadPolicy, type LoadedPolicy } from "./policies/loader.js";
import { codeRules } from "./rules/index.js";

export interface PolicyText {
  readonly file: string;
  readonly text: string;
}

export interface Registry {
  readonly rules: readonly AnyRule[];
  readonly policies: readonly LoadedPolicy[];
}

export function buildRegistry(policyTexts: readonly PolicyText[]): Registry {
  const policies = policyTexts.map((p) => loadPolicy(p.file, p.text));
  const seen = new Map<string, string>(codeRules.map((r) => [r.id, "built-in code rule"]));
  for (const p of policies) {
    const other = seen.get(p.rule.id);
    if (other) throw new ConfigInvalid(p.file, [{ field: "id", message: `rule id "${p.rule.id}" is already defined by ${other}` }]);
    seen.set(p.rule.id, p.file);
  }
  return { rules: [...codeRules, ...policies.map((p) => p.rule)], policies };
}
