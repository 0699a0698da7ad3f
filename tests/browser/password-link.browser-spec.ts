import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newContext,
  pageReady,
  screenshot,
  signIn,
} from './support/browser';
import { startApp } from '../support/start-app';
import { type SmtpCapture, startSmtpCapture } from '../support/smtp-capture';

/**
 * «Send invitasjon» in a real browser: the admin adds a person and sends the link, the e-mail
 * arrives at a real SMTP server (the app's own job worker sends it), the person opens the link,
 * chooses a password and is signed in. axe-core and 360 px on /velg-passord and «Glemt passord?».
 */

let app: { url: string; stop(): Promise<void> };
let smtp: SmtpCapture;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  app = await startApp({ smtpUrl: smtp.url });
  app.url = app.url.replace(/\/$/, '');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

async function goto(page: Page, path: string) {
  await page.goto(path);
  await pageReady(page);
}

async function checkPage(page: Page, name: string, failures: string[]) {
  await screenshot(page, name);
  const violations = await axeViolations(page);
  if (violations.length) failures.push(`${name}:\n${describeViolations(violations)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) failures.push(`${name}: ${overflow}px horizontal overflow`);
}

describe('invitation link', () => {
  const suffix = Date.now().toString(36);
  const personName = `Ida Invitert ${suffix}`;
  const email = `ida.${suffix}@drammen.kommune.no`;
  let link = '';

  it('the admin adds a person and sends an invitation; the e-mail arrives with a link', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await signIn(page, 'admin');
    await goto(page, '/admin/personer');
    const add = page.locator('form[aria-labelledby=add-person-heading]');
    await add.getByRole('textbox', { name: 'Navn' }).fill(personName);
    await add.getByRole('textbox', { name: 'E-post' }).fill(email);
    const unit = add.getByRole('combobox', { name: 'Enhet' });
    const label = (await unit.locator('option').allTextContents()).find((t) => t.endsWith('/ Hjemmetjenesten'))!;
    await unit.selectOption({ label });
    await add.getByRole('button', { name: 'Legg til', exact: true }).click();
    await page.waitForURL(/\/admin\/personer\?person=/);
    const editor = page.locator('.person-editor');
    await editor.getByRole('heading', { name: `Rediger ${personName}` }).waitFor();

    await editor.getByRole('button', { name: 'Send invitasjon' }).click();
    await editor.getByText(`Lenken er sendt til ${email}`).waitFor();
    await screenshot(page, 'password-link-admin-1280');
    const failures: string[] = [];
    const violations = await axeViolations(page);
    if (violations.length) failures.push(describeViolations(violations));
    expect(failures, failures.join('\n')).toEqual([]);

    await expect
      .poll(() => smtp.messages.filter((m) => m.envelopeTo.includes(email)).length, { timeout: 15_000 })
      .toBe(1);
    const mail = smtp.messages.find((m) => m.envelopeTo.includes(email))!;
    expect(mail.subject).toMatch(/invitert til Idéhub/);
    const match = /\/velg-passord\?token=[A-Za-z0-9_-]+/.exec(mail.text);
    expect(match).not.toBeNull();
    link = match![0];
    await context.close();
  });

  it('the person opens the link, chooses a password and is signed in', async () => {
    expect(link).not.toBe('');
    const failures: string[] = [];
    for (const width of [360, 1280]) {
      const look = await newContext(browser, app.url, { width });
      const page = await look.newPage();
      await goto(page, link);
      await page.getByRole('button', { name: 'Lagre passord og logg inn' }).click();
      await page.getByText('Passordet må ha minst 12 tegn.').waitFor();
      await checkPage(page, `choose-password-errors-nb-${width}`, failures);
      await look.close();
    }
    const english = await newContext(browser, app.url, { language: 'en', width: 360 });
    const en = await english.newPage();
    await goto(en, link);
    await en.getByRole('heading', { name: 'Choose password' }).waitFor();
    await checkPage(en, 'choose-password-en-360', failures);
    await english.close();

    const context = await newContext(browser, app.url, { width: 360 });
    const page = await context.newPage();
    await goto(page, link);
    await page.getByLabel(/^Nytt passord/).fill('en lang og god setning');
    await page.getByLabel(/^Gjenta passordet/).fill('en lang og god setning');
    await page.getByRole('button', { name: 'Lagre passord og logg inn' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await pageReady(page);
    const me = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
      return res.json();
    });
    expect(me.data.me.email).toBe(email);
    await context.close();

    // The link worked once.
    const again = await newContext(browser, app.url);
    const second = await again.newPage();
    await goto(second, link);
    await second.getByLabel(/^Nytt passord/).fill('en annen lang setning');
    await second.getByLabel(/^Gjenta passordet/).fill('en annen lang setning');
    await second.getByRole('button', { name: 'Lagre passord og logg inn' }).click();
    await second.getByText(/Lenken virker ikke lenger/).waitFor();
    await checkPage(second, 'choose-password-dead-link-nb-1280', failures);
    await again.close();
    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  it('«Glemt passord?» on /logg-inn passes axe-core at 360 px', async () => {
    const context = await newContext(browser, app.url, { width: 360 });
    const page = await context.newPage();
    await goto(page, '/logg-inn');
    await page.getByRole('button', { name: 'Glemt passord?' }).click();
    await page.getByRole('textbox', { name: /E-postadresse for ny lenke/ }).fill(email);
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await page.getByText(/Hvis adressen finnes hos oss/).waitFor();
    const failures: string[] = [];
    await checkPage(page, 'forgot-password-nb-360', failures);
    expect(failures, failures.join('\n\n')).toEqual([]);
    await expect
      .poll(() => smtp.messages.filter((m) => m.envelopeTo.includes(email)).length, { timeout: 15_000 })
      .toBe(2);
    await context.close();
  });
});
