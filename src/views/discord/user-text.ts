// Makes text a user typed safe to echo back inside our messages: it reads as typed, but cannot
// format, ping, link or break out of the line it is quoted on. Pure; allowedMentions is the
// second lock (the reply helper), this is the first.

const MARKDOWN_CHARACTERS = /[\\*_~|`[\]()<>#:-]/g;
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Escapes markdown, neutralises @everyone/@here and <@…>/<#…> mentions, and folds line
 * breaks and runs of whitespace into single spaces (a newline could end a quote block).
 */
export function escapeUserText(text: string): string {
  return (
    text
      // Control and line-separator characters become spaces; nothing of the user's can add a line.
      .replace(/[\s\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .trim()
      .replace(MARKDOWN_CHARACTERS, (char) => `\\${char}`)
      .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
  );
}
