// Discord's published message limits, stated once. Everything that cuts, fits or lays out text
// for Discord reads them from here; tests keep their own independent copy (tests/support) so a
// wrong number here cannot hide behind itself.
export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Sum of every embed's title, description, field names and values, footer and author. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /**
   * Components V2 (message flag IS_COMPONENTS_V2, 1 << 15), how every quote is sent: such a message
   * has no `content` and no `embeds` (its text is in Text Display components), at most 4000
   * characters across all its text displays, and at most 40 components counting nested ones
   * (a container, each text display and separator in it, each action row and each button).
   */
  v2Text: 4000,
  v2Components: 40,
} as const;
