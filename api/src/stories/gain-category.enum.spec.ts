import { describe, expect, it } from 'vitest';
import { GAIN_CATEGORIES } from '@idehub/libs';
import { GainCategory } from './gain-category.enum';

describe('GainCategory', () => {
  it('is the shared list of gain categories, in the same order', () => {
    expect(Object.values(GainCategory)).toEqual([...GAIN_CATEGORIES]);
  });
});
