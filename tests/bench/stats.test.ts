import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../bench/stats.js';

describe('percentile', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it('takes the nearest-rank sample, whatever the input order', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0)).toBe(1);
  });

  it('gives the single sample for any percentile of one sample', () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN with no samples rather than a made-up number', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('leaves its input unsorted', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('median', () => {
  it('is the lower middle sample of an even count (nearest rank)', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([5, 1, 3])).toBe(3);
  });
});
