// Blue-green recognised without config: a Service selector key whose values tell apart two (or
// more) otherwise identical sets of workloads — `version: blue|green`, `color: blue|green`,
// `version: v1.0.0|v2.0.0`, `slot: a|b` — names slots, the way tutorials deploy blue-green.
import type { ResolvedBlueGreen } from "../core/config/bluegreen.js";
import { imageRepository } from "./bluegreen.js";
import { normaliser } from "./bluegreen-parity.js";
import type { PodIndex } from "./selectors.js";
import { selectorFromMap } from "./selectors.js";
import type { Workload } from "./workload.js";

/** Keys that name a slot or a version whatever their values. */
const SLOT_KEYS: ReadonlySet<string> = new Set(["slot", "color", "colour", "version", "app.kubernetes.io/version"]);
/** Colour names tutorials give slots. */
const COLOURS: ReadonlySet<string> = new Set(["blue", "green", "red", "black", "yellow", "orange", "purple"]);
const VERSION = /^v?\d+(\.\d+){0,3}([-+.][0-9A-Za-z.-]+)?$/;

/** A key can name slots: a slot/version key, or any key whose values are all colours or all versions. */
export function slotLike(key: string, values: readonly string[]): boolean {
  if (SLOT_KEYS.has(key)) return true;
  return values.every((v) => COLOURS.has(v.toLowerCase())) || values.every((v) => VERSION.test(v));
}

/** The settings a recognised key works with: any of its values is a slot, it is no version label. */
export function settingsForKey(base: ResolvedBlueGreen, key: string): ResolvedBlueGreen {
  return { ...base, slotKey: key, slots: undefined, explicit: false, versionLabels: base.versionLabels.filter((k) => k !== key) };
}

/** Selector keys of these Services worth trying as slot keys, in a stable order (`slot` is tried first, elsewhere). */
export function candidateKeys(selectors: readonly Readonly<Record<string, string>>[], skip: string): string[] {
  const keys = new Set<string>();
  for (const s of selectors) for (const k of Object.keys(s)) if (k !== skip) keys.add(k);
  return [...keys].sort();
}

/**
 * Whether the workloads a selector without `key` matches form slots of `key`: at least two values,
 * and every value's workloads the same as every other's once the value and versions are taken out
 * (same kinds, same other pod labels, same containers by role, name and image repository). Other
 * differences (env, resources, probes) do not stop recognition: bluegreen/slot-parity reports them.
 */
export function formsSlots(workloads: readonly Workload[], settings: ResolvedBlueGreen): boolean {
  const key = settings.slotKey;
  const byValue = new Map<string, string[]>();
  for (const w of workloads) {
    const v = w.podLabels[key]!;
    const sig = signature(w, v, settings);
    const list = byValue.get(v);
    if (list) list.push(sig);
    else byValue.set(v, [sig]);
  }
  if (byValue.size < 2 || !slotLike(key, [...byValue.keys()])) return false;
  const sets = [...byValue.values()].map((l) => l.sort().join("\n"));
  return sets.every((s) => s === sets[0]);
}

function signature(w: Workload, value: string, settings: ResolvedBlueGreen): string {
  const norm = normaliser(w, value, settings);
  const ignored = new Set([settings.slotKey, ...settings.versionLabels]);
  const labels = Object.keys(w.podLabels)
    .filter((k) => !ignored.has(k))
    .sort()
    .map((k) => `${k}=${norm(w.podLabels[k]!)}`);
  const containers = w.all.map((c) => `${c.role}:${norm(c.name)}:${c.image ? norm(imageRepository(c.image)) : ""}`);
  return `${w.kind}|${labels.join(",")}|${containers.join(",")}`;
}

/** The workloads a Service would front as slots of `key`: its selector without `key`, workloads carrying `key`. */
export function slotCandidates(index: PodIndex, ns: string, selector: Readonly<Record<string, string>>, key: string, isSlot: (v: string | undefined) => v is string): Workload[] {
  const rest: Record<string, string> = { ...selector };
  delete rest[key];
  return index
    .matching(ns, selectorFromMap(rest))
    .filter((s) => s.workload !== undefined && isSlot(s.labels[key]))
    .map((s) => s.workload!);
}
