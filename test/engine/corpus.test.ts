// A few thousand real-world-style manifests run without a crash or a rule error.
import { check } from "../../src/engine/check.js";
import { generateCorpus } from "../../bench/corpus.js";
import { builtinRegistry, configFrom } from "../helpers.js";

test("3,000 generated documents: every object counted, no rule error, broken files reported", () => {
  const files = generateCorpus({ documents: 3000, seed: 7, brokenShare: 0.01 });
  const r = check({ files, rules: builtinRegistry().rules, config: configFrom("") });
  expect(r.summary.files).toBe(files.length);
  expect(r.summary.objects).toBeGreaterThan(2800);
  expect(r.findings.filter((f) => f.ruleId === "tollgate/rule-error")).toEqual([]);
  const broken = r.findings.filter((f) => f.ruleId === "parse/helm-template" || f.ruleId === "parse/yaml-syntax");
  expect(broken.length).toBeGreaterThan(0);
  for (const f of r.findings) {
    expect(f.file).toBeDefined();
    expect(f.line).toBeGreaterThan(0);
  }
});

test("the generator is deterministic", () => {
  const a = generateCorpus({ documents: 500, seed: 3 });
  const b = generateCorpus({ documents: 500, seed: 3 });
  expect(a).toEqual(b);
  expect(generateCorpus({ documents: 500, seed: 4 })).not.toEqual(a);
});
