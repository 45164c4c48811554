import { Prisma, type Db } from "../../db/connect.js";
import type { Platform } from "../../core/conversation/types.js";

/**
 * Records an update the core does not see (an unsupported message) as
 * handled, as the core does for texts (ProcessedUpdate); false when it
 * already was. The unique index decides, so two deliveries racing each
 * other (a webhook retried while the first try still runs, two instances)
 * claim it once between them.
 */
export async function claimUpdate(db: Db, platform: Platform, updateId: string): Promise<boolean> {
  try {
    await db.processedUpdate.create({ data: { platform, updateId } });
    return true;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return false;
    throw err;
  }
}
