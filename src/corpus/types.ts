// The shapes of a parsed reading. Everything downstream (search, answers, views, debates) reads
// these and nothing else, so a reading is parsed once and trusted afterwards.

/** A paragraph of the essay, rejoined across page breaks and footnote blocks. */
export interface Paragraph {
  readonly reading: string;
  /** 1-based position in reading order (¶1 ... ¶31). */
  readonly number: number;
  /** Exactly the source's words; soft line breaks become spaces, `<sup>n</sup>` becomes a superscript digit. */
  readonly text: string;
  /** Footnote numbers this paragraph cites, in order of first citation. */
  readonly footnotes: readonly number[];
  /** Line in the source file where the paragraph starts (for error messages). */
  readonly line: number;
}

/** A footnote printed at a page bottom. */
export interface Footnote {
  readonly reading: string;
  readonly number: number;
  /** The footnote's text without its leading marker. */
  readonly text: string;
  /** Numbers of the paragraphs that cite this footnote, ascending. */
  readonly citedBy: readonly number[];
  readonly line: number;
}

export interface Reading {
  /** File name without `.md`; stable, used in JSON output and custom ids. */
  readonly id: string;
  /** Path of the source file, as given to the loader. */
  readonly file: string;
  readonly title: string;
  readonly author: string;
  readonly paragraphs: readonly Paragraph[];
  readonly footnotes: readonly Footnote[];
  /** Problems that do not stop the reading from being used (e.g. a footnote never cited). */
  readonly warnings: readonly string[];
  /** Where the parser rejoined a paragraph cut by the layout (for `cli check`); absent on readings made by hand. */
  readonly joins?: readonly Join[];
}

/** A paragraph continued after a page break or a footnote block: what `check` shows a teacher. */
export interface Join {
  /** The paragraph continued. */
  readonly paragraph: number;
  /** Line of the continuation's first line. */
  readonly line: number;
  readonly across: 'page break' | 'footnote block';
}

/** A reading file that could not be used: the others still load (see loadCorpus). */
export interface ReadingProblem {
  readonly file: string;
  /** 1-based line of the problem (0 when it concerns the whole file). */
  readonly line: number;
  readonly problem: string;
}

export interface Corpus {
  /** The readings that parsed, in file-name order. */
  readonly readings: readonly Reading[];
  /** One per reading file that did not parse; shown to moderators, never to students. */
  readonly problems?: readonly ReadingProblem[];
}
