// How a message names a slash command: a clickable mention (`</debate cite:123>`, which Discord
// shows as a button that fills in the command) when the command's id as registered with Discord
// is known, else its name in code (`/debate cite`), as the console and a bot not yet connected do.

/** The id Discord gave a top-level command, by name; undefined when it is not (yet) known. */
export type CommandIdOf = (name: string) => string | undefined;

/** No ids known: every command is named in plain text. */
export const NO_COMMAND_IDS: CommandIdOf = () => undefined;

/** `command` is the name as typed without the slash: `ask`, `debate cite` (a subcommand). */
export function commandMention(idOf: CommandIdOf, command: string): string {
  const name = command.split(' ', 1)[0] ?? command;
  const id = idOf(name);
  // Discord's ids are snowflakes; anything else would print as broken markup, so it falls back.
  return id !== undefined && /^\d{1,20}$/.test(id) ? `</${command}:${id}>` : `\`/${command}\``;
}
