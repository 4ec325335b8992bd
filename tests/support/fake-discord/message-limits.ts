/**
 * Discord's message limits, checked the way Discord checks them: a body over a limit is
 * refused with 400 "Invalid Form Body" (code 50035) naming the field, so a bot that breaks a
 * limit fails in tests exactly as it would in production.
 */

/** A refused request, answered as Discord's JSON error. */
export class DiscordApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

/** The limits the fake enforces (documented by Discord). */
export const MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  threadName: 100,
  /** Components V2: text across every text display, and components counting nested ones. */
  v2Text: 4000,
  v2Components: 40,
} as const;

/** Component types only a Components V2 message may hold (section, text display, thumbnail, media gallery, file, separator, container). */
const V2_ONLY_TYPES = new Set([9, 10, 11, 12, 13, 14, 17]);

function invalid(field: string, problem: string): DiscordApiError {
  return new DiscordApiError(400, 50035, 'Invalid Form Body', {
    [field]: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: problem }] },
  });
}

function length(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

/** Components counted as Discord counts them for the 40: every one, nested ones included. */
function countComponents(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countComponents(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  const component = value as { components?: unknown; accessory?: unknown };
  return 1 + countComponents(component.components) + countComponents(component.accessory);
}

function textDisplayLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textDisplayLength(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  const component = value as { type?: unknown; content?: unknown; components?: unknown };
  return (component.type === 10 ? length(component.content) : 0) + textDisplayLength(component.components);
}

const isBlankField = (value: unknown): boolean => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * A Components V2 message (flag 1 << 15): no content, no embeds (Discord refuses both; empty ones
 * clear what a converted message had), at most 4000 characters of text and 40 components.
 */
function checkComponentsV2(body: Readonly<Record<string, unknown>>): void {
  if (!isBlankField(body['content'])) throw invalid('content', 'The content field cannot be used when using MessageFlags.IS_COMPONENTS_V2.');
  if (!isBlankField(body['embeds'])) throw invalid('embeds', 'The embeds field cannot be used when using MessageFlags.IS_COMPONENTS_V2.');
  const components = body['components'];
  if (countComponents(components) > MESSAGE_LIMITS.v2Components) throw invalid('components', `Must be ${MESSAGE_LIMITS.v2Components} or fewer components in total.`);
  if (textDisplayLength(components) > MESSAGE_LIMITS.v2Text) throw invalid('components', `Text displays must be ${MESSAGE_LIMITS.v2Text} or fewer characters in total.`);
}

/**
 * Throws a 50035 error for the first limit the body breaks. `componentsV2`: the message is (or
 * becomes) a Components V2 message, whose rules replace those of content and embeds.
 */
export function checkMessageLimits(body: Readonly<Record<string, unknown>>, componentsV2 = false): void {
  if (componentsV2) {
    checkComponentsV2(body);
    return;
  }
  if (length(body['content']) > MESSAGE_LIMITS.content) {
    throw invalid('content', `Must be ${MESSAGE_LIMITS.content} or fewer in length.`);
  }
  const embeds = Array.isArray(body['embeds']) ? (body['embeds'] as Record<string, unknown>[]) : [];
  if (embeds.length > MESSAGE_LIMITS.embeds) throw invalid('embeds', `Must be ${MESSAGE_LIMITS.embeds} or fewer in length.`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const at = `embeds.${index}`;
    const check = (field: string, value: unknown, max: number): void => {
      const size = length(value);
      total += size;
      if (size > max) throw invalid(`${at}.${field}`, `Must be ${max} or fewer in length.`);
    };
    check('title', embed['title'], MESSAGE_LIMITS.title);
    check('description', embed['description'], MESSAGE_LIMITS.description);
    check('footer.text', (embed['footer'] as { text?: unknown } | undefined)?.text, MESSAGE_LIMITS.footer);
    check('author.name', (embed['author'] as { name?: unknown } | undefined)?.name, MESSAGE_LIMITS.author);
    const fields = Array.isArray(embed['fields']) ? (embed['fields'] as { name?: unknown; value?: unknown }[]) : [];
    if (fields.length > MESSAGE_LIMITS.fields) throw invalid(`${at}.fields`, `Must be ${MESSAGE_LIMITS.fields} or fewer in length.`);
    fields.forEach((field, fieldIndex) => {
      check(`fields.${fieldIndex}.name`, field.name, MESSAGE_LIMITS.fieldName);
      check(`fields.${fieldIndex}.value`, field.value, MESSAGE_LIMITS.fieldValue);
      if (length(field.name) === 0 || length(field.value) === 0) {
        throw invalid(`${at}.fields.${fieldIndex}`, 'Field name and value must be non-empty.');
      }
    });
  });
  if (total > MESSAGE_LIMITS.embedTotal) throw invalid('embeds', `Embed size exceeds maximum size of ${MESSAGE_LIMITS.embedTotal}`);
  const rows = Array.isArray(body['components']) ? (body['components'] as { type?: unknown; components?: unknown }[]) : [];
  const v2Only = rows.findIndex((row) => V2_ONLY_TYPES.has(Number(row.type)));
  if (v2Only !== -1) throw invalid(`components.${v2Only}.type`, 'This component type requires the IS_COMPONENTS_V2 message flag.');
  if (rows.length > MESSAGE_LIMITS.actionRows) throw invalid('components', `Must be ${MESSAGE_LIMITS.actionRows} or fewer in length.`);
  rows.forEach((row, rowIndex) => {
    const children = Array.isArray(row.components) ? (row.components as Record<string, unknown>[]) : [];
    if (row.type === 1 && children.length > MESSAGE_LIMITS.buttonsPerRow) {
      throw invalid(`components.${rowIndex}.components`, `Must be ${MESSAGE_LIMITS.buttonsPerRow} or fewer in length.`);
    }
    children.forEach((child, childIndex) => {
      const at = `components.${rowIndex}.components.${childIndex}`;
      if (length(child['label']) > MESSAGE_LIMITS.buttonLabel) throw invalid(`${at}.label`, `Must be ${MESSAGE_LIMITS.buttonLabel} or fewer in length.`);
      if (length(child['custom_id']) > MESSAGE_LIMITS.customId) throw invalid(`${at}.custom_id`, `Must be ${MESSAGE_LIMITS.customId} or fewer in length.`);
    });
  });
}

/** Throws Discord's 50006 when a new message would have nothing in it. */
export function checkNotEmpty(body: Readonly<Record<string, unknown>>, fileCount: number): void {
  const hasContent = length(body['content']) > 0;
  const hasEmbeds = Array.isArray(body['embeds']) && body['embeds'].length > 0;
  const hasComponents = Array.isArray(body['components']) && body['components'].length > 0;
  if (!hasContent && !hasEmbeds && !hasComponents && fileCount === 0 && body['poll'] === undefined) {
    throw new DiscordApiError(400, 50006, 'Cannot send an empty message');
  }
}
