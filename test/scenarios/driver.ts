/** What a person sees of one bot answer: its text, its buttons' labels, and the files it brought. */
export interface Reply {
  text: string;
  buttons: string[];
  /** Files attached to the answer, or downloaded from its links (Zalo) or paths (console). */
  files?: ReceivedFile[];
}

/** A file as the person ends up holding it. */
export interface ReceivedFile {
  filename: string;
  bytes: Uint8Array;
}

/**
 * One chat platform as a person uses it. Each platform's test implements this
 * over its real adapter (console streams, or HTTP against a fake platform
 * server), and the same scenarios run on all of them.
 */
export interface ChatDriver {
  readonly name: string;
  /** Sends a text as a demo person (handle: "focal-SYT", "leader", "inspector", …). */
  send(as: string, text: string): Promise<Reply>;
  /** Presses the button whose label matches, on the last answer that person received. */
  press(as: string, label: RegExp): Promise<Reply>;
  /** Replies with text to the last bot message that person received whose text matches. */
  replyTo(as: string, message: RegExp, text: string): Promise<Reply>;
  /** Messages the outbox delivered to a person (reminders, notices), oldest first. */
  delivered?(as: string): Promise<Reply[]>;
}
