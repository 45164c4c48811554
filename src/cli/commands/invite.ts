import { createInvite } from "../../core/registration/invites.js";
import { parseDuration } from "../../core/registration/invite-code.js";
import { isRole, ROLES } from "../../core/access/roles.js";
import { createAgencyMatcher, loadAgencies, resolveAgency } from "../../core/agencies/agency-directory.js";
import { formatDateTimeVi } from "../../core/time/format.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";

export const inviteCommand: CliCommand = {
  path: ["invite"],
  summary: "Create a one-time invite code that grants a role (and its agency)",
  usage: [
    "nhacviec invite --role focal|head|leader|inspector|admin [--agency NAME] [--expires 7d] [--person HANDLE]",
    "",
    "  --agency    required for focal and head; for a leader, the agency they are in charge of",
    "  --expires   how long the code works: 7d (default), 12h, 30m",
    "  --person    link the code to an existing person (their second chat app)",
    "",
    "The code is printed once; only its hash is stored. The user sends /dangky <code> to the bot.",
  ].join("\n"),
  options: { role: { type: "string" }, agency: { type: "string" }, expires: { type: "string" }, person: { type: "string" } },
  async run(ctx) {
    const v = ctx.values as { role?: string; agency?: string; expires?: string; person?: string };
    if (!v.role || !isRole(v.role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
    if ((v.role === "focal" || v.role === "head") && !v.agency) throw new UsageError(`--agency is required for --role ${v.role}`);
    const expiresInMs = parseDuration(v.expires ?? "7d");
    if (expiresInMs === null) throw new UsageError(`--expires: "${v.expires}" is not a duration such as 7d, 12h or 30m`);
    const app = await ctx.openApp();
    try {
      const agency = v.agency ? resolveAgency(createAgencyMatcher(await loadAgencies(app.deps.db)), v.agency) : undefined;
      let personId: number | undefined;
      if (v.person) {
        const person = await app.deps.db.person.findUnique({ where: { handle: v.person } });
        if (!person) {
          writeLine(ctx.io.stderr, `No person with handle “${v.person}”.`);
          return 1;
        }
        personId = person.id;
      }
      const invite = await createInvite(app.deps, { role: v.role, agencyId: agency?.id, personId, expiresInMs, createdBy: "cli" });
      writeLine(ctx.io.stdout, invite.code);
      writeLine(
        ctx.io.stderr,
        `Mã mời dùng một lần, hết hạn ${formatDateTimeVi(invite.expiresAt, app.config.timeZone)}: gửi /dangky ${invite.code} cho bot. ` +
          `/ One-time code for ${v.role}${agency ? ` of ${agency.name}` : ""}, expires ${invite.expiresAt.toISOString()}.`,
      );
      return 0;
    } finally {
      await app.close();
    }
  },
};
