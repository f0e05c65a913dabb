/** wrap-ansi 7 (the CommonJS line, which this CLI uses) ships no types. */
declare module 'wrap-ansi' {
  interface Options {
    /** Break words longer than the width (default false). */
    readonly hard?: boolean;
    /** Wrap at word boundaries (default true). */
    readonly wordWrap?: boolean;
    /** Trim whitespace at the ends of wrapped lines (default true). */
    readonly trim?: boolean;
  }
  function wrapAnsi(input: string, columns: number, options?: Options): string;
  export = wrapAnsi;
}
