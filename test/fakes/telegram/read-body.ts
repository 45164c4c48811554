import type { IncomingMessage } from "node:http";

/** An uploaded file of a multipart request. */
export interface UploadedFile {
  field: string;
  filename: string;
  size: number;
  /** The content, kept out of JSON (the recorded calls list sizes only). */
  readonly bytes?: Buffer;
}

export interface RequestParams {
  params: Record<string, unknown>;
  files: UploadedFile[];
}

/**
 * Reads a Bot API request the way Telegram accepts it: query string, JSON,
 * `application/x-www-form-urlencoded` or `multipart/form-data` (grammY sends
 * JSON, and multipart when a file is uploaded; in both non-JSON forms nested
 * objects arrive as JSON strings, which are decoded here).
 */
export async function readParams(req: IncomingMessage, url: URL): Promise<RequestParams> {
  const body = await readAll(req);
  const type = req.headers["content-type"] ?? "";
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const files: UploadedFile[] = [];
  if (body.length > 0 && type.startsWith("application/json")) {
    Object.assign(params, JSON.parse(body.toString("utf8")) as Record<string, unknown>);
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  } else if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
    if (!boundary) throw new Error("multipart body without a boundary");
    readMultipart(body, boundary, params, files);
  }
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string" && /^[[{]/.test(value)) params[key] = tryJson(value);
  }
  return { params, files };
}

function readMultipart(body: Buffer, boundary: string, params: Record<string, unknown>, files: UploadedFile[]): void {
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length, next);
    start = next;
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) continue;
    // grammY writes "content-disposition:form-data;name=\"x\";filename=y": no spaces, unquoted filename.
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4, part.length - 2); // the CRLF before the next delimiter
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    if (filename !== undefined) files.push(Object.defineProperty({ field: name, filename, size: content.length }, "bytes", { value: Buffer.from(content), enumerable: false }));
    else params[name] = content.toString("utf8");
  }
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
