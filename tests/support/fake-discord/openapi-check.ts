/**
 * Checks a request body against Discord's own OpenAPI description of its HTTP API
 * (tests/support/discord-api-spec/openapi.json, vendored unchanged), so a payload real Discord
 * would refuse with 400/50035 is refused here too and fails the test that sent it.
 * Validators are compiled once per route and per test worker (the spec is 1.2 MB).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

interface OpenApiOperation {
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: unknown }>> };
}
interface OpenApiSpec {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components: unknown;
}

/** One body the spec refuses: where it went and what is wrong, in ajv's words. */
export interface SchemaViolation {
  readonly method: string;
  readonly path: string;
  /** The spec's path template, e.g. `/channels/{channel_id}/messages`. */
  readonly route: string;
  readonly errors: readonly string[];
  readonly body: unknown;
}

// Beside this file in the source tree; from the compiled copy (dist/tests/..., which the benchmark's
// bot-under-burst runs) the JSON is not compiled along, so the source tree's copy is read.
const SPEC_URL = [new URL('../discord-api-spec/openapi.json', import.meta.url), new URL('../../../../tests/support/discord-api-spec/openapi.json', import.meta.url)].find((url) => existsSync(url)) ?? new URL('../discord-api-spec/openapi.json', import.meta.url);
const SPEC_ID = 'https://discord.com/openapi.json';

let loaded: { readonly spec: OpenApiSpec; readonly ajv: Ajv2020 } | undefined;
const validators = new Map<string, ValidateFunction | null>();

function load(): { readonly spec: OpenApiSpec; readonly ajv: Ajv2020 } {
  if (loaded !== undefined) return loaded;
  const spec = JSON.parse(readFileSync(SPEC_URL, 'utf8')) as OpenApiSpec;
  // strict: false because the spec carries OpenAPI annotations (x-discord-*, contentEncoding).
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  // ajv-formats is CommonJS: its default export arrives as the module under NodeNext.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
  addFormats(ajv);
  // Discord's own formats are annotations (ids and nonces): always valid, per the spec's README.
  ajv.addFormat('snowflake', true);
  ajv.addFormat('nonce', true);
  ajv.addFormat('int32', true);
  ajv.addFormat('int64', true);
  ajv.addFormat('double', true);
  ajv.addSchema({ $id: SPEC_ID, components: relaxMemberPermissions(spec.components) });
  loaded = { spec, ajv };
  return loaded;
}

/**
 * `default_member_permissions` is a string of digits in Discord's documentation and in what
 * discord.js sends, while the request schemas say integer: accept both (the spec's README).
 */
function relaxMemberPermissions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relaxMemberPermissions);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      key === 'default_member_permissions' && typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value
        ? { anyOf: [value, { type: 'string', pattern: '^[0-9]+$' }] }
        : relaxMemberPermissions(value);
  }
  return copy;
}

/** The spec's path template for a request path; literal segments beat `{parameters}`. */
function findTemplate(spec: OpenApiSpec, method: string, path: string): string | undefined {
  const segments = path.split('/').filter((s) => s !== '');
  let best: { template: string; literals: number } | undefined;
  for (const [template, operations] of Object.entries(spec.paths)) {
    if (operations[method.toLowerCase()] === undefined) continue;
    const parts = template.split('/').filter((s) => s !== '');
    if (parts.length !== segments.length) continue;
    let literals = 0;
    const fits = parts.every((part, index) => {
      if (part.startsWith('{') && part.endsWith('}')) return true;
      literals += 1;
      return part === segments[index];
    });
    if (fits && (best === undefined || literals > best.literals)) best = { template, literals };
  }
  return best?.template;
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function validatorFor(method: string, path: string): { route: string; validate: ValidateFunction } | undefined {
  const { spec, ajv } = load();
  const route = findTemplate(spec, method, path);
  if (route === undefined) return undefined;
  const key = `${method} ${route}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    const schema = spec.paths[route]?.[method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
    if (schema === undefined) {
      validate = null;
    } else {
      const pointer = ['paths', route, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'].map(escapePointer).join('/');
      // The schema itself is inlined and its $refs resolved against the components added above.
      validate = ajv.compile({ $id: `${SPEC_ID}/${encodeURIComponent(pointer)}`, ...rebase(schema) });
    }
    validators.set(key, validate);
  }
  return validate === null ? undefined : { route, validate };
}

/** `#/components/...` refs point into the components document registered under SPEC_ID. */
function rebase(node: unknown): Record<string, unknown> {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      copy[key] = key === '$ref' && typeof inner === 'string' && inner.startsWith('#/') ? `${SPEC_ID}${inner}` : walk(inner);
    }
    return copy;
  };
  return walk(node) as Record<string, unknown>;
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '(body)'} ${error.message ?? error.keyword}${error.params === undefined ? '' : ` ${JSON.stringify(error.params)}`}`;
}

/**
 * The spec's objections to `body` sent as `method path` (path after `/api/v10`), or undefined
 * when it passes or the spec describes no JSON body for that route.
 */
export function checkRequestBody(method: string, path: string, body: unknown): SchemaViolation | undefined {
  if (body === undefined) return undefined;
  const found = validatorFor(method, path);
  if (found === undefined) return undefined;
  if (found.validate(body)) return undefined;
  const errors = (found.validate.errors ?? []).map(describe);
  return { method, path, route: found.route, errors: errors.slice(0, 12), body };
}
