import { describe, expect, it } from 'vitest';
import { isTextLengthWithin, textLength, textProblem } from './text-input';

describe('text input rules', () => {
  it.each<[string, string]>([
    ['a NUL byte', 'hei\u0000du'],
    ['a bell', 'hei\u0007'],
    ['an escape', '\u001B[31mrød'],
    ['DEL', 'a\u007F'],
    ['a C1 control', 'a\u0085b'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', 'a\uDC00b'],
    ['a high surrogate at the end', 'slutt\uD83D'],
  ])('refuses %s', (_label, text) => {
    expect(textProblem(text)).not.toBeNull();
  });

  it.each<[string, string]>([
    ['plain Norwegian', 'Bedre rutiner for medisinutdeling på Åsen'],
    ['tabs and new lines', 'linje 1\n\tlinje 2\r\n'],
    ['an emoji (a surrogate pair)', 'Bra 👍'],
    ['a zero-width joiner emoji', '👩‍⚕️'],
  ])('accepts %s', (_label, text) => {
    expect(textProblem(text)).toBeNull();
  });

  it('counts characters after trimming', () => {
    expect(textLength('      x      ')).toBe(1);
    expect(textLength(' '.repeat(20))).toBe(0);
    expect(textLength('👍👍')).toBe(2);
    expect(isTextLengthWithin('   abcde   ', 5, 140)).toBe(true);
    expect(isTextLengthWithin('    abc     ', 5, 140)).toBe(false);
  });
});
