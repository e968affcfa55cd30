/**
 * Path-template router. Templates use SR's `{param}` syntax; when several templates match, the one
 * with more literal segments wins (`/users/me` over `/users/{id}`), then the one whose first literal comes
 * earlier (`/candidates/attachments/{id}` over `/candidates/{id}/tags`). A path that matches a template
 * under another method yields the allowed methods (for a 405).
 */
import { trimEndChar } from '../internal/text.js';

/** A matched route. */
export interface RouteMatch<R> {
  route: R;
  params: Record<string, string>;
}

interface Compiled<R> {
  method: string;
  segments: Array<{ literal: string } | { param: string }>;
  literalCount: number;
  route: R;
}

/** Splits a path into decoded segments; `undefined` when a segment is not valid percent-encoding. */
export function splitPath(path: string): string[] | undefined {
  const trimmed = trimEndChar(path, '/');
  const raw = trimmed.split('/').slice(1);
  try {
    return raw.map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

/** More literal segments wins; on a tie, the first literal where the other has a parameter wins. */
function moreSpecific<R>(a: Compiled<R>, b: Compiled<R>): boolean {
  if (a.literalCount !== b.literalCount) return a.literalCount > b.literalCount;
  for (let i = 0; i < a.segments.length; i++) {
    const la = 'literal' in (a.segments[i] ?? {});
    const lb = 'literal' in (b.segments[i] ?? {});
    if (la !== lb) return la;
  }
  return false;
}

/** Routes keyed by method and path template. */
export class Router<R extends { method: string; path: string }> {
  private readonly routes: Compiled<R>[] = [];

  /** Registers a route. */
  add(route: R): void {
    const segments = route.path
      .split('/')
      .slice(1)
      .map((s) => {
        const match = /^\{(\w+)\}$/.exec(s);
        return match?.[1] ? { param: match[1] } : { literal: s };
      });
    this.routes.push({
      method: route.method.toUpperCase(),
      segments,
      literalCount: segments.filter((s) => 'literal' in s).length,
      route,
    });
  }

  /** Every registered route. */
  all(): R[] {
    return this.routes.map((r) => r.route);
  }

  /**
   * Finds the route for `method` and `path`. Returns `{ allowed }` when the path exists under other
   * methods only, and `undefined` when no template matches the path.
   */
  match(method: string, path: string): RouteMatch<R> | { allowed: string[] } | undefined {
    const parts = splitPath(path);
    if (!parts) return undefined;
    let best: { compiled: Compiled<R>; params: Record<string, string> } | undefined;
    const allowed = new Set<string>();
    for (const compiled of this.routes) {
      if (compiled.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      compiled.segments.forEach((segment, i) => {
        const part = parts[i] as string;
        if ('literal' in segment) {
          if (segment.literal !== part) ok = false;
        } else if (part === '') ok = false;
        else params[segment.param] = part;
      });
      if (!ok) continue;
      if (compiled.method !== method.toUpperCase()) {
        allowed.add(compiled.method);
        continue;
      }
      if (!best || moreSpecific(compiled, best.compiled)) best = { compiled, params };
    }
    if (best) return { route: best.compiled.route, params: best.params };
    return allowed.size > 0 ? { allowed: [...allowed].sort() } : undefined;
  }
}
