import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadingError } from '../../src/errors.js';
import { abbreviationsDefined, compileGlossary, loadGlossaryFile, parseGlossary } from '../../src/search/glossary.js';

const ESSAY_GLOSSARY = path.join(import.meta.dirname, '../../corpus/russo-japanese-relations.glossary.txt');

describe('parseGlossary', () => {
  it('reads "essay words = student words" lines and skips comments and blank lines', () => {
    const glossary = parseGlossary('# a comment\n\nRussia = Kremlin, Moscow\ndisappointment = let down\n', 'g.txt');
    expect(glossary.entries.map((entry) => [entry.line, entry.essayWords, entry.studentWords])).toEqual([
      [3, ['Russia'], ['Kremlin', 'Moscow']],
      [4, ['disappointment'], ['let down']],
    ]);
  });

  it('reads "essay words ~ names" lines as names the essay does not use itself', () => {
    const glossary = parseGlossary('energy = petroleum\nenergy, oil ~ Gazprom, Rosneft\n', 'g.txt');
    expect(glossary.entries.map((entry) => [entry.essayWords, entry.studentWords, entry.related])).toEqual([
      [['energy'], ['petroleum'], false],
      [['energy', 'oil'], ['Gazprom', 'Rosneft'], true],
    ]);
    expect(() => parseGlossary('energy = oil ~ Gazprom', 'g.txt')).toThrow(/g\.txt:1: .*exactly one "=" .* or "~"/);
    expect(() => parseGlossary('energy ~ ', 'g.txt')).toThrow(/g\.txt:1: nothing right of "~"/);
  });

  it('names the file and line of a line without "="', () => {
    expect(() => parseGlossary('Russia = Kremlin\nBeijing China\n', 'corpus/x.glossary.txt')).toThrow(ReadingError);
    expect(() => parseGlossary('Russia = Kremlin\nBeijing China\n', 'corpus/x.glossary.txt')).toThrow(/^corpus\/x\.glossary\.txt:2: /);
  });

  it('refuses an empty side or a side of common words only', () => {
    expect(() => parseGlossary('= Kremlin', 'g.txt')).toThrow(/g\.txt:1: nothing left/);
    expect(() => parseGlossary('Russia =  ', 'g.txt')).toThrow(/g\.txt:1: nothing right/);
    expect(() => parseGlossary('the of = Kremlin', 'g.txt')).toThrow(/g\.txt:1: .*common words/);
  });
});

describe('compileGlossary', () => {
  it('matches student phrases on index terms, so word endings do not matter', () => {
    const rules = compileGlossary(parseGlossary('disappointment = let down\nRussia = Kremlin', 'g.txt'));
    expect(rules.get('let')?.[0]).toEqual({ phrase: ['let', 'down'], targets: [['disappoint']], related: false, otherSenseInText: false });
    expect(rules.get('kremlin')?.[0]?.targets).toEqual([['russia']]);
  });

  it('keeps a phrase "related" only when every line giving it is a "~" line', () => {
    const rules = compileGlossary(parseGlossary('energy ~ Gazprom\nNorthern Territories ~ Etorofu\nislands = Etorofu', 'g.txt'));
    expect(rules.get('gazprom')?.[0]?.related).toBe(true);
    expect(rules.get('etorofu')?.[0]).toMatchObject({ related: false, targets: [['north', 'territori'], ['island']] });
  });
});

describe('a phrase of one word with small words, in the reading', () => {
  const glossary = parseGlossary('rapprochement, closer = turn to, get closer\nbenefits = pay off', 'g.txt');
  const rule = (rules: ReturnType<typeof compileGlossary>, phrase: string): unknown => rules.get(phrase.split(' ')[0] ?? '')?.find((r) => r.phrase.join(' ') === phrase);

  it('is another sense when the reading uses the word but never the phrase ("in turn")', () => {
    const rules = compileGlossary(glossary, ['This, in turn, requires new markets.', 'The plan paid its way.']);
    expect(rule(rules, 'turn to')).toMatchObject({ otherSenseInText: true });
    // "paid" is the word "pay"; the reading never says "pay off".
    expect(rule(rules, 'pai off')).toMatchObject({ otherSenseInText: true });
  });

  it('is the same sense when the reading writes the phrase, in any form', () => {
    const rules = compileGlossary(glossary, ['Russia turned to China.', 'It paid off.']);
    expect(rule(rules, 'turn to')).toMatchObject({ otherSenseInText: false });
    expect(rule(rules, 'pai off')).toMatchObject({ otherSenseInText: false });
  });

  it('is no other sense when the reading lacks the word, or the glossary gives the word as its own', () => {
    const rules = compileGlossary(glossary, ['Steering closer to China.']);
    expect(rule(rules, 'turn to')).toMatchObject({ otherSenseInText: false });
    expect(rule(rules, 'get closer')).toMatchObject({ otherSenseInText: false });
  });
});

describe('the essay glossary', () => {
  const rules = compileGlossary(loadGlossaryFile(ESSAY_GLOSSARY));
  const targetsOf = (term: string): string[] => (rules.get(term) ?? []).filter((rule) => rule.phrase.length === 1).flatMap((rule) => rule.targets.map((t) => t.join(' ')));

  it('parses', () => {
    expect(loadGlossaryFile(ESSAY_GLOSSARY).entries.length).toBeGreaterThan(100);
  });

  it('knows the capitals and seats of power', () => {
    expect(targetsOf('kremlin')).toContain('russia');
    expect(targetsOf('beij')).toContain('china');
    expect(targetsOf('tokyo')).toContain('japan');
    expect(targetsOf('washington')).toContain('usa');
    expect(targetsOf('pyongyang')).toContain('north korea');
    expect(targetsOf('kyiv')).toContain('ukrain');
  });

  it('knows the organisations by their other names', () => {
    expect(targetsOf('ussr')).toContain('soviet union');
    expect(targetsOf('g7')).toContain('g8');
    expect(targetsOf('nato')).toBeDefined();
  });

  it('is a missing file away from being optional', () => {
    expect(loadGlossaryFile(path.join(import.meta.dirname, 'no-such.glossary.txt')).entries).toEqual([]);
  });
});

describe('names the reading defines with their abbreviation', () => {
  it('finds "Full Name (ABBR)" where the letters are the name\'s initials, small words allowed', () => {
    const text = 'In 2001 the Shanghai Cooperation Organization (SCO) met; the Partnership and Cooperation Agreement (PCA) held; Great Power Politics (see below) and the Treaty (TR) did not.';
    expect(abbreviationsDefined(text)).toEqual([
      ['Shanghai Cooperation Organization', 'SCO'],
      ['Partnership and Cooperation Agreement', 'PCA'],
    ]);
  });

  it('makes each form search the other at full weight', () => {
    const rules = compileGlossary(parseGlossary('Russia = Kremlin', 'g.txt'), ['the Shanghai Cooperation Organization (SCO) met']);
    expect(rules.get('shanghai')?.[0]).toMatchObject({ phrase: ['shanghai', 'cooper', 'organ'], sameName: [['sco']] });
    expect(rules.get('sco')?.[0]).toMatchObject({ phrase: ['sco'], sameName: [['shanghai', 'cooper', 'organ']] });
    expect(rules.get('kremlin')?.[0]?.sameName).toBeUndefined();
  });
});

describe('names of the essay\'s words that it never writes together', () => {
  it('marks a "~" name of several words the texts never write together, not one they write', () => {
    const rules = compileGlossary(parseGlossary('pipeline ~ Power of Siberia, Far East', 'g.txt'), ['the power of the state reaches Siberia', 'the Far East lost people']);
    expect(rules.get('power')?.[0]).toMatchObject({ related: true, unwrittenName: true });
    expect(rules.get('far')?.[0]?.unwrittenName).toBeUndefined();
  });
});
