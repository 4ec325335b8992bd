/**
 * Reading request bodies the way discord.js sends them: JSON, or multipart/form-data with a
 * `payload_json` part plus `files[n]` parts (attachments). Node's own Response parses the
 * multipart, so no dependency is needed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A file part of a multipart request. */
export interface UploadedFile {
  /** The form field name, for example `files[0]`. */
  readonly field: string;
  readonly filename: string;
  readonly contentType: string | null;
  readonly content: Buffer;
}

/** A parsed request body: the JSON (or `payload_json`) and any uploaded files. */
export interface ParsedBody {
  readonly json: unknown;
  readonly files: readonly UploadedFile[];
}

export async function readBody(request: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { json: undefined, files: [] };
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(raw, contentType);
  const text = raw.toString('utf8');
  try {
    return { json: JSON.parse(text) as unknown, files: [] };
  } catch {
    throw new BadRequest(`body is not JSON (content-type ${contentType || 'none'})`);
  }
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let json: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') json = JSON.parse(value) as unknown;
      continue;
    }
    files.push({
      field,
      filename: value.name,
      contentType: value.type === '' ? null : value.type,
      content: Buffer.from(await value.arrayBuffer()),
    });
  }
  return { json, files };
}

/** A malformed request: answered with Discord's 400 "Invalid Form Body" (code 50035). */
export class BadRequest extends Error {}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204 || body === undefined) {
    response.writeHead(status === 200 ? 204 : status, headers);
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text).toString(),
    ...headers,
  });
  response.end(text);
}
