/**
 * Calls into code the SDK does not own (a logger, a hook, an `onRejected` callback) whose outcome
 * must never change a request's or a delivery's: a throw is caught, and a promise it returns gets
 * a handler, so its rejection is neither thrown into the request nor left unhandled (which ends a
 * Node process).
 */
export function callGuarded(call: () => unknown): { threw: boolean; error: unknown } {
  try {
    const result = call();
    if (
      result !== null &&
      typeof result === 'object' &&
      typeof (result as PromiseLike<unknown>).then === 'function'
    ) {
      Promise.resolve(result).catch(() => undefined);
    }
    return { threw: false, error: undefined };
  } catch (error) {
    return { threw: true, error };
  }
}
