import { describe, expect, it } from 'vitest';
import { withRedis } from '../../src/redis/connection.js';
import { RedisUnavailableError } from '../../src/redis/errors.js';
import { freeze, newRedis, uniquePrefix } from './helpers.js';

describe('withRedis: every wait on Redis is bounded', () => {
  it('an answer that came while this process was paused is read before its timeout counts', async () => {
    const redis = newRedis();
    await redis.ping();
    // Redis answers this one after 100 ms.
    const answer = withRedis(redis, 'test', 200, () => redis.blpop(`${uniquePrefix()}empty`, 0.1));
    await new Promise((resolve) => setImmediate(resolve)); // the command is on its way
    // Paused past the 200 ms timeout (SIGSTOP, a blocked event loop): the answer is already here.
    freeze(400);
    await expect(answer).resolves.toBeNull();
  });

  it('a command answered only after this process resumed still gets its whole time', async () => {
    const redis = newRedis();
    await redis.ping();
    // The answer comes 50 ms after the pause ends (a command written to the socket as the process
    // resumed): its first timer was due during the pause, its second only after the resume.
    const afterResume = () =>
      new Promise<string>((resolve) => setTimeout(() => setTimeout(() => resolve('answer'), 50), 1));
    const answer = withRedis(redis, 'test', 200, afterResume);
    await new Promise((resolve) => setImmediate(resolve)); // the wait has started
    freeze(800);
    await expect(answer).resolves.toBe('answer');
  });

  it('an event loop that stays blocked still ends the wait: a pause gives the time again once', async () => {
    const redis = newRedis();
    await redis.ping();
    let outcome: unknown;
    const answer = withRedis(redis, 'test', 200, () => new Promise<never>(() => {})).catch((e: unknown) => {
      outcome = e;
    });
    await new Promise((resolve) => setImmediate(resolve)); // the wait has started
    // Blocked past the timer each time it is due: the first pause gives the wait its time again,
    // the next ends it; the wait does not last as long as the blocking does.
    for (let pause = 0; pause < 4 && outcome === undefined; pause++) {
      freeze(600);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(outcome, 'ended while the event loop was still being blocked').toBeDefined();
    await answer;
    expect(outcome).toBeInstanceOf(RedisUnavailableError);
    expect(outcome).toMatchObject({ operation: 'test', reason: 'timeout' });
  });

  it('a command Redis does not answer in time is a timeout', async () => {
    const redis = newRedis();
    const error = await withRedis(redis, 'test', 200, () => redis.blpop(`${uniquePrefix()}empty`, 1)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect(error).toMatchObject({ operation: 'test', reason: 'timeout' });
  });
});
