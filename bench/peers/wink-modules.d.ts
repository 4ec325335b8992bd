// Types for the two wink packages, which ship none: only the calls the bench makes.
declare module 'wink-bm25-text-search' {
  type PrepTask = (input: never) => unknown;
  interface Bm25Engine {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number } }): boolean;
    definePrepTasks(tasks: readonly PrepTask[], field?: string): number;
    addDoc(doc: Record<string, string>, uniqueId: string | number): number;
    consolidate(fp?: number): boolean;
    search(text: string, limit?: number): [string, number][];
  }
  function bm25(): Bm25Engine;
  export default bm25;
}

declare module 'wink-nlp-utils' {
  const nlp: {
    readonly string: {
      readonly lowerCase: (text: string) => string;
      readonly tokenize0: (text: string) => string[];
    };
    readonly tokens: {
      readonly removeWords: (tokens: string[]) => string[];
      readonly stem: (tokens: string[]) => string[];
      readonly propagateNegations: (tokens: string[]) => string[];
    };
  };
  export default nlp;
}
