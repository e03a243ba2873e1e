import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;

// src/model/kinds.ts
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "StorageClass",
  "PriorityClass",
  "RuntimeClass",
  "CSIDriver",
  "CSINode",
  "VolumeAttachment",
  "IngressClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  "APIService",
  "CertificateSigningRequest",
  "FlowSchema",
  "PriorityLevelConfiguration",
  "ComponentStatus",
  "TokenReview",
  "SubjectAccessReview",
  "SelfSubjectAccessReview",
  "SelfSubjectRulesReview",
  "SelfSubjectReview",
  "ClusterTrustBundle",
  "DeviceClass",
  "ResourceSlice",
  "IPAddress",
  "ServiceCIDR",
  "VolumeAttributesClass"
]);
var NAMESPACED_KINDS = /* @__PURE__ */ new Set([
  "Pod",
  "Deployment",
  "ReplicaSet",
  "ReplicationController",
  "StatefulSet",
  "DaemonSet",
  "Job",
  "CronJob",
  "Service",
  "Endpoints",
  "EndpointSlice",
  "ConfigMap",
  "Secret",
  "ServiceAccount",
  "PersistentVolumeClaim",
  "Role",
  "RoleBinding",
  "ResourceQuota",
  "LimitRange",
  "NetworkPolicy",
  "Ingress",
  "HorizontalPodAutoscaler",
  "PodDisruptionBudget",
  "Event",
  "Lease",
  "PodTemplate",
  "ControllerRevision",
  "CSIStorageCapacity",
  "LocalSubjectAccessReview",
  "ResourceClaim",
  "ResourceClaimTemplate",
  "PodSchedulingContext",
  "DeploymentConfig"
]);
function builtinScope(kind) {
  if (CLUSTER_SCOPED_KINDS.has(kind)) return "Cluster";
  if (NAMESPACED_KINDS.has(kind)) return "Namespaced";
  return "Unknown";
}
var WORKLOAD_KINDS = ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob", "DeploymentConfig"];
var POD_SPEC_POINTER = {
  Pod: "/spec",
  Deployment: "/spec/template/spec",
  ReplicaSet: "/spec/template/spec",
  ReplicationController: "/spec/template/spec",
  StatefulSet: "/spec/template/spec",
  DaemonSet: "/spec/template/spec",
  Job: "/spec/template/spec",
  CronJob: "/spec/jobTemplate/spec/template/spec",
  DeploymentConfig: "/spec/template/spec"
};
function isWorkloadKind(kind) {
  return WORKLOAD_KINDS.includes(kind);
}

export {
  CLUSTER_SCOPED_KINDS,
  NAMESPACED_KINDS,
  builtinScope,
  POD_SPEC_POINTER,
  isWorkloadKind
};
