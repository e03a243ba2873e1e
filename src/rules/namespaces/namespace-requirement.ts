// Shared shape of "every team namespace declared in the run has an X in it": ResourceQuota,
// LimitRange, default-deny NetworkPolicy. Not checked at admission, where the Namespace arrives alone.
import { defineRule, type Rule } from "../../engine/rule.js";
import type { K8sObject } from "../../core/types.js";
import type { Run } from "../../model/run.js";
import { describeTeams, ownershipOf } from "../../ownership/run.js";
import { excluded, excludeOptionSchema } from "./scope.js";

export interface RequirementSpec {
  readonly id: string;
  readonly summary: string;
  readonly description: string;
  readonly remediation: string;
  /** "{{namespace}} ({{owner}}) has no ..." texts by messageId. */
  readonly messages: Readonly<Record<string, string>>;
  readonly optionsSchema?: Readonly<Record<string, object>>;
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /** The messageId to report, or undefined when the namespace satisfies the requirement. */
  missing(objects: readonly K8sObject[], options: Readonly<Record<string, unknown>>, run: Run): string | undefined;
}

export function namespaceRequirementRule(spec: RequirementSpec): Rule<"object"> {
  return defineRule({
    id: spec.id,
    target: "object",
    kinds: ["Namespace"],
    meta: {
      family: "namespaces",
      severity: "warning",
      summary: spec.summary,
      description: `${spec.description} Checked for every Namespace declared in the run except those in the \`exclude\` option (default: kube-system, kube-public, kube-node-lease, default); not checked at admission.`,
      remediation: spec.remediation,
      messages: spec.messages,
      optionsSchema: {
        type: "object",
        additionalProperties: false,
        properties: { exclude: excludeOptionSchema, ...spec.optionsSchema },
      },
      ...(spec.defaultOptions ? { defaultOptions: spec.defaultOptions } : {}),
    },
    check(ctx, o) {
      if (ctx.run.context.origin === "admission") return;
      const namespace = o.metadata.name;
      if (namespace === undefined || excluded(namespace, ctx.options)) return;
      const messageId = spec.missing(ctx.run.inNamespace(namespace), ctx.options, ctx.run);
      if (messageId === undefined) return;
      const owner = ownershipOf(ctx.run, ctx.config).ownerOfNamespace(namespace);
      ctx.report({
        messageId,
        at: "/metadata/name",
        data: { namespace, owner: owner ? `owned by ${describeTeams(owner.teams)}` : "no known owner" },
      });
    },
  });
}
