// Serving certificate hot reload: cert-manager (or the kubelet's Secret volume) replaces tls.crt and
// tls.key in place; watch their directories (the kubelet swaps a ..data symlink, so watching the files
// misses it) with a stat poll as fallback, validate the pair, and hand it to server.setSecureContext.
import { watch, type FSWatcher } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { X509Certificate } from "node:crypto";
import { createSecureContext } from "node:tls";
import type { Logger } from "./log.js";

export interface KeyPair {
  readonly cert: Buffer;
  readonly key: Buffer;
}

export interface CertWatchOptions {
  readonly certFile: string;
  readonly keyFile: string;
  /** Called with a validated new pair (not called for a pair equal to the current one). */
  readonly onChange: (pair: KeyPair) => void;
  readonly logger: Logger;
  readonly initial: KeyPair;
  /** Stat poll interval, the fallback when fs.watch misses an event or is unavailable (ms). */
  readonly pollMs?: number;
  /** Watch the directories with fs.watch (default); false leaves only the stat poll. */
  readonly fsWatch?: boolean;
  /** Wait after an event before reading, so a cert and key written one after the other land together. */
  readonly debounceMs?: number;
}

export interface CertWatcher {
  /** Re-reads both files now; resolves true when a new pair was applied. */
  reload(): Promise<boolean>;
  close(): void;
}

/** Throws (with OpenSSL's reason) when the pair is unusable: bad PEM, or a key that does not match. */
export function validatePair(pair: KeyPair): void {
  createSecureContext({ cert: pair.cert, key: pair.key });
}

/**
 * notAfter of the first (leaf) certificate in a PEM bundle, in seconds since the epoch; undefined
 * when it cannot be read (validatePair has already refused anything the server would serve).
 */
export function expiryOf(pem: Buffer): number | undefined {
  try {
    const ms = Date.parse(new X509Certificate(pem).validTo);
    return Number.isFinite(ms) ? ms / 1000 : undefined;
  } catch {
    return undefined;
  }
}

export function watchCertificates(options: CertWatchOptions): CertWatcher {
  const { certFile, keyFile, logger } = options;
  let current = options.initial;
  let lastStamp = "";
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<boolean> | undefined;
  let again = false;
  let closed = false;
  const watchers: FSWatcher[] = [];

  const stamp = async (): Promise<string> => {
    const parts = await Promise.all([certFile, keyFile].map((f) => stat(f).then((s) => `${s.ino}:${s.size}:${s.mtimeMs}`, () => "missing")));
    return parts.join("|");
  };
  void stamp().then((s) => (lastStamp = s));

  const load = async (): Promise<boolean> => {
    let pair: KeyPair;
    try {
      const [cert, key] = await Promise.all([readFile(certFile), readFile(keyFile)]);
      pair = { cert, key };
    } catch (e) {
      logger.log("error", "cannot read the serving certificate; keeping the current one", { error: (e as Error).message });
      return false;
    }
    if (pair.cert.equals(current.cert) && pair.key.equals(current.key)) return false;
    try {
      validatePair(pair);
    } catch (e) {
      logger.log("error", "the new serving certificate is unusable; keeping the current one", { certFile, keyFile, error: (e as Error).message });
      return false;
    }
    current = pair;
    options.onChange(pair);
    logger.log("info", "serving certificate reloaded", { certFile });
    return true;
  };

  // One reload at a time; an event during a reload schedules one more pass.
  const reload = (): Promise<boolean> => {
    if (running) {
      again = true;
      return running;
    }
    running = load().finally(() => {
      running = undefined;
      if (again && !closed) {
        again = false;
        void reload();
      }
    });
    return running;
  };

  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void reload();
    }, options.debounceMs ?? 100);
    timer.unref();
  };

  for (const dir of options.fsWatch === false ? [] : new Set([dirname(certFile), dirname(keyFile)])) {
    try {
      const w = watch(dir, { persistent: false }, () => schedule());
      w.on("error", () => w.close());
      watchers.push(w);
    } catch (e) {
      logger.log("warn", "cannot watch the certificate directory; polling instead", { dir, error: (e as Error).message });
    }
  }

  const poll = setInterval(() => {
    void stamp().then((s) => {
      if (s !== lastStamp) {
        lastStamp = s;
        schedule();
      }
    });
  }, options.pollMs ?? 10_000);
  poll.unref();

  return {
    reload,
    close() {
      closed = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
