// What the runner reads back from a JavaScript action: `::command props::data` lines on stdout and
// stderr, and the key/value file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE). The rules follow
// actions/runner (ActionCommand.TryParseV2, ActionCommandManager, the file command parser).

export interface WorkflowCommand {
  readonly command: string;
  /** Property names as written (the runner looks them up case-insensitively). */
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
  readonly stream: "stdout" | "stderr";
  readonly line: string;
}

export interface Annotation {
  readonly level: "error" | "warning" | "notice";
  readonly message: string;
  /** Relative to the workspace when the action gave a path inside it, like the runner does. */
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly endColumn?: number;
  readonly title?: string;
}

/** Commands the runner registers; any other `::x::` line is plain log output. */
const REGISTERED = new Set([
  "error", "warning", "notice", "debug", "add-mask", "group", "endgroup", "echo",
  "set-output", "save-state", "set-env", "add-path", "add-matcher", "remove-matcher", "stop-commands",
]);

// Applied in the runner's order, `%25` last, so `%250A` stays a literal `%0A`.
const DATA_ESCAPES: ReadonlyArray<readonly [string, string]> = [["%0D", "\r"], ["%0A", "\n"], ["%25", "%"]];
const PROPERTY_ESCAPES: ReadonlyArray<readonly [string, string]> = [["%0D", "\r"], ["%0A", "\n"], ["%3A", ":"], ["%2C", ","], ["%25", "%"]];

function unescape(text: string, table: ReadonlyArray<readonly [string, string]>): string {
  return table.reduce((s, [from, to]) => s.split(from).join(to), text);
}

export function unescapeData(text: string): string {
  return unescape(text, DATA_ESCAPES);
}

export function unescapeProperty(text: string): string {
  return unescape(text, PROPERTY_ESCAPES);
}

/** Parses one line the way TryParseV2 does; undefined when it is not a registered command. */
export function parseCommandLine(raw: string, registered: ReadonlySet<string> = REGISTERED): Omit<WorkflowCommand, "stream"> | undefined {
  const message = raw.replace(/^\s+/, "");
  if (!message.startsWith("::")) return undefined;
  const end = message.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (![...registered].some((c) => c.toLowerCase() === command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(",").filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (eq <= 0 || eq === pair.length - 1) continue;
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)), line: raw };
}

/**
 * Every command in the output, honouring `::stop-commands::token` until `::token::`.
 * The runner shares one stop state across both streams; lines are processed per stream here
 * (stdout first), which only differs when an action interleaves stop-commands across streams.
 */
export function parseWorkflowCommands(stdout: string, stderr = ""): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const [stream, text] of [["stdout", stdout], ["stderr", stderr]] as const) {
    for (const line of text.split(/\r?\n/)) {
      const registered = stopToken ? new Set([stopToken]) : REGISTERED;
      const parsed = parseCommandLine(line, registered);
      if (!parsed) continue;
      if (stopToken) {
        stopToken = undefined; // the resume token itself is not a command
        continue;
      }
      if (parsed.command.toLowerCase() === "stop-commands") stopToken = parsed.data;
      out.push({ ...parsed, stream });
    }
  }
  return out;
}

function property(props: Readonly<Record<string, string>>, name: string): string | undefined {
  const key = Object.keys(props).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : props[key];
}

function int(value: string | undefined): number | undefined {
  return value !== undefined && /^-?\d+$/.test(value.trim()) ? Number(value) : undefined;
}

export function toAnnotations(commands: readonly WorkflowCommand[], workspace?: string): Annotation[] {
  const out: Annotation[] = [];
  for (const c of commands) {
    const level = c.command.toLowerCase();
    if (level !== "error" && level !== "warning" && level !== "notice") continue;
    let file = property(c.properties, "file");
    if (file && workspace) {
      const root = workspace.replace(/[\\/]+$/, "");
      if (file.startsWith(root + "/") || file.startsWith(root + "\\")) file = file.slice(root.length + 1).replace(/\\/g, "/");
    }
    const annotation: Record<string, unknown> = { level, message: c.data };
    const fields: Array<[string, unknown]> = [
      ["file", file],
      ["line", int(property(c.properties, "line"))],
      ["endLine", int(property(c.properties, "endLine"))],
      ["col", int(property(c.properties, "col"))],
      ["endColumn", int(property(c.properties, "endColumn"))],
      ["title", property(c.properties, "title")],
    ];
    for (const [k, v] of fields) if (v !== undefined) annotation[k] = v;
    out.push(annotation as unknown as Annotation);
  }
  return out;
}

export interface KeyValueFile {
  readonly values: Record<string, string>;
  readonly errors: string[];
}

/** `NAME=value` and `NAME<<DELIMITER ... DELIMITER` lines, as the runner reads GITHUB_OUTPUT/ENV/STATE. */
export function parseKeyValueFile(text: string): KeyValueFile {
  const values: Record<string, string> = {};
  const errors: string[] = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const eq = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq);
      if (name === "") errors.push(`Invalid format '${line}'. Name must not be empty`);
      else values[name] = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === "" || delimiter === "") {
        errors.push(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
        continue;
      }
      const body: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        body.push(lines[i]!);
      }
      if (!closed) {
        errors.push(`Invalid value. Matching delimiter not found '${delimiter}'`);
        break;
      }
      values[name] = body.join("\n");
    } else {
      errors.push(`Invalid format '${line}'`);
    }
  }
  return { values, errors };
}
