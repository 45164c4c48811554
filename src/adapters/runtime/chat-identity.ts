import type { Db } from "../../db/connect.js";
import type { Platform } from "../../core/conversation/types.js";
import { findActor } from "../../core/conversation/actor.js";
import { isLanguage, type Language } from "../../i18n/translator.js";
import { markIdentityUnreachable } from "../../outbox/settle.js";

/**
 * What the chat adapters read and write of ChatIdentity, in one place.
 * Registration itself is the core's (src/core/registration).
 */

/** The language of the person behind a platform user, or `fallback` when nobody is registered there. */
export async function languageOfUser(db: Db, platform: Platform, userId: string, fallback: Language): Promise<Language> {
  return (await findActor(db, platform, userId))?.language ?? fallback;
}

/** The language of the person whose identity is this chat (a private chat), or `fallback` (groups, strangers). */
export async function languageOfChat(db: Db, platform: Platform, chatId: string, fallback: Language): Promise<Language> {
  const identity = await db.chatIdentity.findFirst({ where: { platform, chatId }, include: { person: true } });
  return identity && isLanguage(identity.person.language) ? identity.person.language : fallback;
}

/** The chat a registered platform user is reached in (Slack: their DM with the bot), or undefined. */
export async function chatOfUser(db: Db, platform: Platform, userId: string): Promise<string | undefined> {
  const identity = await db.chatIdentity.findUnique({
    where: { platform_externalUserId: { platform, externalUserId: userId } },
    select: { chatId: true },
  });
  return identity?.chatId;
}

/**
 * The user blocked the bot or the chat is gone: reminders go to the person's
 * other channels from now on (the dispatcher does the same for its sends).
 * Returns how many identities changed.
 */
export function markChatUnreachable(db: Db, platform: Platform, chatId: string, now: Date): Promise<number> {
  return markIdentityUnreachable(db, { platform, chatId }, now);
}

/** The user unblocked the bot: the chat receives reminders again. Returns how many identities changed. */
export async function markChatReachable(db: Db, platform: Platform, chatId: string): Promise<number> {
  const { count } = await db.chatIdentity.updateMany({ where: { platform, chatId, unreachableAt: { not: null } }, data: { unreachableAt: null } });
  return count;
}
