import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.js";

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Answers /readyz: true when the application can serve (the database answers). */
  ready?: () => Promise<boolean>;
}

export interface HttpServer {
  /**
   * Routes every request whose path starts with `prefix` to `listener`.
   * Webhooks of each platform, the integration API and static files mount here.
   */
  mount(prefix: string, listener: RequestListener): void;
  start(): Promise<{ host: string; port: number; url: string }>;
  stop(): Promise<void>;
}

/**
 * The one node:http server of the process (PORT, HOST). It serves /healthz
 * (the process is up) and /readyz (it can serve), and hands every other path
 * to the listener mounted on the longest matching prefix; unknown paths get 404.
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const mounts: { prefix: string; listener: RequestListener }[] = [];
  const server: Server = createServer((req, res) => void route(req, res));

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    try {
      if (path === "/healthz") return sendJson(res, 200, { ok: true });
      if (path === "/readyz") {
        const ok = options.ready ? await options.ready().catch(() => false) : true;
        return sendJson(res, ok ? 200 : 503, { ok });
      }
      const mount = mounts.find((m) => path === m.prefix || path.startsWith(m.prefix.endsWith("/") ? m.prefix : `${m.prefix}/`));
      if (!mount) return sendJson(res, 404, { ok: false, error: "not_found" });
      await mount.listener(req, res);
    } catch (err) {
      options.logger.error({ err, path }, "http handler failed");
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: "internal" });
      else res.end();
    }
  }

  return {
    mount(prefix, listener) {
      mounts.push({ prefix, listener });
      mounts.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    start() {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, options.host, () => {
          const { address, port } = server.address() as AddressInfo;
          const host = address.includes(":") ? `[${address}]` : address;
          options.logger.info({ host: address, port }, "http server listening");
          resolve({ host: address, port, url: `http://${host}:${port}` });
        });
      });
    },
    stop() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Body larger than the limit: answer 413 without reading the rest. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** Reads a request body up to `limit` bytes (default 1 MiB). */
export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
