import { createHash, randomInt } from "node:crypto";

/** Crockford-style alphabet without look-alikes (no 0/O, 1/I/L, U). */
const ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

/** A new code such as "K7QM-3XPT-9RVA": 12 random characters, about 59 bits. */
export function generateInviteCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join("")).join("-");
}

/** Case, spaces and dashes do not matter when a user types the code. */
export function normalizeInviteCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** Only this hash is stored. */
export function hashInviteCode(code: string): string {
  return createHash("sha256").update(`nhacviec-invite:${normalizeInviteCode(code)}`).digest("hex");
}

/** Parses "7d", "12h", "30m" (default unit: days). Returns milliseconds, or null. */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,4})\s*([dhm]?)$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (n <= 0) return null;
  const unit = (m[2] || "d").toLowerCase();
  return n * (unit === "d" ? 86_400_000 : unit === "h" ? 3_600_000 : 60_000);
}
