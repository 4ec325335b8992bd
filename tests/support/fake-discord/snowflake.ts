/**
 * Snowflake ids for the fake Discord: increasing, 18–19 digits, shaped like Discord's
 * (milliseconds since the Discord epoch shifted left 22 bits, plus an increment), so
 * discord.js's timestamp maths and sorting behave as in production.
 */

const DISCORD_EPOCH = 1_420_070_400_000n;

/** Returns a function that hands out a new, strictly increasing snowflake on each call. */
export function createSnowflakeFactory(now: () => number = Date.now): () => string {
  let last = 0n;
  return () => {
    const candidate = (BigInt(now()) - DISCORD_EPOCH) << 22n;
    // Several ids in the same millisecond still increase, like Discord's increment bits.
    last = candidate > last ? candidate : last + 1n;
    return last.toString();
  };
}

/** A random interaction token: Discord's are long opaque strings; ours are URL-safe. */
export function createInteractionToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let token = 'aW50ZXJhY3Rpb246';
  for (let index = 0; index < 120; index += 1) {
    token += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return token;
}
