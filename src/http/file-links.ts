import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Clock } from "../core/clock.js";
import type { Db } from "../db/connect.js";
import { sendJson } from "./server.js";

/** Where the listener is mounted on the shared HTTP server, and the path after PUBLIC_URL. */
export const FILE_LINKS_PATH = "/files";

/** How long a link works by default: a day. */
export const DEFAULT_FILE_LINK_TTL_MS = 24 * 60 * 60 * 1000;

/** A token is 32 random bytes in base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A file to offer for download. */
export interface PublishedFile {
  /** File name with its extension, as the downloader will see it (Vietnamese allowed). */
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** What a chat adapter needs: turn a file into a link. */
export interface FileLinkPublisher {
  /** Stores the file and returns an absolute URL that serves it until the link expires. */
  publish(file: PublishedFile): Promise<string>;
}

export interface FileLinks extends FileLinkPublisher {
  /** Serves GET and HEAD of published files; mount it at {@link FILE_LINKS_PATH}. */
  listener: RequestListener;
  /** Deletes the expired files; returns how many. */
  prune(): Promise<number>;
}

export interface FileLinksOptions {
  db: Db;
  clock: Clock;
  /** PUBLIC_URL: the address the shared HTTP server is reached at from outside. */
  publicUrl: string;
  /** How long a link works. Default 24 h. */
  ttlMs?: number;
}

/**
 * Short-lived download links for files a chat platform cannot attach (Zalo
 * gets the chart by URL and the documents as links). The files live in the
 * database, so any instance sharing it can serve a link another one made.
 *
 * A link is `<publicUrl>/files/<token>/<file name>`: the token is 32 random
 * bytes and only its SHA-256 is stored, so the table alone gives no working
 * link. The name at the end is for the reader and must be the stored name
 * (percent-encoded as published, or otherwise); the stored name is what the
 * download is called. Unknown, malformed and expired tokens, and any other
 * name (`..%2F..%2Fetc%2Fpasswd`, `a.xlsx%00.png`, a bad escape), all get the
 * same 404: nothing here reads a file system, and nothing answers a path that
 * is not exactly a published one.
 */
export function createFileLinks(options: FileLinksOptions): FileLinks {
  const { db, clock } = options;
  const ttlMs = options.ttlMs ?? DEFAULT_FILE_LINK_TTL_MS;
  const base = options.publicUrl.replace(/\/+$/, "");

  async function publish(file: PublishedFile): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    const now = clock();
    await db.fileLink.create({
      data: {
        tokenHash: hashToken(token),
        filename: file.filename,
        mimeType: file.mimeType,
        // A copy: the caller's array may be a view into a larger buffer.
        bytes: new Uint8Array(file.bytes),
        createdAt: now,
        expiresAt: new Date(now.getTime() + ttlMs),
      },
    });
    return `${base}${FILE_LINKS_PATH}/${token}/${encodeURIComponent(file.filename)}`;
  }

  async function listener(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return sendJson(res, 405, { ok: false, error: "method_not_allowed" });
    }
    const link = linkOf((req.url ?? "/").split("?")[0]!);
    // Looked up by hash: no comparison of secrets happens here.
    const row = link ? await db.fileLink.findUnique({ where: { tokenHash: hashToken(link.token) } }) : null;
    const now = clock().getTime();
    const named = row !== null && link !== null && (link.name === undefined || link.name === row.filename.normalize("NFC"));
    if (!row || !named || row.expiresAt.getTime() <= now) return sendJson(res, 404, { ok: false, error: "not_found" });
    const inline = row.mimeType.startsWith("image/");
    res.writeHead(200, {
      "content-type": row.mimeType,
      "content-length": row.bytes.byteLength,
      "content-disposition": contentDisposition(inline ? "inline" : "attachment", row.filename),
      "cache-control": `private, max-age=${Math.floor((row.expiresAt.getTime() - now) / 1000)}`,
      "x-content-type-options": "nosniff",
    });
    res.end(method === "HEAD" ? undefined : row.bytes);
  }

  async function prune(): Promise<number> {
    const { count } = await db.fileLink.deleteMany({ where: { expiresAt: { lte: clock() } } });
    return count;
  }

  return { publish, listener, prune };
}

/** SHA-256 of a token, hex: what the table stores. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The token and decoded name (NFC) of `/files/<token>` or `/files/<token>/<name>`,
 * or null when the path is not one or the name is not a well-formed escape.
 */
function linkOf(path: string): { token: string; name?: string } | null {
  const match = new RegExp(`^${FILE_LINKS_PATH}/([^/]+)(?:/([^/]+))?$`).exec(path);
  if (!match || !TOKEN.test(match[1]!)) return null;
  if (match[2] === undefined) return { token: match[1]! };
  try {
    return { token: match[1]!, name: decodeURIComponent(match[2]).normalize("NFC") };
  } catch {
    return null;
  }
}

/**
 * A Content-Disposition header with the name twice: `filename*` in UTF-8
 * (RFC 5987/6266) for Vietnamese names, and a plain ASCII `filename` for
 * clients that do not read the first.
 */
export function contentDisposition(type: "inline" | "attachment", filename: string): string {
  const ascii = filename
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(filename.normalize("NFC")).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
