// Slot parity: what differs between the two slot workloads of one application beyond the slot
// label, versions and image tags (a string that differs only by those tokens counts as equal).
import type { ResolvedBlueGreen } from "../core/config/bluegreen.js";
import { isRecord, joinPointer } from "../core/types.js";
import { imageRepository, imageTag, versionOf } from "./bluegreen.js";
import { RESOURCES, type Container, type Workload } from "./workload.js";

export interface SlotDifference {
  /** "green: container web requests cpu 500m, blue 250m" */
  readonly text: string;
  /** Where in the `b` workload (relative to the object); the locator falls back to the nearest ancestor. */
  readonly pointer: string;
}

/** Env vars whose values are expected to differ between slots. */
const VERSIONISH_ENV = /version|release|slot|colou?r|build|commit|sha|revision/i;
const MAX_DIFFERENCES = 10;

/** Differences of `b` (slot `bSlot`) from `a` (slot `aSlot`), each said from b's side. */
export function slotDifferences(a: Workload, aSlot: string, b: Workload, bSlot: string, cfg: ResolvedBlueGreen): SlotDifference[] {
  const out: SlotDifference[] = [];
  if (a.kind !== b.kind) {
    return [{ text: `${bSlot} is a ${b.kind}, ${aSlot} a ${a.kind}`, pointer: "/kind" }];
  }
  const na = normaliser(a, aSlot, cfg);
  const nb = normaliser(b, bSlot, cfg);
  const same = (x: unknown, y: unknown) => x === y || (typeof x === "string" && typeof y === "string" && na(x) === nb(y));
  const say = (text: string, pointer: string) => out.push({ text: `${bSlot}: ${text}`, pointer });

  // Pod labels other than the slot and versions.
  const ignoredLabels = new Set([cfg.slotKey, ...cfg.versionLabels]);
  const labelsPointer = b.podSpecPointer.replace(/\/spec$/, "/metadata/labels");
  for (const k of [...new Set([...Object.keys(a.podLabels), ...Object.keys(b.podLabels)])].sort()) {
    if (ignoredLabels.has(k) || same(a.podLabels[k], b.podLabels[k])) continue;
    say(`pod label ${k} ${show(b.podLabels[k])}, ${aSlot} ${show(a.podLabels[k])}`, joinPointer(labelsPointer, k));
  }

  for (const [role, label] of [["app", "container"], ["init", "init container"], ["sidecar", "sidecar"]] as const) {
    const as = a.all.filter((c) => c.role === role);
    const bs = b.all.filter((c) => c.role === role);
    const onlyB = bs.filter((c) => !as.some((x) => x.name === c.name));
    const onlyA = as.filter((c) => !bs.some((x) => x.name === c.name));
    if (onlyA.length === 1 && onlyB.length === 1) {
      // One renamed container: compare it as the counterpart and say the names differ.
      say(`${label} name ${onlyB[0]!.name}, ${aSlot} ${onlyA[0]!.name}`, onlyB[0]!.pointer("name"));
      compareContainers(onlyA[0]!, onlyB[0]!, label, aSlot, same, say);
    } else {
      for (const c of onlyB) say(`has ${label} ${c.name}, ${aSlot} does not`, c.pointer("name"));
      for (const c of onlyA) say(`has no ${label} ${c.name}, ${aSlot} does`, joinPointer(b.podSpecPointer, role === "app" ? "containers" : "initContainers"));
    }
    for (const cb of bs) {
      const ca = as.find((c) => c.name === cb.name);
      if (ca) compareContainers(ca, cb, label, aSlot, same, say);
    }
  }

  // The rest of the pod spec: volumes, service account, scheduling, security context...
  const rest = (spec: Readonly<Record<string, unknown>>) => {
    const { containers: _c, initContainers: _i, ...others } = spec;
    return others;
  };
  for (const d of deepDiff(rest(a.podSpec), rest(b.podSpec), b.podSpecPointer, same)) {
    say(`pod ${d.path} ${show(d.b)}, ${aSlot} ${show(d.a)}`, d.pointer);
  }
  return out.slice(0, MAX_DIFFERENCES);
}

function compareContainers(
  a: Container,
  b: Container,
  label: string,
  aSlot: string,
  same: (x: unknown, y: unknown) => boolean,
  say: (text: string, pointer: string) => void,
): void {
  const who = `${label} ${b.name}`;
  if (a.image && b.image && !same(imageRepository(a.image), imageRepository(b.image))) {
    say(`${who} image ${imageRepository(b.image)}, ${aSlot} ${imageRepository(a.image)}`, b.pointer("image"));
  }
  for (const field of ["requests", "limits"] as const) {
    for (const r of RESOURCES) {
      const qa = a[field][r];
      const qb = b[field][r];
      if (qa?.value === qb?.value) continue;
      say(`${who} ${field} ${r} ${qb?.text ?? "none"}, ${aSlot} ${qa?.text ?? "none"}`, qb?.pointer ?? b.pointer("resources"));
    }
  }
  const envOf = (c: Container) => {
    const m = new Map<string, { value: unknown; index: number }>();
    if (Array.isArray(c.raw.env)) {
      c.raw.env.forEach((e, index) => {
        if (isRecord(e) && typeof e.name === "string") m.set(e.name, { value: e.value ?? e.valueFrom, index });
      });
    }
    return m;
  };
  const ea = envOf(a);
  const eb = envOf(b);
  for (const name of [...new Set([...ea.keys(), ...eb.keys()])].sort()) {
    const va = ea.get(name);
    const vb = eb.get(name);
    if (va && vb && (VERSIONISH_ENV.test(name) || sameDeep(va.value, vb.value, same))) continue;
    say(
      `${who} env ${name} ${vb ? show(vb.value) : "unset"}, ${aSlot} ${va ? show(va.value) : "unset"}`,
      vb ? b.pointer("env", vb.index) : b.pointer("env"),
    );
  }
  const rest = (raw: Readonly<Record<string, unknown>>) => {
    const { name: _n, image: _i, env: _e, resources: _r, ...others } = raw;
    return others;
  };
  for (const d of deepDiff(rest(a.raw), rest(b.raw), b.pointer(), same)) {
    say(`${who} ${d.path} ${show(d.b)}, ${aSlot} ${show(d.a)}`, d.pointer);
  }
}

interface Leaf {
  readonly path: string;
  readonly pointer: string;
  readonly a: unknown;
  readonly b: unknown;
}

/** Leaf differences; arrays of named items (ports, volumes, mounts) are matched by name. */
function deepDiff(a: unknown, b: unknown, pointer: string, same: (x: unknown, y: unknown) => boolean, path = ""): Leaf[] {
  const out: Leaf[] = [];
  const walk = (x: unknown, y: unknown, ptr: string, p: string) => {
    if (isRecord(x) && isRecord(y)) {
      for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
        walk(x[k], y[k], joinPointer(ptr, k), p ? `${p}.${k}` : k);
      }
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      const named = [...x, ...y].every((i) => isRecord(i) && typeof i.name === "string");
      if (named) {
        const ix = new Map(x.map((i) => [(i as { name: string }).name, i]));
        const iy = new Map(y.map((i, n) => [(i as { name: string }).name, [i, n] as const]));
        for (const n of [...new Set([...ix.keys(), ...iy.keys()])]) {
          const hit = iy.get(n);
          walk(ix.get(n), hit?.[0], hit ? joinPointer(ptr, hit[1]) : ptr, `${p}[${n}]`);
        }
      } else {
        for (let i = 0; i < Math.max(x.length, y.length); i++) walk(x[i], y[i], i < y.length ? joinPointer(ptr, i) : ptr, `${p}[${i}]`);
      }
      return;
    }
    if (!sameDeep(x, y, same)) out.push({ path: p, pointer: y === undefined ? parentPointer(ptr) : ptr, a: x, b: y });
  };
  walk(a, b, pointer, path);
  return out;
}

function parentPointer(p: string): string {
  return p.slice(0, Math.max(0, p.lastIndexOf("/")));
}

function sameDeep(x: unknown, y: unknown, same: (x: unknown, y: unknown) => boolean): boolean {
  if (same(x, y)) return true;
  if (isRecord(x) && isRecord(y)) {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) if (!sameDeep(x[k], y[k], same)) return false;
    return true;
  }
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameDeep(v, y[i], same));
  return false;
}

/** Replaces a workload's slot value and version tokens in a string, so "web-blue" equals "web-green". */
export function normaliser(w: Workload, slot: string, cfg: ResolvedBlueGreen): (s: string) => string {
  const tokens = new Map<string, string>([[slot, "\u0000slot"]]);
  const v = versionOf(w, cfg);
  if (v) tokens.set(v, "\u0000version");
  for (const c of w.all) {
    const t = imageTag(c.image);
    if (t) tokens.set(t, "\u0000version");
  }
  for (const k of cfg.versionLabels) {
    const lv = w.podLabels[k];
    if (lv) tokens.set(lv, "\u0000version");
  }
  const ordered = [...tokens.entries()].sort((x, y) => y[0].length - x[0].length);
  return (s) => {
    let r = s;
    for (const [t, ph] of ordered) r = r.split(t).join(ph);
    return r;
  };
}

function show(v: unknown): string {
  if (v === undefined || v === null) return "none";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const s = JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}

/** What a change did to an object, as "spec.replicas 0 → 4" items (exact comparison, first `limit`). */
export function changedPaths(before: unknown, after: unknown, limit = 3): { items: string[]; total: number } {
  const all = deepDiff(before, after, "", (x, y) => x === y);
  return { items: all.slice(0, limit).map((d) => `${d.path} ${show(d.a)} → ${show(d.b)}`), total: all.length };
}
