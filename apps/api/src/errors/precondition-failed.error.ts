/** `If-Match` named a revision the stream no longer has (HTTP 412). */
export class PreconditionFailedError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`If-Match expected revision ${expected} of ${stream}, but it is at ${actual}; reload and retry`);
    this.name = 'PreconditionFailedError';
  }
}
