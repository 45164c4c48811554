/**
 * Error codes the application knows. Each adapter renders a code as a
 * localized sentence (locales/*.ftl, key `error-<code>`), so nothing leaks a
 * stack trace to a user.
 */
export type ErrorCode =
  | "not_registered"
  | "forbidden"
  | "unknown_command"
  | "usage"
  | "text_too_long"
  | "invalid_date"
  | "invalid_period"
  | "unknown_agency"
  | "ambiguous_agency"
  | "unknown_task"
  | "ambiguous_task"
  | "invalid_invite"
  | "too_many_attempts"
  | "not_found"
  | "conflict"
  | "invalid_input"
  | "task_not_open"
  | "invalid_completion_date"
  | "extension_date_too_early"
  | "extension_reason_missing"
  | "extension_pending"
  | "extension_not_found"
  | "extension_decided"
  | "private_only"
  | "session_expired"
  | "invalid_button"
  | "broadcast_no_agency"
  | "channel_not_linked"
  | "broadcast_already_sent"
  | "report_period_too_long"
  | "report_period_after_as_of"
  | "internal";

/**
 * One "did you mean" answer: `value` is what the user could have typed in
 * place of `details.query` ("Sở Y tế" for "so y te"), `label` what a button
 * shows (default: the value). The conversation turns these into buttons, or
 * numbered choices where a platform has no buttons.
 */
export interface Alternative {
  value: string;
  label?: string;
}

/** An expected failure with a code and the details its message needs. */
export class AppError extends Error {
  /** What the user may have meant instead of `details.query`; empty when there is nothing to offer. */
  readonly alternatives: readonly Alternative[];

  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, string | number> = {},
    options?: { cause?: unknown; alternatives?: readonly Alternative[] },
  ) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ""}`, options);
    this.name = "AppError";
    this.alternatives = options?.alternatives ?? [];
  }
}
