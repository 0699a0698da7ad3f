import { describe, expect, it } from 'vitest';
import { answerSummary } from './answer-summary';

describe('answerSummary', () => {
  it('keeps a short answer as it is, on one line', () => {
    expect(answerSummary('Vi har  bestilt\nnye sensorer.')).toBe('Vi har bestilt nye sensorer.');
  });

  it('cuts a long answer at a word and marks the cut', () => {
    const text = 'Vi prøvde ut digital tilsyn på fire rom i seks uker, og nattevaktene sparte mye tid. '.repeat(5);
    const short = answerSummary(text);
    expect(short.length).toBeLessThanOrEqual(201);
    expect(short.endsWith('…')).toBe(true);
    const words = short.slice(0, -1).split(' ');
    // Every word of the summary is a whole word of the answer.
    for (const w of words) expect(text).toContain(w);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('drops a trailing comma before the ellipsis', () => {
    expect(answerSummary('aaaa bbbb, cccc', 11)).toBe('aaaa bbbb…');
  });

  it('cuts inside one endless word rather than return nothing', () => {
    expect(answerSummary('x'.repeat(300), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
