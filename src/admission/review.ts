// The admission.k8s.io/v1 AdmissionReview contract: validating an incoming review and building the answer.
import { isRecord } from "../core/types.js";
import type { UserInfo } from "../model/run.js";

export const REVIEW_API_VERSION = "admission.k8s.io/v1";
export const REVIEW_KIND = "AdmissionReview";

export type Operation = "CREATE" | "UPDATE" | "DELETE" | "CONNECT";
const OPERATIONS: readonly string[] = ["CREATE", "UPDATE", "DELETE", "CONNECT"];

export interface GroupVersionResource {
  readonly group: string;
  readonly version: string;
  readonly resource: string;
}

export interface GroupVersionKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

/** The fields of `request` tollgate reads; everything else is ignored. */
export interface AdmissionRequest {
  readonly uid: string;
  readonly kind: GroupVersionKind;
  /** The resource written (for a subresource, its parent: `deployments` for `deployments/scale`). */
  readonly resource: GroupVersionResource;
  readonly subResource?: string;
  readonly name: string;
  readonly namespace: string;
  readonly operation: Operation;
  readonly userInfo: UserInfo;
  readonly object: Record<string, unknown> | null;
  readonly oldObject: Record<string, unknown> | null;
  readonly dryRun: boolean;
}

export interface AdmissionStatus {
  readonly code: number;
  readonly reason: string;
  readonly message: string;
}

export interface AdmissionResponse {
  readonly uid: string;
  readonly allowed: boolean;
  readonly status?: AdmissionStatus;
  readonly warnings?: readonly string[];
}

export interface AdmissionReviewResponse {
  readonly apiVersion: typeof REVIEW_API_VERSION;
  readonly kind: typeof REVIEW_KIND;
  readonly response: AdmissionResponse;
}

/** Why a body is not an AdmissionReview tollgate can answer (a 400 with this text). */
export class BadReview extends Error {}

/** Checks the shape of a parsed body; throws BadReview naming the first problem. */
export function parseReview(body: unknown): AdmissionRequest {
  if (body === undefined || (isRecord(body) && Object.keys(body).length === 0)) throw new BadReview("the body is empty");
  if (!isRecord(body)) throw new BadReview("the body is not a JSON object");
  if (body.kind !== REVIEW_KIND) throw new BadReview(`kind must be "${REVIEW_KIND}"`);
  if (body.apiVersion !== REVIEW_API_VERSION) {
    throw new BadReview(`apiVersion must be "${REVIEW_API_VERSION}" (set admissionReviewVersions: [v1] in the webhook configuration)`);
  }
  const r = body.request;
  if (!isRecord(r)) throw new BadReview("request is missing");
  if (typeof r.uid !== "string" || r.uid === "") throw new BadReview("request.uid is missing");
  if (typeof r.operation !== "string" || !OPERATIONS.includes(r.operation)) {
    throw new BadReview(`request.operation must be one of ${OPERATIONS.join(", ")}`);
  }
  const operation = r.operation as Operation;
  const kind = isRecord(r.kind) ? r.kind : {};
  const resource = isRecord(r.resource) ? r.resource : {};
  const object = isRecord(r.object) ? r.object : null;
  const oldObject = isRecord(r.oldObject) ? r.oldObject : null;
  if ((operation === "CREATE" || operation === "UPDATE") && object === null && !r.subResource) {
    throw new BadReview(`request.object is missing for ${operation}`);
  }
  const u = isRecord(r.userInfo) ? r.userInfo : {};
  const userInfo: { username?: string; uid?: string; groups?: string[] } = {};
  if (typeof u.username === "string") userInfo.username = u.username;
  if (typeof u.uid === "string") userInfo.uid = u.uid;
  if (Array.isArray(u.groups)) userInfo.groups = u.groups.filter((g): g is string => typeof g === "string");
  return {
    uid: r.uid,
    kind: { group: str(kind.group), version: str(kind.version), kind: str(kind.kind) },
    resource: { group: str(resource.group), version: str(resource.version), resource: str(resource.resource) },
    ...(typeof r.subResource === "string" && r.subResource !== "" ? { subResource: r.subResource } : {}),
    name: str(r.name),
    namespace: str(r.namespace),
    operation,
    userInfo,
    object,
    oldObject,
    dryRun: r.dryRun === true,
  };
}

/** The uid of a body that failed validation, if it has one (so even a 400 can name the request in logs). */
export function uidOf(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.request)) return undefined;
  return typeof body.request.uid === "string" ? body.request.uid : undefined;
}

export function reviewResponse(response: AdmissionResponse): AdmissionReviewResponse {
  return { apiVersion: REVIEW_API_VERSION, kind: REVIEW_KIND, response };
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}
