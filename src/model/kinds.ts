// Built-in kinds: which are namespaced, and where each workload kind keeps its pod template.

/** Cluster-scoped built-in kinds (everything else built in is namespaced; unknown kinds are resolved by CRDs in the run or config). */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
  "StorageClass", "PriorityClass", "RuntimeClass", "CSIDriver", "CSINode", "VolumeAttachment", "IngressClass",
  "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding",
  "APIService", "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ComponentStatus",
  "TokenReview", "SubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview", "SelfSubjectReview",
  "ClusterTrustBundle", "DeviceClass", "ResourceSlice", "IPAddress", "ServiceCIDR", "VolumeAttributesClass",
]);

export const NAMESPACED_KINDS: ReadonlySet<string> = new Set([
  "Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob",
  "Service", "Endpoints", "EndpointSlice", "ConfigMap", "Secret", "ServiceAccount", "PersistentVolumeClaim",
  "Role", "RoleBinding", "ResourceQuota", "LimitRange", "NetworkPolicy", "Ingress", "HorizontalPodAutoscaler",
  "PodDisruptionBudget", "Event", "Lease", "PodTemplate", "ControllerRevision", "CSIStorageCapacity",
  "LocalSubjectAccessReview", "ResourceClaim", "ResourceClaimTemplate", "PodSchedulingContext",
  "DeploymentConfig",
]);

export type Scope = "Namespaced" | "Cluster" | "Unknown";

export function builtinScope(kind: string): Scope {
  if (CLUSTER_SCOPED_KINDS.has(kind)) return "Cluster";
  if (NAMESPACED_KINDS.has(kind)) return "Namespaced";
  return "Unknown";
}

/** Built-in workload kinds, plus OpenShift's DeploymentConfig (apps.openshift.io/v1; a ReplicationController per rollout). */
export const WORKLOAD_KINDS = ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob", "DeploymentConfig"] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** JSON pointer (relative to the object) of the pod spec, by kind. */
export const POD_SPEC_POINTER: Readonly<Record<WorkloadKind, string>> = {
  Pod: "/spec",
  Deployment: "/spec/template/spec",
  ReplicaSet: "/spec/template/spec",
  ReplicationController: "/spec/template/spec",
  StatefulSet: "/spec/template/spec",
  DaemonSet: "/spec/template/spec",
  Job: "/spec/template/spec",
  CronJob: "/spec/jobTemplate/spec/template/spec",
  DeploymentConfig: "/spec/template/spec",
};

export function isWorkloadKind(kind: string): kind is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind);
}
