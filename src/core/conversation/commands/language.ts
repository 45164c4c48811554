import { AppError } from "../../errors.js";
import { audit } from "../../audit.js";
import { foldVietnamese } from "../../text/fold.js";
import { bindLanguage, type Language } from "../../../i18n/translator.js";
import { reply, type CommandDef } from "../context.js";
import { actorOf } from "./task-access.js";

const WORDS: Record<string, Language> = { vi: "vi", viet: "vi", "tieng viet": "vi", vietnamese: "vi", en: "en", english: "en", "tieng anh": "en", anh: "en" };

/** `/ngonngu vi|en` (`/language`): the user's language for every reply and reminder. */
export const languageCommand: CommandDef = {
  name: "ngonngu",
  aliases: ["ngon ngu", "language", "lang"],
  usageKey: "usage-ngonngu",
  helpKey: "help-ngonngu",
  async run(ctx) {
    const actor = actorOf(ctx);
    const language = WORDS[foldVietnamese(ctx.args)];
    if (!language) throw new AppError("usage", { usage: ctx.t("usage-ngonngu") });
    const now = ctx.deps.clock();
    await ctx.deps.db.person.update({ where: { id: actor.personId }, data: { language } });
    await audit(ctx.deps.db, { actorId: actor.personId, action: "person.language", entity: "Person", entityId: actor.personId, before: { language: actor.language }, after: { language }, at: now });
    return [reply(bindLanguage(ctx.deps.translator, language)("language-set"))];
  },
};
