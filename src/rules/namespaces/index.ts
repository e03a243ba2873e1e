// The namespaces family's rules, in the order `tollgate rules` lists them.
import type { AnyRule } from "../../engine/rule.js";
import explicitNamespace from "./explicit-namespace.js";
import noDefaultNamespace from "./no-default-namespace.js";
import teamOwnsNamespace from "./team-owns-namespace.js";
import clusterScopedByPlatform from "./cluster-scoped-by-platform.js";
import clusterRoleBindingPlatformOnly from "./clusterrolebinding-platform-only.js";
import roleBindingCrossNamespace from "./rolebinding-cross-namespace.js";
import roleBindingBroadSubject from "./rolebinding-broad-subject.js";
import roleBindingWildcardClusterRole from "./rolebinding-wildcard-clusterrole.js";
import crossNamespaceReference from "./cross-namespace-reference.js";
import resourceQuotaRequired from "./resource-quota-required.js";
import limitRangeRequired from "./limit-range-required.js";
import defaultDenyNetworkPolicy from "./default-deny-network-policy.js";

export const namespacesRules: readonly AnyRule[] = [
  explicitNamespace,
  noDefaultNamespace,
  teamOwnsNamespace,
  clusterScopedByPlatform,
  clusterRoleBindingPlatformOnly,
  roleBindingCrossNamespace,
  roleBindingBroadSubject,
  roleBindingWildcardClusterRole,
  crossNamespaceReference,
  resourceQuotaRequired,
  limitRangeRequired,
  defaultDenyNetworkPolicy,
];
