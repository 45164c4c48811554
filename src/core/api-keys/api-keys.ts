/**
 * Keys of the integration API. A key reads `nv_<prefix>_<secret>`: the
 * prefix is 8 hex digits, shown in listings and audit rows to tell keys
 * apart; the secret is 32 random bytes in base64url. Only the SHA-256 of the
 * whole key is stored, so a key is shown once, when it is created.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { audit } from "../audit.js";
import type { CoreDeps } from "../deps.js";
import { AppError } from "../errors.js";

/** What a key may do: `read` the GET endpoints, `write` everything. */
export const API_KEY_SCOPES = ["read", "write"] as const;
/** `read` or `write`. */
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Longest key name, in characters. */
export const API_KEY_NAME_MAX = 100;

/** `lastUsedAt` is written at most this often per key. */
export const LAST_USED_INTERVAL_MS = 60_000;

const KEY_PATTERN = /^nv_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/** A stored key, without its hash. */
export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const INFO_SELECT = { id: true, name: true, prefix: true, scope: true, createdAt: true, revokedAt: true, lastUsedAt: true } as const;

/** True for a known scope. */
export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** SHA-256 of a key, in hex: what is stored. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** The prefix of a well-formed key, or null. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** A new random key with its prefix and hash. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(4).toString("hex");
  const key = `nv_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/**
 * Creates a key and returns it in clear with its record; the clear key is
 * not kept anywhere. The prefix is unique among stored keys. Throws
 * `invalid_input` for an empty or too long name or an unknown scope.
 */
export async function createApiKey(
  deps: Pick<CoreDeps, "db" | "clock">,
  input: { name: string; scope: string; actorLabel?: string },
): Promise<{ key: string; info: ApiKeyInfo }> {
  const name = input.name.trim();
  if (name === "" || [...name].length > API_KEY_NAME_MAX) {
    throw new AppError("invalid_input", { reason: `name must have 1 to ${API_KEY_NAME_MAX} characters` });
  }
  if (!isApiKeyScope(input.scope)) throw new AppError("invalid_input", { reason: "scope must be read or write" });
  let generated = generateApiKey();
  while ((await deps.db.apiKey.count({ where: { prefix: generated.prefix } })) > 0) generated = generateApiKey();
  const now = deps.clock();
  const row = await deps.db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name, scope: input.scope, prefix: generated.prefix, keyHash: generated.hash, createdAt: now },
      select: INFO_SELECT,
    });
    await audit(tx, {
      actorLabel: input.actorLabel ?? "cli",
      action: "apikey.create",
      entity: "ApiKey",
      entityId: created.id,
      after: { name, scope: input.scope, prefix: generated.prefix },
      at: now,
    });
    return created;
  });
  return { key: generated.key, info: toInfo(row) };
}

/** Every key, newest first. */
export async function listApiKeys(deps: Pick<CoreDeps, "db">): Promise<ApiKeyInfo[]> {
  const rows = await deps.db.apiKey.findMany({ select: INFO_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map(toInfo);
}

/**
 * Revokes the key named by its prefix, its id or the key itself. A key
 * already revoked stays as it was (`alreadyRevoked`). Throws `not_found`.
 */
export async function revokeApiKey(
  deps: Pick<CoreDeps, "db" | "clock">,
  ref: string,
  actorLabel = "cli",
): Promise<{ info: ApiKeyInfo; alreadyRevoked: boolean }> {
  const wanted = ref.trim();
  const prefix = apiKeyPrefix(wanted) ?? (/^[0-9a-f]{8}$/i.test(wanted) ? wanted.toLowerCase() : null);
  let row = prefix ? await deps.db.apiKey.findFirst({ where: { prefix }, select: INFO_SELECT }) : null;
  if (!row && /^\d{1,9}$/.test(wanted)) row = await deps.db.apiKey.findUnique({ where: { id: Number(wanted) }, select: INFO_SELECT });
  if (!row) throw new AppError("not_found");
  if (row.revokedAt) return { info: toInfo(row), alreadyRevoked: true };
  const now = deps.clock();
  const found = row;
  const updated = await deps.db.$transaction(async (tx) => {
    const info = await tx.apiKey.update({ where: { id: found.id }, data: { revokedAt: now }, select: INFO_SELECT });
    await audit(tx, {
      actorLabel,
      action: "apikey.revoke",
      entity: "ApiKey",
      entityId: found.id,
      before: { revokedAt: null },
      after: { revokedAt: now },
      at: now,
    });
    return info;
  });
  return { info: toInfo(updated), alreadyRevoked: false };
}

/** Result of {@link authenticateApiKey}. */
export type ApiKeyCheck = { ok: true; key: ApiKeyInfo } | { ok: false; reason: "malformed" | "unknown" | "revoked" };

/**
 * Finds the key a client presented. Stored hashes are compared with the
 * presented key's hash in constant time (a comparison is made even when no
 * key has the prefix), so response times reveal nothing about stored keys.
 */
export async function authenticateApiKey(deps: Pick<CoreDeps, "db">, presented: string): Promise<ApiKeyCheck> {
  const prefix = apiKeyPrefix(presented);
  if (!prefix) return { ok: false, reason: "malformed" };
  const hash = Buffer.from(hashApiKey(presented), "hex");
  const candidates = await deps.db.apiKey.findMany({ where: { prefix }, select: { ...INFO_SELECT, keyHash: true } });
  let match: (typeof candidates)[number] | null = null;
  for (const candidate of candidates.length > 0 ? candidates : [null]) {
    const stored = Buffer.from(candidate?.keyHash ?? "00".repeat(32), "hex");
    if (stored.length === hash.length && timingSafeEqual(stored, hash) && candidate) match = candidate;
  }
  if (!match) return { ok: false, reason: "unknown" };
  if (match.revokedAt) return { ok: false, reason: "revoked" };
  const { keyHash: _hash, ...info } = match;
  return { ok: true, key: toInfo(info) };
}

/**
 * Records that a key was used, at most once per {@link LAST_USED_INTERVAL_MS}:
 * the conditional update makes concurrent requests (and processes) write once.
 */
export async function markApiKeyUsed(deps: Pick<CoreDeps, "db">, key: ApiKeyInfo, now: Date): Promise<boolean> {
  if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() < LAST_USED_INTERVAL_MS) return false;
  const threshold = new Date(now.getTime() - LAST_USED_INTERVAL_MS);
  const { count } = await deps.db.apiKey.updateMany({
    where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: threshold } }] },
    data: { lastUsedAt: now },
  });
  return count > 0;
}

function toInfo(row: Omit<ApiKeyInfo, "scope"> & { scope: string }): ApiKeyInfo {
  return { ...row, scope: isApiKeyScope(row.scope) ? row.scope : "read" };
}
