import { describe, expect, it } from 'vitest';
import { choicesIn, withoutDistractors } from '../../src/answers/choices.js';

describe('multiple-choice items', () => {
  it('finds the stem and the options of an item as a worksheet prints them', () => {
    expect(choicesIn('Who backed the US? a) Russia b) China c) Iran')).toEqual({ stem: 'who backed the us?', options: ['russia', 'china', 'iran'] });
    expect(choicesIn('which one (a) trade (b) people').options).toEqual(['trade', 'people']);
    // A lone "a." or a list without "b" is no item.
    expect(choicesIn('what did the U.S. do in a. 2003').options).toEqual([]);
  });

  it('leaves out the missing words only wrong options name, where one option is all the reading\'s', () => {
    expect(withoutDistractors('who stopped it? a) france b) brazil and chile', ['brazil', 'chile'])).toEqual([]);
    // Missing from the stem too: still missing.
    expect(withoutDistractors('did brazil stop it? a) france b) brazil', ['brazil'])).toEqual(['brazil']);
    // No option the reading's own: every option's name is missing.
    expect(withoutDistractors('who hosted it? a) brazil b) iran', ['brazil', 'iran'])).toEqual(['brazil', 'iran']);
    expect(withoutDistractors('who hosted it, brazil?', ['brazil'])).toEqual(['brazil']);
  });
});
