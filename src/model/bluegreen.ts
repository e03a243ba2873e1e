// Blue-green by selector, as pure analysis of a Run: which Services front slot-labelled workloads,
// the live and idle slots, preview Services, capacity (replicas or HPA minimum), versions, and the
// selector switches a change makes against its base. Rules, the Action and the cost family read this.
import { resolveBlueGreen, type BlueGreenConfig, type ResolvedBlueGreen } from "../core/config/bluegreen.js";
import { describeObject, isRecord, refOf, type K8sObject, type ObjectRef } from "../core/types.js";
import type { Run } from "./run.js";
import { candidateKeys, formsSlots, settingsForKey, slotCandidates, slotLike } from "./bluegreen-detect.js";
import { appIdentity, nsKey, podIndex, serviceSelector } from "./selectors.js";
import type { Workload } from "./workload.js";

/** Annotation that states a Service's role when its name does not: `preview` or `main`. */
export const ROLE_ANNOTATION = "tollgate.dev/bluegreen-role";

export interface SlotService {
  readonly object: K8sObject;
  readonly selector: Readonly<Record<string, string>>;
  /** The slot its selector picks; undefined when the selector does not mention the slot key. */
  readonly slot: string | undefined;
  /** main: takes the traffic; preview: smoke tests the idle slot; slot: always fronts the slot its name says (`web-blue`). */
  readonly role: "main" | "preview" | "slot";
}

/** One application deployed blue-green: its slot workloads and the Services in front of them. */
export interface SlotGroup {
  readonly namespace: string | undefined;
  /** How messages name it: "api/web" (namespace and application or main Service name). */
  readonly label: string;
  readonly slotKey: string;
  /** The settings this group was recognised with (its slotKey, version labels). */
  readonly settings: ResolvedBlueGreen;
  /** Configured slot values, or the values present when any value of the key is a slot. */
  readonly slotValues: readonly string[];
  /** Slot value → its workloads (only slots that exist). */
  readonly slots: ReadonlyMap<string, readonly Workload[]>;
  readonly services: readonly SlotService[];
  /** The slot the main Service(s) select, when they agree. */
  readonly live: string | undefined;
  /** The other slot, when there is exactly one other. */
  readonly idle: string | undefined;
  /** Slots selected by different main Services (more than one means nobody knows which is live). */
  readonly mainSlots: readonly string[];
}

export interface BlueGreenAnalysis {
  readonly config: ResolvedBlueGreen;
  readonly groups: readonly SlotGroup[];
  /** Service object key → its group and role. */
  readonly byService: ReadonlyMap<string, { readonly group: SlotGroup; readonly service: SlotService }>;
}

/** The run's blue-green structure, computed once per run and config. */
export function blueGreenOf(run: Run, config?: BlueGreenConfig): BlueGreenAnalysis {
  const { key, resolved } = settingsOf(config);
  return run.memo(key, () => analyse(run, resolved));
}

// Every blue-green rule asks for the analysis on every run (every admission request): the config's
// memo key and resolved form are worked out once per config object.
const NO_CONFIG = { key: "bluegreen/analysis/{}", resolved: resolveBlueGreen(undefined) };
const settingsByConfig = new WeakMap<BlueGreenConfig, { key: string; resolved: ResolvedBlueGreen }>();

/** resolveBlueGreen(config), once per config object. */
export function blueGreenSettings(config: BlueGreenConfig | undefined): ResolvedBlueGreen {
  return settingsOf(config).resolved;
}

function settingsOf(config: BlueGreenConfig | undefined): { key: string; resolved: ResolvedBlueGreen } {
  if (config === undefined) return NO_CONFIG;
  let s = settingsByConfig.get(config);
  if (s === undefined) settingsByConfig.set(config, (s = { key: `bluegreen/analysis/${JSON.stringify(config)}`, resolved: resolveBlueGreen(config) }));
  return s;
}

interface Building {
  readonly ns: string;
  readonly settings: ResolvedBlueGreen;
  readonly workloads: Workload[];
  readonly services: SlotService[];
}

function analyse(run: Run, cfg: ResolvedBlueGreen): BlueGreenAnalysis {
  const services = run.byKind("Service");
  // No Service, no slot group (a workload alone at admission): skip indexing the run's pods.
  if (services.length === 0) return { config: cfg, groups: [], byService: new Map() };
  const index = podIndex(run);
  const building = new Map<string, Building>();
  const claimed = new Set<string>();
  collect(run, services, index, cfg, building, claimed, undefined);
  if (!cfg.explicit) {
    // Keys other than `slot` name slots only where they tell otherwise identical workloads apart.
    const selectors = services.map(serviceSelector).filter((x): x is Readonly<Record<string, string>> => x !== undefined);
    for (const key of candidateKeys(selectors, cfg.slotKey)) {
      const settings = settingsForKey(cfg, key);
      const isSlot = (v: string | undefined): v is string => v !== undefined && v !== "";
      const established = new Set<string>();
      const tried = new Set<string>();
      for (const svc of services) {
        const selector = serviceSelector(svc);
        const value = selector?.[key];
        // Cheap tests first: a selector of that key alone would make the whole namespace one
        // application, and `app: web` is no slot; each remaining selector is matched once.
        if (!selector || value === undefined || claimed.has(svc.key) || Object.keys(selector).length < 2 || !slotLike(key, [value])) continue;
        const ns = nsKey(run, svc);
        const rest = Object.entries(selector).filter(([k]) => k !== key).sort().join(",");
        if (tried.has(`${ns}\n${rest}`)) continue;
        tried.add(`${ns}\n${rest}`);
        const workloads = slotCandidates(index, ns, selector, key, isSlot);
        if (formsSlots(workloads, settings)) established.add(setKey(ns, workloads));
      }
      if (established.size > 0) collect(run, services, index, settings, building, claimed, established);
    }
  }
  const groups: SlotGroup[] = [];
  const byService = new Map<string, { group: SlotGroup; service: SlotService }>();
  for (const g of building.values()) {
    const slotKey = g.settings.slotKey;
    const slots = new Map<string, Workload[]>();
    for (const w of g.workloads) {
      const v = w.podLabels[slotKey]!;
      const l = slots.get(v);
      if (l) l.push(w);
      else slots.set(v, [w]);
    }
    const slotValues = g.settings.slots ?? [...slots.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const mainSlots = [...new Set(g.services.filter((s) => s.role === "main" && s.slot !== undefined).map((s) => s.slot!))];
    const live = mainSlots.length === 1 ? mainSlots[0] : undefined;
    const others = live !== undefined ? slotValues.filter((v) => v !== live) : [];
    const idle = others.length === 1 ? others[0] : undefined;
    const firstMain = g.services.find((s) => s.role === "main") ?? g.services[0]!;
    const app = appIdentity(g.workloads[0]!.podLabels) ?? firstMain.object.metadata.name ?? "(unnamed)";
    const group: SlotGroup = {
      namespace: g.ns === "" ? undefined : g.ns,
      label: g.ns === "" ? app : `${g.ns}/${app}`,
      slotKey,
      settings: g.settings,
      slotValues,
      slots,
      services: g.services,
      live,
      idle,
      mainSlots,
    };
    groups.push(group);
    for (const s of g.services) byService.set(s.object.key, { group, service: s });
  }
  return { config: cfg, groups, byService };
}

function setKey(ns: string, workloads: readonly Workload[]): string {
  return ns + "\n" + workloads.map((w) => w.object.key).sort().join("\n");
}

/**
 * Groups the Services that front workloads labelled with `settings.slotKey` by the workloads they
 * front; with `only`, just the workload sets recognised as slots. A Service joins one group.
 */
function collect(
  run: Run,
  services: readonly K8sObject[],
  index: ReturnType<typeof podIndex>,
  settings: ResolvedBlueGreen,
  building: Map<string, Building>,
  claimed: Set<string>,
  only: ReadonlySet<string> | undefined,
): void {
  const isSlot = (v: string | undefined): v is string => v !== undefined && v !== "" && (settings.slots ? settings.slots.includes(v) : true);
  const joined: string[] = [];
  for (const svc of services) {
    if (claimed.has(svc.key)) continue;
    const selector = serviceSelector(svc);
    if (!selector) continue;
    const ns = nsKey(run, svc);
    const workloads = slotCandidates(index, ns, selector, settings.slotKey, isSlot);
    if (workloads.length === 0) continue;
    const key = setKey(ns, workloads);
    if (only && !only.has(key)) continue;
    const groupKey = `${settings.slotKey}\n${key}`;
    let g = building.get(groupKey);
    if (!g) {
      g = { ns, settings, workloads, services: [] };
      building.set(groupKey, g);
    }
    g.services.push({ object: svc, selector, slot: selector[settings.slotKey], role: roleOf(svc, settings, selector[settings.slotKey]) });
    joined.push(svc.key);
  }
  for (const k of joined) claimed.add(k);
}

function roleOf(svc: K8sObject, cfg: ResolvedBlueGreen, slot: string | undefined): SlotService["role"] {
  const declared = svc.metadata.annotations[ROLE_ANNOTATION];
  if (declared === "preview") return "preview";
  if (declared === "main" || declared === "live") return "main";
  if (declared === "slot") return "slot";
  const name = svc.metadata.name ?? "";
  const segments = name.split(/[-.]/);
  if (segments.some((s) => cfg.previewNames.has(s))) return "preview";
  // `web-blue` selecting blue fronts that slot for good (tutorials keep one per slot beside the main one).
  if (slot !== undefined && (segments.includes(slot) || name.endsWith(`-${slot}`))) return "slot";
  return "main";
}

// ---------------------------------------------------------------------------------------------
// Capacity and versions

export interface Capacity {
  /** Replicas, or the HPA's minReplicas (default 1) when an HPA scales the workload. */
  readonly min: number;
  /** HPA maxReplicas; undefined without an HPA. */
  readonly max: number | undefined;
  readonly hpa: K8sObject | undefined;
}

/** The HorizontalPodAutoscaler whose scaleTargetRef names this workload, if any. */
export function hpaFor(run: Run, w: Workload): K8sObject | undefined {
  const index = run.memo("bluegreen/hpa-index", () => {
    const m = new Map<string, K8sObject>();
    for (const h of run.byKind("HorizontalPodAutoscaler")) {
      const ref = isRecord(h.raw.spec) && isRecord(h.raw.spec.scaleTargetRef) ? h.raw.spec.scaleTargetRef : undefined;
      if (typeof ref?.kind === "string" && typeof ref.name === "string") m.set(`${nsKey(run, h)}|${ref.kind}|${ref.name}`, h);
    }
    return m;
  });
  return index.get(`${nsKey(run, w.object)}|${w.kind}|${w.object.metadata.name ?? ""}`);
}

export function capacityOf(run: Run, w: Workload): Capacity {
  const hpa = hpaFor(run, w);
  if (hpa) {
    const spec = hpa.raw.spec as Record<string, unknown>;
    const min = typeof spec.minReplicas === "number" ? spec.minReplicas : 1;
    const max = typeof spec.maxReplicas === "number" ? spec.maxReplicas : min;
    return { min, max, hpa };
  }
  return { min: w.replicas ?? 0, max: undefined, hpa: undefined };
}

/** A slot's capacity: the sum over its workloads. */
export function slotCapacity(run: Run, workloads: readonly Workload[]): { min: number; max: number | undefined } {
  const caps = workloads.map((w) => capacityOf(run, w));
  const min = caps.reduce((n, c) => n + c.min, 0);
  const max = caps.some((c) => c.max !== undefined) ? caps.reduce((n, c) => n + (c.max ?? c.min), 0) : undefined;
  return { min, max };
}

/** "4 replicas", "1 replica", "HPA 2–10 replicas". */
export function formatCapacity(c: { min: number; max: number | undefined }): string {
  if (c.max !== undefined) return `HPA ${c.min}–${c.max} replicas`;
  return `${c.min} replica${c.min === 1 ? "" : "s"}`;
}

/** Tag (or short digest) of an image reference; undefined for an untagged image. */
export function imageTag(image: string | undefined): string | undefined {
  if (!image) return undefined;
  const at = image.indexOf("@");
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  if (colon > slash) return name.slice(colon + 1);
  if (at >= 0) return image.slice(at + 1, at + 1 + 19); // "sha256:" + 12 hex
  return undefined;
}

/** Image without its tag and digest: what must be the same in both slots. */
export function imageRepository(image: string): string {
  const at = image.indexOf("@");
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  return colon > slash ? name.slice(0, colon) : name;
}

/** The version a workload runs: its first app container's image tag, else a version label. */
export function versionOf(w: Workload, cfg: ResolvedBlueGreen = resolveBlueGreen(undefined)): string | undefined {
  for (const c of w.containers) {
    const t = imageTag(c.image);
    if (t !== undefined && t !== "latest") return t;
  }
  for (const k of cfg.versionLabels) {
    const v = w.podLabels[k] ?? w.object.metadata.labels[k];
    if (v) return v;
  }
  return undefined;
}

function slotVersion(workloads: readonly Workload[], cfg: ResolvedBlueGreen): string | undefined {
  const vs = [...new Set(workloads.map((w) => versionOf(w, cfg)).filter((v): v is string => v !== undefined))];
  return vs.length === 0 ? undefined : vs.join("+");
}

// ---------------------------------------------------------------------------------------------
// Idle slots (priced by the cost family)

export interface IdleSlot {
  readonly namespace: string | undefined;
  readonly group: string;
  readonly slot: string;
  readonly liveSlot: string;
  readonly workloads: readonly Workload[];
}

/** Every slot that exists and takes no main traffic, for groups whose live slot is known. */
export function idleSlots(run: Run, config?: BlueGreenConfig): IdleSlot[] {
  const out: IdleSlot[] = [];
  for (const g of blueGreenOf(run, config).groups) {
    if (g.live === undefined) continue;
    for (const [slot, workloads] of g.slots) {
      if (slot !== g.live) out.push({ namespace: g.namespace, group: g.label, slot, liveSlot: g.live, workloads });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Switches: a main Service whose slot selector differs between base and head

export interface Switch {
  readonly group: SlotGroup;
  readonly service: K8sObject;
  readonly baseService: K8sObject;
  readonly from: string;
  readonly to: string;
  /** Workloads of the slot that takes the traffic (head) and of the slot that gave it up (base, else head). */
  readonly toWorkloads: readonly Workload[];
  readonly fromWorkloads: readonly Workload[];
  readonly fromRun: Run;
}

/** Plain, serializable description of one switch: the Action puts `sentence` in the PR comment. */
export interface SwitchDescription {
  readonly namespace: string | undefined;
  readonly service: ObjectRef;
  readonly file: string | undefined;
  readonly slotKey: string;
  readonly from: string;
  readonly to: string;
  readonly fromVersion: string | undefined;
  readonly toVersion: string | undefined;
  /** Replicas, or HPA minimum, summed over the slot's workloads. */
  readonly fromReplicas: number;
  readonly toReplicas: number;
  readonly rollback: string;
  /** "api/web: traffic moves from blue (v1.4.2, 4 replicas) to green (v1.5.0, 4 replicas); rollback = set selector slot: blue" */
  readonly sentence: string;
}

export function switchesOf(run: Run, config?: BlueGreenConfig): Switch[] {
  const base = run.base;
  if (!base) return [];
  return run.memo(`bluegreen/switches/${settingsOf(config).key}`, () => {
    const head = blueGreenOf(run, config);
    const before = blueGreenOf(base, config);
    const baseServices = new Map<string, K8sObject>();
    for (const s of base.byKind("Service")) baseServices.set(`${nsKey(base, s)}|${s.metadata.name ?? ""}`, s);
    const out: Switch[] = [];
    for (const { group, service } of head.byService.values()) {
      if (service.role !== "main" || service.slot === undefined) continue;
      const old = baseServices.get(`${nsKey(run, service.object)}|${service.object.metadata.name ?? ""}`);
      const oldSlot = old ? serviceSelector(old)?.[group.slotKey] : undefined;
      if (!old || oldSlot === undefined || oldSlot === service.slot) continue;
      const oldGroup = before.byService.get(old.key)?.group;
      const fromBase = oldGroup?.slots.get(oldSlot);
      out.push({
        group,
        service: service.object,
        baseService: old,
        from: oldSlot,
        to: service.slot,
        toWorkloads: group.slots.get(service.slot) ?? [],
        fromWorkloads: fromBase ?? group.slots.get(oldSlot) ?? [],
        fromRun: fromBase ? base : run,
      });
    }
    return out.sort((a, b) => a.service.key.localeCompare(b.service.key));
  });
}

export function describeSwitch(run: Run, s: Switch, config?: BlueGreenConfig): SwitchDescription {
  const cfg = s.group.settings;
  const fromCap = slotCapacity(s.fromRun, s.fromWorkloads);
  const toCap = slotCapacity(run, s.toWorkloads);
  const fromVersion = slotVersion(s.fromWorkloads, cfg);
  const toVersion = slotVersion(s.toWorkloads, cfg);
  const side = (slot: string, version: string | undefined, cap: { min: number; max: number | undefined }) =>
    `${slot} (${version !== undefined ? `${version}, ` : ""}${formatCapacity(cap)})`;
  const ns = run.namespaceOf(s.service);
  const name = s.service.metadata.name ?? "(unnamed)";
  const rollback = `set selector ${s.group.slotKey}: ${s.from}`;
  return {
    namespace: ns,
    service: refOf(s.service),
    file: s.service.source.file,
    slotKey: s.group.slotKey,
    from: s.from,
    to: s.to,
    fromVersion,
    toVersion,
    fromReplicas: fromCap.min,
    toReplicas: toCap.min,
    rollback,
    sentence: `${ns ? `${ns}/` : ""}${name}: traffic moves from ${side(s.from, fromVersion, fromCap)} to ${side(s.to, toVersion, toCap)}; rollback = ${rollback}`,
  };
}

/** What every selector switch in this change does (needs `run.base`); empty without a base. */
export function describeSwitches(run: Run, config?: BlueGreenConfig): SwitchDescription[] {
  return switchesOf(run, config).map((s) => describeSwitch(run, s, config));
}

/** "Deployment api/web-green" */
export function nameOf(w: Workload): string {
  return describeObject(refOf(w.object));
}
