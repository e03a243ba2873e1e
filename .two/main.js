import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;
import {
  require_node_crypto
} from "./chunk-HIIRDRDP.js";
import {
  boundHeapGrowth,
  errnoText,
  openSession,
  requireManifests,
  writeOutput
} from "./chunk-IYICFJNK.js";
import {
  checkUnits,
  failsAt,
  sortFindings,
  summarize,
  usePrecompiledOptionsValidators
} from "./chunk-YOIGH54F.js";
import {
  Command,
  CommanderError,
  Option
} from "./chunk-L32FOGHP.js";
import "./chunk-YCBVLEXS.js";
import "./chunk-UFZTD2B2.js";
import "./chunk-76V33JAB.js";
import {
  fileRunContext,
  loadConfigFile,
  loadRegistry,
  toolVersion,
  usePrecompiledPolicyValidators
} from "./chunk-MN2HLCWA.js";
import {
  ConfigInvalid,
  docsUrl,
  usePrecompiledConfigValidator
} from "./chunk-D7ZPSO3Y.js";
import {
  UsageError
} from "./chunk-IPQB3CPI.js";
import {
  require_node_fs
} from "./chunk-4IRK2B2X.js";
import {
  PLATFORM_LABEL
} from "./chunk-RS3UKRK3.js";
import {
  describeObject,
  severityRank
} from "./chunk-Q5AAYJWF.js";
import "./chunk-C6Q7PKR2.js";
import "./chunk-UEKSHHOG.js";
import {
  __toESM
} from "./chunk-HMYCOVW3.js";

// src/cli/check.ts
var import_node_fs = __toESM(require_node_fs(), 1);

// src/reporters/json.ts
function formatJson(findings, summary, cost) {
  const report = { version: 1, findings, summary, ...cost !== void 0 ? { cost } : {} };
  return JSON.stringify(report, null, 2) + "\n";
}

// src/reporters/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", info: "\u{1F535}" };
var plural = (n, noun) => n === 1 ? noun : `${noun}s`;
function escapeCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
function formatMarkdown(findings, summary, options = {}) {
  const out = [];
  out.push(`**${summary.errors}** ${plural(summary.errors, "error")} \xB7 **${summary.warnings}** ${plural(summary.warnings, "warning")} \xB7 **${summary.infos}** info \u2014 ${summary.objects} ${plural(summary.objects, "object")} in ${summary.files} ${plural(summary.files, "file")}${summary.suppressed ? ` (${summary.suppressed} suppressed)` : ""}`);
  out.push("");
  if (findings.length === 0) {
    out.push("\u2705 No findings.");
    return out.join("\n") + "\n";
  }
  const max = options.maxRows ?? findings.length;
  out.push("| | Rule | Where | Message |", "|---|---|---|---|");
  for (const f of findings.slice(0, max)) {
    const loc = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : f.object ? `${f.object.kind} ${f.object.namespace ? f.object.namespace + "/" : ""}${f.object.name ?? ""}` : "";
    const where = options.linkBase && f.file ? `[${escapeCell(loc)}](${options.linkBase}/${f.file}${f.line ? `#L${f.line}` : ""})` : `\`${escapeCell(loc)}\``;
    out.push(`| ${ICON[f.severity]} | \`${f.ruleId}\` | ${where} | ${escapeCell(f.message)} |`);
  }
  if (findings.length > max) out.push("", `\u2026and ${findings.length - max} more.`);
  return out.join("\n") + "\n";
}

// src/reporters/sarif.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SARIF_MAX_RESULTS = 25e3;
var ROOT_URI = ".";
function formatSarif(findings, rules, version, options = {}) {
  const max = options.maxResults ?? SARIF_MAX_RESULTS;
  const kept = findings.map((f, i) => ({ f, i })).sort((a, b) => severityRank[b.f.severity] - severityRank[a.f.severity] || a.i - b.i).slice(0, max).map(({ f }) => f);
  const dropped = findings.length - kept.length;
  const used = [...new Set(kept.map((f) => f.ruleId))];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const notifications = dropped > 0 ? [
    {
      level: "warning",
      message: {
        text: `${dropped} of ${findings.length} findings are not in this file: code scanning accepts ${max.toLocaleString("en-US")} results per run, so errors come first, then warnings, then infos. Every finding is in the job summary and in \`tollgate check --format json\`.`
      }
    }
  ] : [];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tollgate",
            version,
            informationUri: "https://github.com/tollgate-dev/tollgate",
            rules: used.map((id) => {
              const r = byId.get(id);
              return {
                id,
                name: id.replace(/[/-](\w)/g, (_m, ch) => ch.toUpperCase()),
                shortDescription: { text: r?.meta.summary ?? id },
                fullDescription: { text: r?.meta.description ?? r?.meta.summary ?? id },
                help: { text: r?.meta.remediation ?? "", markdown: `${r?.meta.remediation ?? ""}

[Rule reference](${docsUrl(id)})` },
                helpUri: docsUrl(id),
                defaultConfiguration: { level: LEVEL[r?.meta.severity ?? "warning"] }
              };
            })
          }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: kept.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: f.file !== void 0 ? {
                artifactLocation: { uri: sarifUri(f.file) },
                region: { startLine: f.line ?? 1, startColumn: f.column ?? 1, ...f.endLine ? { endLine: f.endLine } : {} }
              } : { artifactLocation: { uri: ROOT_URI } }
            }
          ],
          partialFingerprints: { "tollgate/v2": fingerprint(f) }
        }))
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function sarifUri(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function platformOf(f) {
  if (!f.ruleId.startsWith("cost/")) return "";
  for (const [name, label] of Object.entries(PLATFORM_LABEL)) if (new RegExp(`\\bon ${label}\\b`).test(f.message)) return name;
  return "";
}
function fingerprint(f) {
  const key = [f.ruleId, f.file ?? "", f.object?.kind ?? "", f.object?.namespace ?? "", f.object?.name ?? "", f.container ?? "", f.pointer ?? "", platformOf(f)];
  return (0, import_node_crypto.createHash)("sha256").update(JSON.stringify(key)).digest("hex");
}

// src/reporters/text.ts
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
function formatText(findings, summary, options = {}) {
  const c = (code, s) => options.color ? COLORS[code] + s + COLORS.reset : s;
  const byUnit = group(findings, (f) => f.unit ?? "");
  const lines = [];
  const grouped = [...byUnit.keys()].some((u) => u !== "");
  for (const [unit, inUnit] of [...byUnit].sort(([a], [b]) => a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))) {
    if (grouped) lines.push(c("bold", unit === "" ? "\u2500\u2500 files \u2500\u2500" : `\u2500\u2500 unit ${unit} \u2500\u2500`));
    for (const [file, list] of group(inUnit, (f) => f.file ?? (f.object ? describeObject(f.object) : "(run)"))) {
      for (const f of list) {
        const where = f.line !== void 0 ? `${f.line}:${f.column ?? 1}` : "-";
        const sev = f.severity.padEnd(7);
        lines.push(`${c("dim", `${file}:${where}`)}  ${c(f.severity, sev)}  ${f.message}  ${c("dim", f.ruleId)}`);
      }
    }
    lines.push("");
  }
  const total = summary.errors + summary.warnings + summary.infos;
  const parts = [
    `${summary.files} file${summary.files === 1 ? "" : "s"}`,
    `${summary.objects} object${summary.objects === 1 ? "" : "s"}`
  ];
  if (summary.skippedDocuments > 0) parts.push(`${summary.skippedDocuments} non-Kubernetes document${summary.skippedDocuments === 1 ? "" : "s"} skipped`);
  const counts = `${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}, ${summary.infos} info`;
  const suppressed = summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : "";
  lines.push(total === 0 ? c("bold", `\u2713 no findings (${parts.join(", ")}${suppressed})`) : c("bold", `${counts}${suppressed} in ${parts.join(", ")}`));
  return lines.join("\n") + "\n";
}
function group(findings, key) {
  const m = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = key(f);
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}

// src/cli/check.ts
async function runCheck(paths, opts) {
  boundHeapGrowth(process.execArgv, process.env.NODE_OPTIONS);
  const cwd = process.cwd();
  const { config, file: configFile } = loadConfigFile(opts.config, cwd, paths[0]);
  const context = fileRunContext(config, configFile, cwd);
  const registry = loadRegistry(config, configFile, cwd, opts.policies ?? []);
  const session = await openSession({ paths, cwd, config, ...configFile ? { configFile } : {}, context, ...opts.base ? { base: opts.base } : {}, stdin: () => (0, import_node_fs.readFileSync)(0, "utf8") });
  try {
    requireManifests({ files: session.headFiles, problems: session.problems }, paths, opts.allowEmpty);
    for (const m of session.messages) process.stderr.write(m + "\n");
    const result = checkUnits({
      units: session.head.units,
      ...session.base ? { baseUnits: session.base.units } : {},
      rules: registry.rules,
      config,
      context,
      engine: { exemptions: opts.exemptions }
    });
    const ioFindings = session.problems.map((p) => ({
      ruleId: "parse/not-text",
      severity: "error",
      message: p.message,
      file: p.file,
      remediation: "Make the file readable UTF-8 text, or leave it out of the checked paths."
    }));
    const findings = [...ioFindings, ...result.findings];
    sortFindings(findings);
    const s = result.summary;
    const summary = ioFindings.length === 0 ? s : summarize(findings, s.files + ioFindings.length, s.documents, s.objects, s.skippedDocuments, s.suppressed);
    let cost;
    let costText;
    if (opts.cost) {
      const { costForUnits, costUnitsJson, formatCostUnits } = await import("./cost-hook-SGGEZVJ3.js");
      const reports = costForUnits(result.units, config);
      cost = costUnitsJson(reports);
      costText = (format) => formatCostUnits(reports, format);
    }
    let out;
    switch (opts.format) {
      case "json":
        out = formatJson(findings, summary, cost);
        break;
      case "sarif":
        out = formatSarif(findings, registry.rules, toolVersion());
        break;
      case "markdown":
        out = formatMarkdown(findings, summary);
        if (costText) out += "\n" + await costText("markdown");
        break;
      default:
        out = formatText(findings, summary, { color: !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR });
        if (costText) out += "\n" + await costText("text");
    }
    if (opts.output) writeOutput(opts.output, out);
    else process.stdout.write(out);
    return failsAt(findings, opts.failOn) ? 1 : 0;
  } finally {
    session.dispose();
  }
}

// src/reporters/rules-reference.ts
function formatRulesTable(rules) {
  const rows = rules.map((r) => [r.id, r.meta.optIn ? `${r.meta.severity} (opt-in)` : r.meta.severity, r.meta.family, r.meta.summary]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), ["RULE", "SEVERITY", "FAMILY"][i].length));
  const line = (row) => row.map((c, i) => i < 3 ? c.padEnd(widths[i]) : c).join("  ");
  return [line(["RULE", "SEVERITY", "FAMILY", "SUMMARY"]), ...rows.map(line)].join("\n") + "\n";
}
function formatRuleDoc(r) {
  const lines = [
    `${r.id}  (${r.meta.severity}${r.meta.optIn ? ", off unless enabled" : ""}, ${r.meta.source === "policy" ? "policy" : "code rule"})`,
    "",
    r.meta.summary
  ];
  if (r.meta.description) lines.push("", r.meta.description.trim());
  lines.push("", `Fix: ${r.meta.remediation}`);
  if (r.meta.defaultOptions && Object.keys(r.meta.defaultOptions).length > 0) {
    lines.push("", `Options (defaults): ${JSON.stringify(r.meta.defaultOptions)}`);
  }
  return lines.join("\n") + "\n";
}
function formatRulesMarkdown(rules) {
  const out = [
    "# Rule reference",
    "",
    "Generated from the registry by `npm run docs`; a test fails when it is out of date.",
    "Configure any rule in `.tollgate.yaml` under `rules:` (`off`, a severity, or `{ severity, options, mode }`).",
    "",
    "| Rule | Severity | Summary |",
    "|---|---|---|",
    ...rules.map((r) => `| [\`${r.id}\`](#${anchor(r.id)}) | ${r.meta.severity}${r.meta.optIn ? " (opt-in)" : ""} | ${r.meta.summary} |`),
    ""
  ];
  const families = [...new Set(rules.map((r) => r.meta.family))];
  for (const family of families) {
    out.push(`## ${family}`, "");
    for (const r of rules.filter((x) => x.meta.family === family)) {
      out.push(`### ${r.id}`, "");
      out.push(`*${r.meta.severity}${r.meta.optIn ? ", off unless enabled" : ""} \xB7 ${r.meta.source === "policy" ? "declarative policy" : "code rule"}${r.meta.boundary ? " \xB7 boundary rule (annotation exemptions ignored in the webhook)" : ""}*`, "");
      out.push(r.meta.summary, "");
      if (r.meta.description) out.push(r.meta.description.trim(), "");
      out.push(`**Fix:** ${r.meta.remediation}`, "");
      if (r.meta.defaultOptions && Object.keys(r.meta.defaultOptions).length > 0) {
        out.push(`**Options (defaults):** \`${JSON.stringify(r.meta.defaultOptions)}\``, "");
      }
    }
  }
  return out.join("\n");
}
function anchor(id) {
  return id.replace(/\//g, "").toLowerCase();
}

// src/cli/rules.ts
function runRules(opts) {
  const cwd = process.cwd();
  const { config, file } = loadConfigFile(opts.config, cwd);
  const { rules } = loadRegistry(config, file, cwd);
  const listed = rules.filter((r) => r.target !== "source" || r.meta.family !== "");
  if (opts.format === "json") {
    process.stdout.write(JSON.stringify(listed.map((r) => ({ id: r.id, severity: r.meta.severity, family: r.meta.family, summary: r.meta.summary, optIn: r.meta.optIn === true, source: r.meta.source ?? "code" })), null, 2) + "\n");
  } else if (opts.format === "markdown") {
    process.stdout.write(formatRulesMarkdown(listed));
  } else {
    process.stdout.write(formatRulesTable(listed));
  }
  return 0;
}
function runExplain(id, opts) {
  const cwd = process.cwd();
  const { config, file } = loadConfigFile(opts.config, cwd);
  const { rules } = loadRegistry(config, file, cwd);
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const near = rules.filter((r) => r.id.includes(id.split("/").pop() ?? id)).map((r) => r.id);
    throw new UsageError(`no rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(", ")}?)` : ""}; run \`tollgate rules\` for the list`);
  }
  process.stdout.write(formatRuleDoc(rule));
  return 0;
}

// src/cli/main.ts
await usePrecompiledValidators();
var program = new Command();
program.name("tollgate").description("Policy and cost gate for Kubernetes manifests.").version(toolVersion(), "-V, --version", "print the version").exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
program.command("check").description("check manifests against the rules (files, directories, or - for stdin)").argument("[paths...]", "files or directories", ["."]).addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif", "markdown"]).default("text")).addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this").choices(["error", "warning", "info", "never"]).default("error")).option("-c, --config <file>", "config file (default: the nearest .tollgate.yaml from the first path up to the current directory)").option("--policies <dir...>", "extra policy directories").option("--base <dir-or-ref>", "compare with a base (a directory or a git revision) for base-versus-head rules").option("--no-exemptions", "ignore the config file's exemptions (suppression annotations on objects still apply)").option("-o, --output <file>", "write the report to a file instead of stdout").option("--cost", "add the cost report (a table in text, a section in markdown, the cost field in json; not in sarif)").option("--allow-empty", "exit 0 when the paths hold no manifest (default: exit 2, a wrong path must not pass)").action(async (paths, opts) => {
  process.exitCode = await runCheck(paths, opts);
});
program.command("rules").description("list every rule: id, severity, family, summary").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text")).option("-c, --config <file>", "config file (adds its policy directories)").action((opts) => {
  process.exitCode = runRules(opts);
});
program.command("explain").description("print a rule's documentation").argument("<rule>", "rule id, e.g. resources/memory-limit-required").option("-c, --config <file>", "config file (adds its policy directories)").action((rule, opts) => {
  process.exitCode = runExplain(rule, opts);
});
for (const extra of (await import("./commands-EWTC3NYI.js")).extraCommands) extra(program);
try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.exitCode = reportError(e);
}
async function usePrecompiledValidators() {
  let v;
  try {
    v = await import(new URL("./validators.js", import.meta.url).href);
  } catch (e) {
    if (e.code === "ERR_MODULE_NOT_FOUND") return;
    throw e;
  }
  usePrecompiledConfigValidator(v.config);
  usePrecompiledPolicyValidators(v);
  usePrecompiledOptionsValidators(v.options);
}
function reportError(e) {
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
    return 2;
  }
  if (e instanceof ConfigInvalid || e instanceof UsageError) {
    process.stderr.write(`tollgate: ${e.message}
`);
    return 2;
  }
  const err = e;
  process.stderr.write(`tollgate: ${err?.code && err.path ? `${err.path}: ${errnoText(err)}` : err?.message ?? String(e)}
`);
  if (process.env.TOLLGATE_DEBUG) process.stderr.write(`${err?.stack ?? ""}
`);
  return 2;
}
