/**
 * Observers of the fake's traffic: a function called with every request the fake answers and its
 * answer, for one fake (`FakeSmartRecruitersOptions.observe`) or for every fake the process creates
 * (`observeFakes()`). Useful to record traffic, check answers against a contract, or collect
 * statistics in a test setup file. Nothing is copied or decoded unless an observer is registered.
 */

/** What answered a request. */
export type FakeAnswerSource =
  /** The route's handler (its answer or its error). */
  | 'handler'
  /** The credential check (401): before any route-specific work. */
  | 'authentication'
  /** The route's OAuth scope check (403 `OAuthPermissionsException`). */
  | 'scope'
  /** The rate or concurrency limiter (429). */
  | 'rate-limit'
  /** An injected fault (`fake.faults`). */
  | 'fault'
  /** No route: 404 for an unknown path, 405 for a known path with another method. */
  | 'router'
  /** A documented operation the fake does not serve (501). */
  | 'not-implemented'
  /** The transport limits before the handler (413), or a malformed request target (400). */
  | 'transport';

/** One request the fake answered, and its answer. */
export interface FakeExchange {
  /** Request method, upper case. */
  readonly method: string;
  /** Request path, without the fake's own base path. */
  readonly path: string;
  /** The route answered, `'METHOD /template'` (`'GET /candidates/{id}'`); `null` when none matched. */
  readonly route: string | null;
  /** Query parameters, each with every value sent, in order. */
  readonly query: Readonly<Record<string, readonly string[]>>;
  /** What produced the answer. */
  readonly answeredBy: FakeAnswerSource;
  /** The answer's status (0 when an injected fault dropped the connection). */
  readonly status: number;
  /** The request's headers and raw body. */
  readonly request: {
    /** The request's headers. */
    readonly headers: Headers;
    /** The raw request body (empty when none). */
    readonly body: Uint8Array;
  };
  /** The answer's headers (lowercase names) and raw body. */
  readonly response: {
    /** The answer's headers, lowercase names. */
    readonly headers: Readonly<Record<string, string>>;
    /** The answer's raw body. */
    readonly body: Uint8Array;
  };
}

/**
 * Called with every exchange, after the answer is made and before it is sent. It must not modify
 * the exchange. An observer that throws does not change the answer: the error is rethrown
 * asynchronously (an uncaught exception the test runner reports).
 */
export type FakeObserver = (exchange: FakeExchange) => void;

const processObservers = new Set<FakeObserver>();

/**
 * Registers `observer` for every fake this process creates or has created
 * (`createFakeSmartRecruiters()`, `createFakeSmartRecruitersCore()`, the msw handlers), e.g. from
 * a test setup file. Returns a function that unregisters it.
 *
 * ```ts
 * const stop = observeFakes((x) => console.log(x.status, x.route));
 * // ... run tests ...
 * stop();
 * ```
 */
export function observeFakes(observer: FakeObserver): () => void {
  if (typeof observer !== 'function') throw new TypeError('observeFakes: observer must be a function');
  processObservers.add(observer);
  return () => {
    processObservers.delete(observer);
  };
}

/** @internal Whether an exchange would be observed (so the core builds one only then). */
export function isObserved(own: FakeObserver | undefined): boolean {
  return own !== undefined || processObservers.size > 0;
}

/** @internal Calls the fake's own observer and the process-wide ones. */
export function notifyObservers(own: FakeObserver | undefined, exchange: FakeExchange): void {
  const call = (observer: FakeObserver) => {
    try {
      observer(exchange);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  };
  if (own) call(own);
  for (const observer of processObservers) call(observer);
}
