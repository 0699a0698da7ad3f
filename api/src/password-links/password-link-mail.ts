import type { RenderedMail } from '../mail/templates';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The e-mail with a link to choose a password, in bokmål (default) or English. */
export function renderPasswordLinkMail(input: {
  purpose: 'INVITE' | 'RESET';
  recipientName: string;
  locale: string;
  link: string;
  expiresAt: Date;
}): RenderedMail {
  const en = input.locale === 'en';
  const until = input.expiresAt.toLocaleString(en ? 'en-GB' : 'nb-NO', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const subject =
    input.purpose === 'INVITE'
      ? en
        ? 'You are invited to Idéhub: choose your password'
        : 'Du er invitert til Idéhub: velg passord'
      : en
        ? 'Choose a new password for Idéhub'
        : 'Velg nytt passord i Idéhub';
  const paragraphs = [
    en ? `Hello ${input.recipientName},` : `Hei ${input.recipientName},`,
    input.purpose === 'INVITE'
      ? en
        ? 'You have been given access to Idéhub, where you can suggest improvements at work. Choose your password with the link below.'
        : 'Du har fått tilgang til Idéhub, der du kan foreslå forbedringer på jobben. Velg passordet ditt med lenken under.'
      : en
        ? 'Someone (hopefully you) asked for a new password. Choose it with the link below. If it was not you, you can ignore this e-mail.'
        : 'Noen (forhåpentligvis du) ba om nytt passord. Velg det med lenken under. Var det ikke deg, kan du se bort fra denne e-posten.',
    en
      ? `The link works once, until ${until}. A newer link replaces it.`
      : `Lenken virker én gang, til ${until}. En nyere lenke erstatter den.`,
  ];
  const action = en ? 'Choose password' : 'Velg passord';
  const text = `${paragraphs.join('\n\n')}\n\n${action}: ${input.link}\n`;
  const html = `<!doctype html><html lang="${en ? 'en' : 'nb'}"><body>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}<p><a href="${escapeHtml(input.link)}">${escapeHtml(action)}</a></p></body></html>`;
  return { subject, text, html };
}
