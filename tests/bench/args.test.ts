import { describe, expect, it } from 'vitest';
import { parseBenchArgs, SECTION_KEYS } from '../../bench/args.js';

describe('parseBenchArgs', () => {
  it('runs every section and writes the report when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({ kind: 'run', sections: SECTION_KEYS, partial: false });
  });

  it('runs one section alone with --only', () => {
    expect(parseBenchArgs(['--only', 'quality'])).toEqual({ kind: 'run', sections: ['quality'], partial: true });
    expect(parseBenchArgs(['--only=quality'])).toEqual({ kind: 'run', sections: ['quality'], partial: true });
  });

  it('keeps the report order for several sections', () => {
    expect(parseBenchArgs(['--only', 'burst,quality'])).toMatchObject({ sections: ['quality', 'burst'] });
    expect(parseBenchArgs(['--only', 'scale', '--only', 'essay'])).toMatchObject({ sections: ['essay', 'scale'] });
  });

  it('rejects an unknown section or argument instead of running everything', () => {
    expect(parseBenchArgs(['--only', 'qualty'])).toMatchObject({ kind: 'error' });
    expect(parseBenchArgs(['--only'])).toMatchObject({ kind: 'error' });
    expect(parseBenchArgs(['--fast'])).toMatchObject({ kind: 'error' });
  });

  it('prints help', () => {
    expect(parseBenchArgs(['--only', 'quality', '--help'])).toEqual({ kind: 'help' });
  });
});
