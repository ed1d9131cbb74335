import { DISCORD_LIMITS } from './limits.ts';
import { choiceLetter, oneLine, safeText, truncate } from './text.ts';

/** Room left in a description for everything besides the stem and the choices. */
const DESCRIPTION_RESERVE = 600;

/** The stem in bold: the first thing a reader sees, on desktop and on a phone. */
export function stemLine(stem: string): string {
  return `**${safeText(stem.trim(), 1500)}**`;
}

/**
 * The choices, one per line: "**A** · text". With `mark`, each line starts with a symbol (✅ the answer)
 * and may end with a note such as how many picked it.
 */
export function choiceLines(choices: readonly string[], mark?: (index: number) => { symbol: string; note?: string; bold?: boolean }): string {
  return choices
    .map((choice, index) => {
      const text = safeText(oneLine(choice), 100);
      if (!mark) return `**${choiceLetter(index)}** · ${text}`;
      const { symbol, note, bold } = mark(index);
      const body = bold ? `**${choiceLetter(index)} · ${text}**` : `${choiceLetter(index)} · ${text}`;
      return `${symbol} ${body}${note ? ` — ${note}` : ''}`;
    })
    .join('\n');
}

/** A question block for an embed description, kept inside the description limit. */
export function questionBlock(stem: string, choices: string, footerLines: string[] = []): string {
  const tail = footerLines.length > 0 ? `\n\n${footerLines.join('\n')}` : '';
  const text = `${stemLine(stem)}\n\n${choices}${tail}`;
  return truncate(text, DISCORD_LIMITS.embedDescription - DESCRIPTION_RESERVE);
}
