// The webhook's yardstick: a bare express HTTPS endpoint that parses the AdmissionReview body the
// same way (express.json, same limit) and answers a fixed "allowed" review. Plain JS, run from dist-free node.
// argv: cert key port
import { readFileSync } from "node:fs";
import { createServer } from "node:https";
import express from "express";

const [cert, key, port] = process.argv.slice(2);
const app = express();
app.disable("x-powered-by");
app.set("etag", false);
app.get("/healthz", (_req, res) => res.type("text/plain").send("ok"));
app.post("/validate", express.json({ limit: "8mb" }), (req, res) => {
  res.json({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", response: { uid: req.body?.request?.uid ?? "", allowed: true } });
});
const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) }, app);
server.listen(Number(port), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
