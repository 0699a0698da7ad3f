import * as fs from 'node:fs';
import * as path from 'node:path';

/** Everything the process reads from its environment, parsed once, in one place. */
export interface AppConfig {
  port: number;
  /** postgres://… for a real server; undefined → embedded PGlite in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** In-memory embedded database (tests only): nothing is written to disk. */
  inMemoryDatabase: boolean;
  demoData: boolean;
  sweepIntervalSeconds: number;
  /** SMTP_URL, e.g. smtp://user:pass@smtp.example.no:587; unset → e-mails are written to mailDir and logged. */
  smtpUrl?: string;
  /** MAIL_FROM: the From header of every e-mail. */
  mailFrom: string;
  /** IDEHUB_MAIL_DIR: where e-mails go as .eml files when SMTP_URL is unset. */
  mailDir: string;
  /** PUBLIC_URL: the address people open Idéhub at; links in e-mails point here. */
  publicUrl: string;
  sessionTtlHours: number;
  production: boolean;
  /** LOGIN_ACCOUNT_LIMIT: failed sign-ins per account in 15 minutes from addresses its owner has not used. */
  loginAccountLimit: number;
  /** LOGIN_ADDRESS_LIMIT: failed sign-ins per client address in 15 minutes, over all accounts. */
  loginAddressLimit: number;
  /** MUTATION_RATE_PER_MINUTE: changes one person may make per minute (per process); 0 = no limit. */
  mutationRatePerMinute: number;
  /**
   * TRUST_PROXY: which proxies in front of Idéhub to believe about the client's address and
   * protocol (Express «trust proxy»): unset/false = none, true = any, a number = that many hops,
   * or a comma-separated list of addresses/subnets («loopback», «10.0.0.0/8»).
   */
  trustProxy: boolean | number | string;
  /** REQUEST_TIME_BUDGET_MS: wall-clock time one GraphQL request may spend resolving before the rest is refused. */
  requestTimeBudgetMs: number;
  logLevel: string;
  webDistDir: string;
  /** Run the job-queue worker in this process. */
  runWorker: boolean;
  /** Run the deadline sweep in this process. */
  runSweep: boolean;
  /** IDEHUB_SECRET_KEY (at least 32 characters): encrypts stored secrets such as OIDC client secrets. */
  secretKey?: string;
  /** IDEHUB_OIDC_ALLOW_HTTP=1: accept an http:// identity provider (local trials and tests only). */
  oidcAllowHttp: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The monorepo root: the nearest folder above this file whose package.json declares workspaces. */
function findRepoRoot(from: string): string {
  let dir = from;
  while (path.dirname(dir) !== dir) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).workspaces) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export const repoRoot = findRepoRoot(__dirname);

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${value}"`);
  return n;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const v = (value ?? '').trim();
  if (v === '' || ['0', 'false', 'no', 'off'].includes(v.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(v.toLowerCase())) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const databaseUrl = overrides.databaseUrl ?? (env.DATABASE_URL || undefined);
  const embedded = !databaseUrl;
  const dataDir = path.resolve(env.IDEHUB_DATA_DIR || path.join(repoRoot, '.idehub/data'));
  const config: AppConfig = {
    port: intFrom(env.PORT, 3000, 'PORT'),
    databaseUrl,
    dataDir,
    inMemoryDatabase: false,
    demoData: flag(env.IDEHUB_DEMO, embedded),
    sweepIntervalSeconds: intFrom(env.SWEEP_INTERVAL_SECONDS, 60, 'SWEEP_INTERVAL_SECONDS'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Idéhub <no-reply@idehub.test>',
    mailDir: path.resolve(env.IDEHUB_MAIL_DIR || path.join(repoRoot, '.idehub/mail')),
    publicUrl: env.PUBLIC_URL || 'http://localhost:3000',
    sessionTtlHours: intFrom(env.SESSION_TTL_HOURS, 12, 'SESSION_TTL_HOURS'),
    production: env.NODE_ENV === 'production',
    loginAccountLimit: intFrom(env.LOGIN_ACCOUNT_LIMIT, 20, 'LOGIN_ACCOUNT_LIMIT'),
    loginAddressLimit: intFrom(env.LOGIN_ADDRESS_LIMIT, 100, 'LOGIN_ADDRESS_LIMIT'),
    mutationRatePerMinute: intFrom(env.MUTATION_RATE_PER_MINUTE, 120, 'MUTATION_RATE_PER_MINUTE'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    requestTimeBudgetMs: intFrom(env.REQUEST_TIME_BUDGET_MS, 10_000, 'REQUEST_TIME_BUDGET_MS'),
    logLevel: env.LOG_LEVEL || 'info',
    webDistDir: path.resolve(env.IDEHUB_WEB_DIST || path.join(repoRoot, 'web/dist')),
    runWorker: flag(env.IDEHUB_RUN_WORKER, true),
    runSweep: flag(env.IDEHUB_RUN_SWEEP, true),
    secretKey: env.IDEHUB_SECRET_KEY || undefined,
    oidcAllowHttp: flag(env.IDEHUB_OIDC_ALLOW_HTTP, false),
  };
  if (config.secretKey !== undefined && config.secretKey.length < 32) {
    throw new Error('IDEHUB_SECRET_KEY must be at least 32 characters (e.g. `openssl rand -base64 48`)');
  }
  return { ...config, ...overrides };
}
