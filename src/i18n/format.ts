import { FluentNumber } from "@fluent/bundle";

/** A 0..1 ratio shown as a percentage with at most one decimal ("54,4%" in Vietnamese). */
export function percent(ratio: number): FluentNumber {
  return new FluentNumber(ratio, { style: "percent", maximumFractionDigits: 1 });
}
