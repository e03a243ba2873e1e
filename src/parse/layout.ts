// Where a file sits in a Helm chart, from the paths of a run alone (no file system): a chart is a
// folder holding a Chart.yaml among the run's files. Its templates/ are Helm templates (rendered
// by `helm template`, never parsed as manifests), its crds/ are plain manifests Helm applies as
// they are, and everything else in it (Chart.yaml, values files, ci/ values) is chart metadata.

export type ChartRole = "template" | "crd" | "chart-file";

export interface ChartPlace {
  /** The chart's folder ("" when Chart.yaml is at the top of the run). */
  readonly chart: string;
  /** The chart's Chart.yaml, as given in the run. */
  readonly chartFile: string;
  readonly role: ChartRole;
}

const CHART_FILE = /(^|\/)Chart\.ya?ml$/;

/** Maps the files of one run to their place in a chart; files outside every chart are absent. */
export function chartPlaces(files: readonly string[]): Map<string, ChartPlace> {
  const charts = new Map<string, string>();
  for (const f of files) {
    const m = CHART_FILE.exec(f);
    if (m) charts.set(f.slice(0, m.index), f);
  }
  const out = new Map<string, ChartPlace>();
  if (charts.size === 0) return out;
  for (const f of files) {
    // The nearest chart folder above the file: a subchart in charts/ has its own Chart.yaml.
    let dir = f;
    while (true) {
      const slash = dir.lastIndexOf("/");
      dir = slash < 0 ? "" : dir.slice(0, slash);
      const chartFile = charts.get(dir);
      if (chartFile !== undefined) {
        const inside = dir === "" ? f : f.slice(dir.length + 1);
        const role: ChartRole = inside.startsWith("templates/") ? "template" : inside.startsWith("crds/") ? "crd" : "chart-file";
        out.set(f, { chart: dir, chartFile, role });
        break;
      }
      if (dir === "") break;
    }
  }
  return out;
}
