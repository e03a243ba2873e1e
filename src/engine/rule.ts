// The one Rule interface: code rules and compiled YAML policies both produce it, so the engine
// and reporters never know which kind a finding came from. A rule reports; the engine decides.
import type { Config } from "../core/config.js";
import type { K8sObject, Severity } from "../core/types.js";
import type { Run } from "../model/run.js";
import type { Container, Workload } from "../model/workload.js";

export type Target = "object" | "workload" | "container" | "run" | "source";

export interface Subjects {
  object: K8sObject;
  workload: Workload;
  container: Container;
  run: Run;
  /** Findings produced before rules run (parse errors): the rule exists for docs, config and severity. */
  source: never;
}

export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number | undefined>>;
  /** JSON pointer relative to the object; defaults to the subject (the container, or the object root). */
  readonly at?: string;
  /** Required for `run` rules; defaults to the subject's object otherwise. */
  readonly object?: K8sObject;
  readonly container?: string;
  /** Overrides the configured severity for this report (e.g. info: a LimitRange default applies). */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly run: Run;
  readonly config: Config;
  readonly options: Readonly<Record<string, unknown>>;
  /** Valid only while the rule's check runs (rules are synchronous); the engine reuses the context. */
  report(r: Report): void;
}

export interface RuleMeta {
  readonly family: string;
  readonly severity: Severity;
  readonly summary: string;
  /** Longer explanation for `tollgate explain` and the rule reference. */
  readonly description?: string;
  readonly remediation: string;
  readonly messages: Readonly<Record<string, string>>;
  /** JSON Schema of the rule's options in config; defaults below. */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /** Off unless enabled in config. */
  readonly optIn?: boolean;
  /** Rules that read the requesting user or base; the webhook never honours annotation exemptions for these. */
  readonly boundary?: boolean;
  readonly source?: "code" | "policy";
}

export interface Rule<T extends Target = Target> {
  readonly id: string;
  readonly target: T;
  /** Only these kinds (object/workload/container targets). */
  readonly kinds?: readonly string[];
  readonly meta: RuleMeta;
  check(ctx: RuleContext, subject: Subjects[T]): void;
}

export type AnyRule = Rule<"object"> | Rule<"workload"> | Rule<"container"> | Rule<"run"> | Rule<"source">;

export function defineRule<T extends Target>(rule: Rule<T>): Rule<T> {
  return rule;
}

export function docsUrl(ruleId: string): string {
  return `https://github.com/tollgate-dev/tollgate/blob/main/docs/rules.md#${ruleId.replace(/\//g, "").toLowerCase()}`;
}

/** "{{container}} has no memory limit." with data → text; unknown placeholders stay visible. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number | undefined>> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (m, k: string) => (data[k] === undefined ? m : String(data[k])));
}
