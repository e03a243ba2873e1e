// Regular expressions from user policies (`pattern`, `patternProperties`) run on V8's linear-time
// engine, so no pattern can backtrack catastrophically on a hostile manifest or AdmissionReview
// (`^(a+)+$` against "aaaa…!" would otherwise hang the CLI or the webhook). Patterns the linear engine
// cannot run (backreferences, lookaround, huge counted repeats, \p{…}) are refused when the policy loads.
import { setFlagsFromString } from "node:v8";
import type { Options } from "ajv";

type RegExpEngine = NonNullable<NonNullable<Options["code"]>["regExp"]>;

let enabled = false;

function linearFlag(): void {
  if (enabled) return;
  // Enables the `l` (linear) flag; it only changes what `new RegExp(p, "l")` accepts.
  setFlagsFromString("--enable-experimental-regexp-engine");
  enabled = true;
}

export class UnsafePattern extends Error {
  constructor(readonly pattern: string, message: string) {
    super(message);
  }
}

/** Longest string a backtracking fallback pattern is run on (its worst case is then a few million steps). */
export const FALLBACK_MAX_INPUT = 4096;

/**
 * Compiles a JSON Schema pattern for matching in bounded time; throws UnsafePattern with the reason.
 * Most patterns run on the linear engine. The few it refuses for size alone (`[a-f0-9]{64}`) run on the
 * backtracking engine only if they have no nested quantifier and at most one unbounded one, and then
 * only on strings up to FALLBACK_MAX_INPUT characters (a longer one makes the rule fail, loudly).
 */
export function linearRegExp(pattern: string): { test(s: string): boolean } {
  linearFlag();
  // JSON Schema patterns are ECMA-262 with unicode semantics: check the syntax that way first.
  let unicode: RegExp;
  try {
    unicode = new RegExp(pattern, "u");
  } catch (e) {
    throw new UnsafePattern(pattern, `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(e as Error).message}`);
  }
  if (/\\[pP]\{|\\u\{/.test(pattern)) {
    throw new UnsafePattern(pattern, `pattern ${JSON.stringify(pattern)} uses \\p{…} or \\u{…}, which tollgate cannot match in linear time; list the characters instead`);
  }
  // Lookaround and backreferences are refused whatever this Node's linear engine accepts (Node 24's
  // takes lookbehind, 22's does not): a policy must load the same in the CLI, the Action and the image.
  const shape = quantifierShape(pattern);
  if (!shape.lookaroundOrBackref) {
    try {
      return new RegExp(pattern, "l");
    } catch {
      // below: the backtracking fallback, for patterns that cannot backtrack much
    }
  }
  if (shape.lookaroundOrBackref || shape.nested || shape.unbounded > 1) {
    throw new UnsafePattern(
      pattern,
      `pattern ${JSON.stringify(pattern)} cannot be matched in linear time (${shape.lookaroundOrBackref ? "backreferences and lookahead/lookbehind are refused" : shape.nested ? "a repeated group holds another repeat" : "more than one unbounded repeat beside large counted ones"}), so a manifest could make the check hang; simplify it`,
    );
  }
  return {
    test(s: string): boolean {
      if (s.length > FALLBACK_MAX_INPUT) {
        throw new Error(`a ${s.length}-character value is too long for pattern ${JSON.stringify(pattern)} (at most ${FALLBACK_MAX_INPUT} characters are matched with it)`);
      }
      return unicode.test(s);
    },
  };
}

/** What makes backtracking expensive: repeats inside repeated groups, unbounded repeats, lookaround, backreferences. */
function quantifierShape(pattern: string): { nested: boolean; unbounded: number; lookaroundOrBackref: boolean } {
  let nested = false;
  let unbounded = 0;
  let lookaroundOrBackref = false;
  const groups: { repeats: boolean }[] = [{ repeats: false }];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    let atomGroup: { repeats: boolean } | undefined;
    if (c === "\\") {
      if (/[1-9k]/.test(pattern[i + 1] ?? "")) lookaroundOrBackref = true;
      i++;
    } else if (c === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
    } else if (c === "(") {
      if (/^\?(=|!|<=|<!)/.test(pattern.slice(i + 1, i + 4))) lookaroundOrBackref = true;
      groups.push({ repeats: false });
      continue;
    } else if (c === ")") {
      atomGroup = groups.length > 1 ? groups.pop() : undefined;
      if (atomGroup?.repeats) groups[groups.length - 1]!.repeats = true;
    } else if (c === "|") {
      groups[groups.length - 1]!.repeats = true; // an alternation under a repeat backtracks like one
      continue;
    }
    const q = /^(?:[*+]|\{\d+,\d*\}|\{\d+\})/.exec(pattern.slice(i + 1));
    if (q) {
      const m = /^\{(\d+)(,(\d*))?\}$/.exec(q[0]);
      const many = !m || m[2] !== undefined ? true : Number(m[1]) > 1;
      if (!m || (m[2] !== undefined && m[3] === "")) unbounded++;
      if (many) {
        if (atomGroup?.repeats) nested = true;
        groups[groups.length - 1]!.repeats = true;
      }
      i += q[0].length;
    } else if (pattern[i + 1] === "?") {
      i++;
    }
  }
  return { nested, unbounded, lookaroundOrBackref };
}

/** ajv's `code.regExp`: every pattern keyword goes through linearRegExp. */
export const linearRegExpEngine: RegExpEngine = Object.assign((pattern: string) => linearRegExp(pattern), {
  code: "linearRegExp",
});
