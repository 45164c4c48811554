import type { App } from "@slack/bolt";
import type { Logger } from "../../logger.js";
import type { ChatEvent } from "../runtime/chat-event.js";
import type { ChatRuntime } from "../runtime/chat-runtime.js";
import type { SlackRequest } from "./slack-chat-event.js";

export interface SlackHandlerDeps {
  logger: Logger;
  runtime: ChatRuntime;
  toChatEvent(request: SlackRequest): ChatEvent;
}

export interface SlackHandlers {
  /** Adds the listeners for messages, mentions, slash commands and button presses. */
  register(app: App): void;
  /** Resolves once every request taken in so far is handled. */
  idle(): Promise<void>;
}

/**
 * Bolt's listeners, as the transport of the chat runtime: each request is
 * acknowledged and handed over as a chat event, and the work runs after the
 * acknowledgement (so a redelivered event waits for the first delivery and
 * is then dropped as already handled).
 */
export function createSlackHandlers(deps: SlackHandlerDeps): SlackHandlers {
  const { logger, runtime } = deps;

  function take(request: SlackRequest): void {
    void runtime.handle(deps.toChatEvent(request)).catch((err: unknown) => {
      // Logged without the text: messages are the users' words.
      logger.error({ err, platform: "slack", what: request.type }, "slack: could not handle a request");
    });
  }

  return {
    register(app) {
      app.event("message", async ({ body }) => take({ type: "event", body: body as unknown as Record<string, unknown> }));
      app.event("app_mention", async ({ body }) => take({ type: "event", body: body as unknown as Record<string, unknown> }));
      app.command(/.*/, async ({ ack, body }) => {
        await ack();
        take({ type: "command", body: body as unknown as Record<string, unknown> });
      });
      app.action({ type: "block_actions" }, async ({ ack, body }) => {
        await ack();
        take({ type: "button", body: body as unknown as Record<string, unknown> });
      });
      app.error(async (err) => logger.error({ err, platform: "slack" }, "slack: Bolt reported an error"));
    },
    idle: () => runtime.idle(),
  };
}
