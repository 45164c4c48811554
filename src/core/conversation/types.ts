/** The chat platforms nhacviec speaks on. The console is a peer of the others. */
export const PLATFORMS = ["telegram", "slack", "zalo", "console"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** One incoming message or button press, the same shape on every platform. */
export interface Inbound {
  platform: Platform;
  /** The sender's id on the platform (Slack: "TEAM:USER"). */
  userId: string;
  chatId: string;
  chatType: "private" | "group";
  /** The platform's id of this message, when it has one. */
  messageId?: string;
  /** The platform's id of this delivery; a repeated id takes effect once. */
  updateId?: string;
  /** The id of the bot message this one replies to. */
  replyToMessageId?: string;
  /** Typed text, or undefined for a button press. */
  text?: string;
  /** A button's action id (see Button.action). */
  action?: string;
  /** When the platform says the message was sent. */
  at: Date;
  /** The sender's name as the platform shows it. */
  displayName?: string;
}

/** A choice offered to the user. `action` is short (Telegram allows 64 bytes) and holds ids, never names. */
export interface Button {
  label: string;
  action: string;
}

/** One reply, already localized. Adapters render buttons their own way, or as numbered choices. */
export interface Outbound {
  text: string;
  /** Rows of buttons. */
  buttons?: Button[][];
  /** Reply to this platform message id. */
  replyTo?: string;
  /** The task this message is about, so a reply to it finds the task. */
  taskId?: number;
  /** Replace the message the pressed button belonged to, instead of sending a new one. */
  editOf?: string;
  /** Files sent after the text (a report). Not kept in the outbox: only direct replies carry files. */
  files?: OutboundFiles;
}

/** A file a reply carries: a report document, or a chart. */
export interface OutboundFile {
  /** File name with its extension, shown to the user: "bao-cao.xlsx". */
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
  /** "photo" is shown inline where the platform can (a chart); "document" is attached. */
  kind: "document" | "photo";
  /** Localized one-line description: "Phụ lục 01 và 02 (Excel)". */
  title: string;
}

/**
 * The files of one reply, with the localized sentences an adapter needs when
 * it cannot attach them: Zalo sends download links under `linksHeading`, and
 * a chat that can receive neither files nor links gets `unavailable`.
 */
export interface OutboundFiles {
  items: OutboundFile[];
  linksHeading: string;
  unavailable: string;
}

/** Maximum length of an incoming text; longer texts are refused politely. */
export const MAX_INBOUND_TEXT = 4000;
