import { createInvite } from "../../core/registration/invites.js";
import { parseDuration } from "../../core/registration/invite-code.js";
import { isRole, ROLES } from "../../core/access/roles.js";
import { createAgencyFinder, loadAgencies, resolveAgency } from "../../core/agencies/agency-directory.js";
import { formatDateTimeVi } from "../../core/time/format.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";

export const inviteCommand: CliCommand = {
  path: ["invite"],
  summaryKey: "cli-invite-summary",
  usageKey: "cli-invite-usage",
  options: { role: { type: "string" }, agency: { type: "string" }, expires: { type: "string" }, person: { type: "string" } },
  async run(ctx) {
    const { t } = ctx;
    const v = ctx.values as { role?: string; agency?: string; expires?: string; person?: string };
    if (!v.role || !isRole(v.role)) throw new UsageError(t("cli-invite-bad-role", { roles: ROLES.join(", ") }));
    if ((v.role === "focal" || v.role === "head") && !v.agency) throw new UsageError(t("cli-invite-agency-required", { role: v.role }));
    const expiresInMs = parseDuration(v.expires ?? "7d");
    if (expiresInMs === null) throw new UsageError(t("cli-invite-bad-expiry", { text: v.expires ?? "" }));
    const app = await ctx.openApp();
    try {
      const agency = v.agency ? resolveAgency(createAgencyFinder(await loadAgencies(app.deps.db)), v.agency) : undefined;
      let personId: number | undefined;
      if (v.person) {
        const person = await app.deps.db.person.findUnique({ where: { handle: v.person } });
        if (!person) {
          writeLine(ctx.io.stderr, t("cli-invite-unknown-person", { handle: v.person }));
          return 1;
        }
        personId = person.id;
      }
      const invite = await createInvite(app.deps, { role: v.role, agencyId: agency?.id, personId, expiresInMs, createdBy: "cli" });
      writeLine(ctx.io.stdout, invite.code);
      const args = {
        code: invite.code,
        role: v.role,
        expires: formatDateTimeVi(invite.expiresAt, app.config.timeZone),
        expiresIso: invite.expiresAt.toISOString(),
      };
      writeLine(ctx.io.stderr, agency ? t("cli-invite-created-agency", { ...args, agency: agency.name }) : t("cli-invite-created", args));
      return 0;
    } finally {
      await app.close();
    }
  },
};
