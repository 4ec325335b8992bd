/**
 * Interactions as the fake sends them (slash commands, autocomplete, buttons, modal submits)
 * and the handle a test holds to see how the bot answered: the callback, the @original
 * message after every edit, and the follow-ups.
 */
import type { APIApplicationCommandInteractionDataOption, ApplicationCommandOptionType } from 'discord.js';
import type { UploadedFile } from './http-body.js';
import type { ChangeSignal, WaitOptions } from './wait.js';
import { MessageFlagBits } from './world.js';
import type { StoredMessage, World } from './world.js';

/** What a test-sent interaction is. */
export type InteractionKind = 'command' | 'autocomplete' | 'button' | 'select' | 'modal';

/** The bot's answer to the interaction callback endpoint, as received. */
export interface InteractionCallbackRecord {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update message, 8 autocomplete, 9 modal. */
  readonly type: number;
  /** The callback's `data` (message body, choices, or modal), as the bot sent it. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  /** Files uploaded with the callback (multipart). */
  readonly files: readonly UploadedFile[];
  /** Whether the bot asked for `?with_response=true`. */
  readonly withResponse: boolean;
  /** Milliseconds from dispatching the interaction to receiving the callback. */
  readonly delayMs: number;
}

/** The fake's record of one interaction; `FakeInteraction` is the test's view of it. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly kind: InteractionKind;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly userId: string;
  readonly guildId: string | null;
  readonly channelId: string;
  /** The message whose component was used (buttons, selects, modals from a component). */
  readonly sourceMessageId: string | null;
  readonly dispatchedAt: number;
  callback: InteractionCallbackRecord | null;
  /** The @original response message: the reply, or the source message after type 6/7. */
  originalMessageId: string | null;
  readonly followUpIds: string[];
}

/** An autocomplete choice as the bot returned it. */
export interface AutocompleteChoice {
  readonly name: string;
  readonly value: string | number;
}

/** Simple option values: the fake looks up each option's type in the deployed command. */
export type SimpleOptions = Readonly<Record<string, string | number | boolean>>;

/** The test's handle on one interaction it sent. Every wait is bounded. */
export class FakeInteraction {
  constructor(
    private readonly record: InteractionRecord,
    private readonly world: World,
    private readonly signal: ChangeSignal,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get token(): string {
    return this.record.token;
  }

  /** The JSON dispatched on the gateway (INTERACTION_CREATE's `d`). */
  get payload(): Readonly<Record<string, unknown>> {
    return this.record.payload;
  }

  /** The callback, once the bot acknowledged; `undefined` before. */
  get callback(): InteractionCallbackRecord | undefined {
    return this.record.callback ?? undefined;
  }

  /** The @original message now (after any edits), or `undefined` if there is none. */
  get reply(): StoredMessage | undefined {
    const id = this.record.originalMessageId;
    return id === null ? undefined : this.world.messages.get(id);
  }

  /** The follow-up messages, in the order sent. */
  get followUps(): StoredMessage[] {
    return this.record.followUpIds.map((id) => this.world.messages.get(id)).filter((m) => m !== undefined);
  }

  /** Waits for the bot to call the interaction callback endpoint successfully. */
  waitForCallback(options: WaitOptions = {}): Promise<InteractionCallbackRecord> {
    return this.signal.waitFor(
      () => this.record.callback ?? undefined,
      `the callback of ${this.describe()}`,
      options,
      () => 'the bot never acknowledged it',
    );
  }

  /**
   * Waits for the @original message to be visible: answered, not "thinking" any more (a
   * deferred reply is edited), and satisfying `until` when given (for example a later edit).
   */
  waitForReply(options: WaitOptions & { readonly until?: (message: StoredMessage) => boolean } = {}): Promise<StoredMessage> {
    const until = options.until ?? (() => true);
    return this.signal.waitFor(
      () => {
        const message = this.reply;
        if (message === undefined || (message.flags & MessageFlagBits.Loading) !== 0) return undefined;
        return until(message) ? message : undefined;
      },
      `the reply to ${this.describe()}`,
      options,
      () => this.describeState(),
    );
  }

  /** Waits until at least `count` follow-ups were sent; returns all of them. */
  waitForFollowUps(count: number, options: WaitOptions = {}): Promise<StoredMessage[]> {
    return this.signal.waitFor(
      () => (this.record.followUpIds.length >= count ? this.followUps : undefined),
      `${count} follow-up(s) to ${this.describe()}`,
      options,
      () => `${this.record.followUpIds.length} so far`,
    );
  }

  /** For autocomplete: waits for the type 8 callback and returns its choices. */
  async waitForChoices(options: WaitOptions = {}): Promise<AutocompleteChoice[]> {
    const callback = await this.waitForCallback(options);
    if (callback.type !== 8) throw new Error(`fake-discord: expected autocomplete choices (type 8), got callback type ${callback.type}`);
    const choices = callback.data?.['choices'];
    return Array.isArray(choices) ? (choices as AutocompleteChoice[]) : [];
  }

  private describe(): string {
    const data = this.record.payload['data'] as { name?: unknown; custom_id?: unknown } | undefined;
    const label = typeof data?.name === 'string' ? `/${data.name}` : String(data?.custom_id ?? '');
    return `${this.record.kind} interaction ${label} (${this.record.id})`;
  }

  private describeState(): string {
    const callback = this.record.callback;
    if (callback === null) return 'no callback yet';
    const message = this.reply;
    if (message === undefined) return `callback type ${callback.type}, no @original message`;
    return (message.flags & MessageFlagBits.Loading) !== 0
      ? `callback type ${callback.type}; the reply is still "thinking" (deferred, never edited)`
      : `callback type ${callback.type}; the reply is ${JSON.stringify(message.content.slice(0, 80))}`;
  }
}

/** Finds an option's declared type in a deployed command definition. */
export function findDeclaredOptionType(
  definition: Readonly<Record<string, unknown>> | undefined,
  path: readonly string[],
  name: string,
): ApplicationCommandOptionType | undefined {
  let options = definition?.['options'];
  for (const step of path) {
    const next: unknown = Array.isArray(options)
      ? (options as { name?: unknown; options?: unknown }[]).find((option) => option.name === step)?.options
      : undefined;
    options = next;
  }
  if (!Array.isArray(options)) return undefined;
  const found = (options as { name?: unknown; type?: unknown }[]).find((option) => option.name === name);
  return typeof found?.type === 'number' ? (found.type as ApplicationCommandOptionType) : undefined;
}

/**
 * Turns `{ question: 'why', private: true }` into API options, typed from the deployed
 * definition when there is one (else by the JS type), nested under subcommand/group.
 */
export function buildCommandOptions(input: {
  readonly options: SimpleOptions | readonly APIApplicationCommandInteractionDataOption[] | undefined;
  readonly definition: Readonly<Record<string, unknown>> | undefined;
  readonly subcommand: string | undefined;
  readonly subcommandGroup: string | undefined;
  readonly focused: string | undefined;
}): unknown[] {
  const path = [input.subcommandGroup, input.subcommand].filter((step): step is string => step !== undefined);
  let leaf: unknown[];
  if (Array.isArray(input.options)) {
    leaf = [...(input.options as unknown[])];
  } else {
    leaf = Object.entries((input.options ?? {}) as SimpleOptions).map(([name, value]) => {
      const type = findDeclaredOptionType(input.definition, path, name) ?? inferOptionType(value);
      // Discord sends the focused option as the raw text typed so far.
      if (name === input.focused) return { name, type, value: String(value), focused: true };
      return { name, type, value };
    });
  }
  if (input.subcommand !== undefined) leaf = [{ name: input.subcommand, type: 1, options: leaf }];
  if (input.subcommandGroup !== undefined) leaf = [{ name: input.subcommandGroup, type: 2, options: leaf }];
  return leaf;
}

function inferOptionType(value: string | number | boolean): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}
