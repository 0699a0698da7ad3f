import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REDACTED = '[redacted]';

/**
 * Keys whose values are secrets wherever they appear in a log object (headers, variables,
 * errors, configuration). Matched case-insensitively on the key name.
 */
const SECRET_KEYS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'password',
  'newpassword',
  'currentpassword',
  'token',
  'accesstoken',
  'refreshtoken',
  'clientsecret',
  'client_secret',
  'secret',
  'smtpurl',
  'databaseurl',
]);

/** Secrets inside free text: session cookies, bearer tokens, passwords in URLs, password arguments. */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/(idehub_session=)[^;,\s"']+/gi, `$1${REDACTED}`],
  [/(bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi, `$1${REDACTED}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]+@/gi, `$1${REDACTED}@`],
  [/([?&]token=)[^&\s"'#]+/gi, `$1${REDACTED}`],
  [/("?password"?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|[^\s,)}]+)/gi, `$1"${REDACTED}"`],
];

export function scrubText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A copy of a log value with secrets replaced; objects are walked a few levels deep. */
export function scrubSecrets(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (!value || typeof value !== 'object' || depth > 8) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => scrubSecrets(item, depth + 1, seen));
  if (value instanceof Error) {
    const scrubbed: Record<string, unknown> = {
      type: value.name,
      message: scrubText(value.message),
      stack: value.stack ? scrubText(value.stack) : undefined,
    };
    for (const [key, v] of Object.entries(value)) {
      scrubbed[key] = SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : scrubSecrets(v, depth + 1, seen);
    }
    return scrubbed;
  }
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase()) && v != null ? REDACTED : scrubSecrets(v, depth + 1, seen);
  }
  return out;
}

/** Pino options that keep secrets out of every line, whoever builds the logger (the app or a test). */
export function redactingLoggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'idehub' },
    serializers: {
      err: (err: unknown) => scrubSecrets(pino.stdSerializers.err(err as Error)),
    },
    formatters: { log: (object) => scrubSecrets(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>,
        );
      },
    },
  };
}

/** Structured JSON logs, one line per event, with cookies, tokens and passwords redacted. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(redactingLoggerOptions(level), destination) : pino(redactingLoggerOptions(level));
}

/** What the HTTP log records of a request: no cookies, no authorization, no query string secrets. */
export function requestForLog(req: {
  id?: unknown;
  method?: string;
  url?: string;
  headers?: unknown;
  remoteAddress?: string;
  raw?: IncomingMessage & { ip?: string };
}) {
  return {
    id: req.id,
    method: req.method,
    // The identity provider's redirect carries a one-time code and state: keep them out of the logs.
    url: req.url?.startsWith('/auth/oidc/callback') ? '/auth/oidc/callback?…' : req.url ? scrubText(req.url) : req.url,
    remoteAddress: req.raw?.ip ?? req.remoteAddress,
    headers: scrubSecrets(req.headers),
  };
}

export function responseForLog(res: { statusCode?: number | null; headers?: unknown; raw?: ServerResponse }) {
  const raw = res.raw;
  return {
    statusCode: raw?.statusCode ?? res.statusCode,
    headers: scrubSecrets(raw && typeof raw.getHeaders === 'function' ? raw.getHeaders() : res.headers),
  };
}

/** Routes Nest's own log lines into pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
