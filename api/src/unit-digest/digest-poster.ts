import PDFDocument from 'pdfkit';
import { gainText, monthName, nameList, percent, statusLabel } from './digest-text';
import { bestItems, UnitDigest } from './unit-digest';

/**
 * The A4 poster for the ward's notice board, in bokmål (the language of the wall, whoever prints it).
 *
 * Drawn with pdfkit rather than printed from the web page by headless Chromium: the production
 * image has no browser (and should not carry one: ~300 MB and a sandbox to keep safe), pdfkit is
 * pure JavaScript, and its standard Helvetica (WinAnsi) covers æ, ø, å, «» and –. Sizes are for
 * reading at two metres: the title 44 pt, items and thanks at least 18 pt; only the web address
 * at the foot is smaller.
 */
export interface PosterInput {
  digest: UnitDigest;
  unitName: string;
  /** The digest page, printed at the foot for those who want the whole month. */
  pageUrl: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const INK = '#1a1a1a';
const ACCENT = '#00557a';
const MUTED = '#444444';

export const POSTER_SIZES = { title: 44, unit: 28, facts: 20, itemTitle: 22, item: 18, thanks: 18, foot: 10 } as const;

/** Renders the poster; resolves with the PDF bytes. */
export function renderDigestPoster({ digest, unitName, pageUrl }: PosterInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: {
      Title: `Dere sa – vi gjorde: ${unitName}, ${monthName(digest.month, 'nb')}`,
      Author: 'Idéhub',
      Subject: 'Månedens resultater fra forslagene',
    },
    lang: 'nb-NO',
    displayTitle: true,
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = A4.width - 2 * MARGIN;
  const bottom = A4.height - MARGIN - 30; // room for the two foot lines
  const fits = (height: number) => doc.y + height <= bottom;

  doc.fillColor(ACCENT).font('Helvetica-Bold').fontSize(POSTER_SIZES.title).text('Dere sa – vi gjorde', { width });
  doc.moveDown(0.1);
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(POSTER_SIZES.unit).text(unitName, { width });
  doc
    .font('Helvetica')
    .fontSize(POSTER_SIZES.unit)
    .text(capitalise(monthName(digest.month, 'nb')), { width });
  doc.moveDown(0.4);

  const facts = [
    `${digest.answeredCount} forslag besvart`,
    `${digest.implementedCount} gjennomført`,
    digest.firstResponsesOnTime === null ? null : `${percent(digest.firstResponsesOnTime, 'nb')} svar i tide`,
  ].filter((f): f is string => f !== null);
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(POSTER_SIZES.facts).text(facts.join('  ·  '), { width });
  doc.moveDown(0.6);

  const best = bestItems(digest.items, 3);
  if (!best.length) {
    doc.font('Helvetica').fontSize(POSTER_SIZES.item).text('Ingen forslag fikk svar denne måneden.', { width });
  }
  for (const item of best) {
    const gains = item.stories.flatMap((s) => s.gains).slice(0, 2);
    const said = `Dere sa: ${item.title}`;
    const did = `Vi gjorde: ${item.answerSummary}`;
    doc.font('Helvetica-Bold').fontSize(POSTER_SIZES.itemTitle);
    const needed = doc.heightOfString(said, { width }) + 40;
    if (!fits(needed)) doc.addPage();
    doc.fillColor(ACCENT).text(said, { width });
    doc.fillColor(MUTED).font('Helvetica').fontSize(POSTER_SIZES.item).text(statusLabel(item.status, 'nb'), { width });
    doc.fillColor(INK).font('Helvetica').fontSize(POSTER_SIZES.item).text(did, { width });
    for (const g of gains) doc.font('Helvetica-Bold').text(`Gevinst: ${gainText(g, 'nb')}`, { width });
    doc.moveDown(0.6);
  }

  if (digest.thanks.length) {
    const thanks = `Takk til ${nameList(
      digest.thanks.map((p) => p.name),
      'nb',
    )} for forslag og hjelp!`;
    doc.font('Helvetica-Bold').fontSize(POSTER_SIZES.thanks);
    if (!fits(doc.heightOfString(thanks, { width }))) doc.addPage();
    doc.fillColor(INK).text(thanks, { width });
  }

  // The foot of every page: where the whole month is (small: read up close, not from two metres).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.fillColor(MUTED).font('Helvetica').fontSize(POSTER_SIZES.foot);
    doc.text('Hele måneden i Idéhub:', MARGIN, A4.height - MARGIN - 24, { lineBreak: false });
    doc.text(pageUrl, MARGIN, A4.height - MARGIN - 12, { lineBreak: false });
  }
  doc.end();
  return done;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
