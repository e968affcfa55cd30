import type { APIResponse } from '../client.js';

/** What `withResponse()` resolves to: the result and the HTTP response it was read from. */
export interface WithResponse<T, W = T> {
  /** What the promise itself resolves to. */
  data: T;
  /**
   * The response the result was read from: status, headers, the SDK's `requestId`,
   * SmartRecruiters' `srRequestId`, the rate-limit state, and SmartRecruiters' body as received
   * (`response.data`; for a raw call, the same value as `data`).
   */
  response: APIResponse<W>;
}

const dataOf = <T>(settled: { data: T }): T => settled.data;
const fromResponse = <W>(response: APIResponse<W>): WithResponse<W, W> => ({ data: response.data, response });
const asIs = <T, W>(result: WithResponse<T, W>): WithResponse<T, W> => result;

/**
 * What the client's methods and the unified resources' single-record methods return: a promise
 * of the result that also gives the response it was read from.
 *
 * ```ts
 * const job = await sr.jobs.get(id);                                // the unified job
 * const { data, response } = await sr.jobs.get(id).withResponse(); // with SR's answer
 * response.requestId; response.srRequestId; response.status; response.data; // the SR record
 * ```
 *
 * The request starts at once, as with any promise; nothing more is built unless `withResponse()`
 * is called.
 */
export class APIPromise<T, W = T> extends Promise<T> {
  // Resolves to an `APIResponse` (raw calls) or a `WithResponse` (unified methods): both hold `data`.
  readonly #settled: Promise<{ data: T }>;
  readonly #withResponse: (settled: never) => WithResponse<T, W>;
  #data: Promise<T> | undefined;

  private constructor(settled: Promise<{ data: T }>, withResponse: (settled: never) => WithResponse<T, W>) {
    // The promise itself is a placeholder, never settled with a value: `then`, `catch` and
    // `finally` read `#settled`.
    super((resolve) => resolve(undefined as T));
    this.#settled = settled;
    this.#withResponse = withResponse;
  }

  /** `then` and friends build plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** @internal A raw call: resolves to the response's body. */
  static fromResponse<W>(response: Promise<APIResponse<W>>): APIPromise<W, W> {
    return new APIPromise<W, W>(response, fromResponse as (settled: never) => WithResponse<W, W>);
  }

  /** @internal A unified method: resolves to `data`, built from `response`. */
  static fromResult<T, W>(result: Promise<WithResponse<T, W>>): APIPromise<T, W> {
    return new APIPromise<T, W>(result, asIs as (settled: never) => WithResponse<T, W>);
  }

  /**
   * The result with the response it was read from (status, headers, `requestId`, `srRequestId`,
   * rate-limit state, SmartRecruiters' body as `response.data`).
   */
  withResponse(): Promise<WithResponse<T, W>> {
    return this.#settled.then(this.#withResponse as (settled: { data: T }) => WithResponse<T, W>);
  }

  private data(): Promise<T> {
    this.#data ??= this.#settled.then(dataOf);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: the promise's own `then`.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.data().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.data().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.data().finally(onfinally);
  }
}

/**
 * @internal Runs the body of a unified method, which resolves to its result and the response it
 * was read from, as an `APIPromise`: an invalid argument (thrown before any request) rejects it.
 */
export function respond<T, W>(run: () => Promise<WithResponse<T, W>>): APIPromise<T, W> {
  let result: Promise<WithResponse<T, W>>;
  try {
    result = run();
  } catch (error) {
    result = Promise.reject(error);
  }
  return APIPromise.fromResult(result);
}
