// Clients that hold connections without finishing a request: each deadline cuts them, over real
// sockets. The deadlines are made small for the test; what is asserted is that the server closes
// the socket (and what it answers), never how fast it is.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { connect as netConnect, type Socket } from "node:net";
import { connect as tlsConnect, type TLSSocket } from "node:tls";
import { admissionReview, fixture, startTestServer, type TestServer } from "./harness.js";

const TIMEOUTS = { handshakeMs: 300, headersMs: 300, bodyMs: 300, keepAliveMs: 300 };

/** Resolves with what the server sent once it closes the socket; rejects if it is still open after `waitMs`. */
function closedByServer(socket: Socket, waitMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = "";
    socket.on("data", (c: Buffer) => (received += c.toString()));
    socket.on("error", () => {}); // a reset is a close too
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${waitMs} ms`));
    }, waitMs);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

function tls(s: TestServer): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: "127.0.0.1", port: s.port, ca: s.pem.cert, servername: "localhost" }, () => resolve(socket));
    socket.on("error", reject);
  });
}

/** Writes one byte of `text` every `everyMs` until the socket closes. */
function trickle(socket: Socket, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer);
    socket.write(text[i++]!);
  }, everyMs);
  socket.on("close", () => clearInterval(timer));
}

const counter = async (s: TestServer, reason: string) =>
  (await s.metrics.connectionsClosed.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;

describe("deadlines", () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer({ timeouts: TIMEOUTS }); });
  afterAll(() => s.close());

  test("a TCP connection that never starts TLS is cut at the handshake deadline", async () => {
    const socket = netConnect(s.port, "127.0.0.1");
    expect(await closedByServer(socket)).toBe("");
    expect(await counter(s, "handshake_timeout")).toBeGreaterThanOrEqual(1);
  });

  test("a ClientHello trickled one byte at a time is cut at the handshake deadline too", async () => {
    const socket = netConnect(s.port, "127.0.0.1");
    // A TLS record header announcing a 512-byte handshake message, then its first bytes, slowly.
    trickle(socket, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + "\0".repeat(500), 50);
    expect(await closedByServer(socket)).toBe("");
  });

  test("headers trickled one byte at a time are cut at the headers deadline", async () => {
    const socket = await tls(s);
    trickle(socket, "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Slow: " + "s".repeat(4096), 20);
    const answer = await closedByServer(socket);
    expect(answer === "" || answer.startsWith("HTTP/1.1 408")).toBe(true);
  });

  test("a body that stops arriving is answered 408 with a JSON error and the connection closed", async () => {
    const body = JSON.stringify(admissionReview({ object: fixture("deployment.json") }));
    const socket = await tls(s);
    socket.write(`POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 100)}`);
    trickle(socket, body.slice(100), 50);
    const answer = await closedByServer(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.toLowerCase()).toContain("connection: close");
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toEqual({ error: "timeout", message: "the request body did not arrive within 0.3 s" });
    expect(await counter(s, "body_timeout")).toBeGreaterThanOrEqual(1);
  });

  test("an idle keep-alive connection is closed after the keep-alive deadline", async () => {
    const socket = await tls(s);
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const answer = await closedByServer(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/keep-alive/i);
  });

  test("a client that sends its request in time is answered, on a connection kept for the next one", async () => {
    const r = await s.review({ object: fixture("deployment.json") });
    expect(r.response.allowed).toBe(true);
    expect((await s.review({ object: fixture("deployment.json") })).response.allowed).toBe(true);
  });
});

test("connections over the cap are closed at accept; the ones within it are served", async () => {
  const s = await startTestServer({ maxConnections: 3 });
  const held: TLSSocket[] = [];
  try {
    for (let i = 0; i < 3; i++) held.push(await tls(s));
    const extra = netConnect(s.port, "127.0.0.1");
    expect(await closedByServer(extra)).toBe("");
    expect(await counter(s, "connection_limit")).toBe(1);
    // A held connection still gets its answer.
    const first = held[0]!;
    const answer = new Promise<string>((resolve) => {
      let text = "";
      first.on("data", (c: Buffer) => {
        text += c.toString();
        if (text.includes("\r\n\r\nok")) resolve(text);
      });
    });
    first.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(await answer).toMatch(/^HTTP\/1\.1 200 /);
  } finally {
    for (const h of held) h.destroy();
    await s.close();
  }
});
