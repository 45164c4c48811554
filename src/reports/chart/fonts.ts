import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Family name of the shipped chart font. */
export const CHART_FONT_FAMILY = "DejaVu Sans";

/**
 * Paths of the DejaVu Sans TTF files shipped with the `dejavu-fonts-ttf`
 * package (regular and bold). They cover Vietnamese, so charts render the
 * same on every machine without system fonts.
 */
export function chartFontFiles(): string[] {
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
}
