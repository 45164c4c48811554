import { AppError } from "../errors.js";

/** Ids are 32-bit integers in both databases. */
const MAX_ID = 2_147_483_647;
/** Digits only, no sign, no leading zero: the way the bot writes an id into a button. */
const ID = /^[1-9]\d{0,9}$/;

/**
 * The fields of a button's payload, exactly `count` of them. The client
 * chooses what a press carries (Telegram callback data, a Slack button's
 * value), so a payload of any other shape than the one the bot wrote is
 * refused as an invalid button.
 * @throws {AppError} `invalid_button`
 */
export function payloadFields(payload: readonly string[], count: number): string[] {
  if (payload.length !== count) throw new AppError("invalid_button");
  return [...payload];
}

/**
 * A database id written in a payload field.
 * @throws {AppError} `invalid_button` for anything but 1 … 2^31-1 in plain digits
 */
export function payloadId(field: string | undefined): number {
  if (field === undefined || !ID.test(field)) throw new AppError("invalid_button");
  const id = Number(field);
  if (id > MAX_ID) throw new AppError("invalid_button");
  return id;
}

/** A payload made of `count` ids only ("done:12", "cf:12:345"). */
export function payloadIds(payload: readonly string[], count: number): number[] {
  return payloadFields(payload, count).map(payloadId);
}
