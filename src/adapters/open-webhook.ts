import { randomBytes } from "node:crypto";
import type { RequestListener } from "node:http";
import type { HttpServer } from "../http/server.js";

export interface WebhookSetup {
  http: HttpServer;
  /** PUBLIC_URL; a trailing slash is dropped. */
  publicUrl: string;
  /** Where the listener is mounted, and the path after PUBLIC_URL. */
  path: string;
  /** The configured secret, or undefined for a random one made now. */
  secret: string | undefined;
  /** Bytes of a random secret, written in base64url (so 24 bytes make 32 characters). */
  randomSecretBytes: number;
  /** The request listener, checking the secret. */
  listener(secret: string): RequestListener;
  /** Tells the platform the URL and the secret (setWebhook). */
  register(url: string, secret: string): Promise<void>;
}

/**
 * Webhook mode of a platform that pushes updates to PUBLIC_URL + path with
 * a secret header (Telegram, Zalo). The listener is mounted before the
 * platform is told, so that the first delivery finds the route. Returns the
 * webhook's URL.
 */
export async function openWebhook(setup: WebhookSetup): Promise<string> {
  const url = `${setup.publicUrl.replace(/\/+$/, "")}${setup.path}`;
  const secret = setup.secret ?? randomBytes(setup.randomSecretBytes).toString("base64url");
  setup.http.mount(setup.path, setup.listener(secret));
  await setup.register(url, secret);
  return url;
}
