// The words of a message a student right-clicked, without Discord's markup: mentions of people,
// roles and channels, custom emoji, timestamps and links are not part of what anyone wrote about
// the essay. Pure; the message commands pass the result to the core.

const MARKUP = [
  /<@[!&]?\d+>/g, // a user or role mention
  /<#\d+>/g, // a channel
  /<\/[^:>]+:\d+>/g, // a slash-command mention
  /<a?:\w+:\d+>/g, // a custom emoji
  /<t:-?\d+(?::[tTdDfFR])?>/g, // a timestamp
  /@(?:everyone|here)\b/g,
  /<?https?:\/\/\S+/g, // a link (an image link is no quotation)
];

export function textOfMessage(content: string): string {
  return MARKUP.reduce((text, pattern) => text.replace(pattern, ' '), content).trim();
}
