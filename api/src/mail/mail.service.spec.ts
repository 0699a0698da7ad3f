import { describe, expect, it } from 'vitest';
import { classifyMailError } from './mail.service';

/** The shapes of nodemailer 10's errors (see its smtp-connection `_formatError`). */
describe('classifyMailError: retry, or record a refusal?', () => {
  it.each([
    ['connection refused', 'TEMPORARY', { code: 'ESOCKET', command: 'CONN' }],
    ['no greeting in time', 'TEMPORARY', { code: 'ETIMEDOUT', command: 'CONN' }],
    ['451 on DATA', 'TEMPORARY', { code: 'EMESSAGE', command: 'DATA', responseCode: 451 }],
    ['450 mailbox busy', 'TEMPORARY', { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 450 }],
    ['530 on MAIL FROM (our setup)', 'TEMPORARY', { code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 530 }],
    ['aborted on shutdown', 'TEMPORARY', { code: 'EABORT', name: 'AbortError' }],
    ['not an SMTP error', 'TEMPORARY', new Error('boom')],
    ['550 no such user', 'RECIPIENT_REFUSED', { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550 }],
    ['553 mailbox name not allowed', 'RECIPIENT_REFUSED', { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 553 }],
  ])('%s → %s', (_name, expected, error) => {
    expect(classifyMailError(Object.assign(new Error('x'), error))).toBe(expected);
  });
});
