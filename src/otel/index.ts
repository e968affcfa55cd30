/**
 * `smartrecruiters-sdk/otel`: OpenTelemetry tracing for the client, following OpenTelemetry's
 * semantic conventions for HTTP client spans (https://opentelemetry.io/docs/specs/semconv/http/http-spans/).
 * Needs `@opentelemetry/api` (an optional peer dependency); the rest of the SDK never loads it.
 *
 * ```ts
 * import { SmartRecruiters } from 'smartrecruiters-sdk';
 * import { openTelemetry } from 'smartrecruiters-sdk/otel';
 *
 * const sr = new SmartRecruiters({ telemetry: openTelemetry() });
 * ```
 *
 * Each request (all its attempts) is one `CLIENT` span named `GET /jobs/{jobId}` (method and path
 * template), a child of the span active when it was made, with:
 * - `http.request.method`, `server.address`, `server.port`, `url.full` (every query value
 *   `REDACTED`, never credentials), `url.template`, `http.response.status_code`,
 *   `http.request.resend_count` (when resent), `error.type` (the status, or the error's name);
 *   `smartrecruiters.request_id` (the SDK's id, also on the response and errors) and
 *   `smartrecruiters.sr_request_id` (SmartRecruiters' own, when it sent one);
 * - events `smartrecruiters.attempt`, `smartrecruiters.response` (status and duration of each
 *   attempt), `smartrecruiters.retry` (delay and reason), `smartrecruiters.credential_wait` and
 *   `smartrecruiters.rate_limit_wait` (how long the attempt waited for its token and for the rate
 *   limiter);
 * - on failure, status `ERROR` and the exception recorded with its name and the SDK's own
 *   description (status, SR error code, method, path template): never SmartRecruiters' message,
 *   which may echo personal data.
 *
 * @module smartrecruiters-sdk/otel
 */
import {
  type Attributes,
  context as otelContext,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import { APIError, SmartRecruitersError } from '../core/errors.js';
import type {
  RequestTelemetry,
  Telemetry,
  TelemetryOutcome,
  TelemetryResponse,
  TelemetryRetry,
  TelemetryWait,
} from '../core/telemetry.js';
import { SDK_VERSION } from '../version.js';

/** Options of `openTelemetry`. */
export interface OpenTelemetryOptions {
  /** Where the tracer comes from. Default: the global tracer provider (`trace.getTracerProvider()`). */
  tracerProvider?: TracerProvider | undefined;
  /**
   * Send W3C trace context (`traceparent`, and `tracestate` when set) with each request, so that
   * SmartRecruiters' side of a request can join your trace. Only these two headers (never
   * baggage), only to the base URL's origin: never after a redirect to another origin, never to
   * the OAuth token endpoint. Default `false`: SmartRecruiters is a third party.
   */
  propagateContext?: boolean | undefined;
}

/** The name the SDK's tracer goes by (its instrumentation scope). */
export const TRACER_NAME = 'smartrecruiters-sdk';

// HTTP methods OpenTelemetry knows by name; any other is `_OTHER`.
const KNOWN_METHODS = new Set([
  'CONNECT',
  'DELETE',
  'GET',
  'HEAD',
  'OPTIONS',
  'PATCH',
  'POST',
  'PUT',
  'TRACE',
]);

/**
 * Traces every request of a client with OpenTelemetry: pass it as the client's `telemetry` option.
 * See the module's documentation for the span, its attributes and events.
 */
export function openTelemetry(options: OpenTelemetryOptions = {}): Telemetry {
  const tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(TRACER_NAME, SDK_VERSION);
  const propagate = options.propagateContext === true;
  return {
    start(request) {
      const url = new URL(request.url);
      const method = request.method.toUpperCase();
      const attributes: Attributes = {
        'http.request.method': KNOWN_METHODS.has(method) ? method : '_OTHER',
        'server.address': url.hostname,
        'server.port': url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port),
        'url.full': request.url,
        'url.template': request.path,
        'smartrecruiters.request_id': request.requestId,
      };
      if (!KNOWN_METHODS.has(method)) attributes['http.request.method_original'] = request.method;
      const span = tracer.startSpan(
        `${method} ${request.path}`,
        { kind: SpanKind.CLIENT, attributes },
        otelContext.active(),
      );
      return new SpanTelemetry(span, propagate && request.authenticated ? traceHeaders(span) : undefined);
    },
  };
}

/** W3C trace context of `span`, or none when it has no valid context (no tracer registered). */
function traceHeaders(span: Span): Record<string, string> | undefined {
  const spanContext = span.spanContext();
  if (!trace.isSpanContextValid(spanContext)) return undefined;
  const flags = (spanContext.traceFlags & 0xff).toString(16).padStart(2, '0');
  const headers: Record<string, string> = {
    traceparent: `00-${spanContext.traceId}-${spanContext.spanId}-${flags}`,
  };
  const state = spanContext.traceState?.serialize();
  if (state) headers.tracestate = state;
  return headers;
}

/** One request's span. */
class SpanTelemetry implements RequestTelemetry {
  private sends = 0;

  constructor(
    private readonly span: Span,
    readonly headers: Readonly<Record<string, string>> | undefined,
  ) {}

  attempt({ attempt }: { attempt: number }): void {
    this.sends += 1;
    this.span.addEvent('smartrecruiters.attempt', { 'smartrecruiters.attempt': attempt });
  }

  response(info: TelemetryResponse): void {
    this.span.addEvent('smartrecruiters.response', {
      'smartrecruiters.attempt': info.attempt,
      'http.response.status_code': info.status,
      'smartrecruiters.duration_ms': info.durationMs,
    });
  }

  retry(info: TelemetryRetry): void {
    const attributes: Attributes = {
      'smartrecruiters.attempt': info.attempt,
      'smartrecruiters.retry.delay_ms': info.delayMs,
      'smartrecruiters.retry.reason': info.reason,
    };
    if (info.status !== undefined) attributes['http.response.status_code'] = info.status;
    this.span.addEvent('smartrecruiters.retry', attributes);
  }

  waited(info: TelemetryWait): void {
    this.span.addEvent(`smartrecruiters.${info.kind}_wait`, {
      'smartrecruiters.attempt': info.attempt,
      'smartrecruiters.wait_ms': info.durationMs,
    });
  }

  end({ status, error, srRequestId }: TelemetryOutcome): void {
    const attributes: Attributes = {};
    if (status !== undefined) attributes['http.response.status_code'] = status;
    if (this.sends > 1) attributes['http.request.resend_count'] = this.sends - 1;
    if (srRequestId !== undefined) attributes['smartrecruiters.sr_request_id'] = srRequestId;
    if (error !== undefined) {
      const name = error instanceof Error ? error.name : 'Error';
      attributes['error.type'] = status !== undefined && status >= 400 ? String(status) : name;
      this.span.recordException({ name, message: describeError(error) });
      this.span.setStatus({ code: SpanStatusCode.ERROR, message: name });
    }
    this.span.setAttributes(attributes);
    this.span.end();
  }
}

/**
 * What the span says of an error: the SDK's own description, never SmartRecruiters' message (it
 * may echo a candidate's data) nor that of an error the SDK did not make.
 */
function describeError(error: unknown): string {
  if (error instanceof APIError) {
    const where = error.request ? ` (${error.request.method} ${error.request.path})` : '';
    return `${error.status}${error.code ? ` ${error.code}` : ''}${where}`;
  }
  if (error instanceof SmartRecruitersError) return error.message;
  return error instanceof Error ? error.name : 'Error';
}

export type {
  RequestTelemetry,
  Telemetry,
  TelemetryAttempt,
  TelemetryOutcome,
  TelemetryRequest,
  TelemetryResponse,
  TelemetryRetry,
  TelemetryWait,
} from '../core/telemetry.js';
