// Errors in Stripe's wire shape: `{ error: { type, code, message, param } }` with the HTTP status
// the stripe library maps to its error classes (400/404 → StripeInvalidRequestError, 401 → auth).
export class LocalStripeError extends Error {
  constructor(
    readonly status: number,
    readonly type: 'invalid_request_error' | 'api_error' | 'idempotency_error' | 'card_error',
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  toBody() {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code } : {}),
        ...(this.param ? { param: this.param } : {}),
      },
    };
  }
}

export const resourceMissing = (kind: string, id: string, param = 'id') =>
  new LocalStripeError(404, 'invalid_request_error', `No such ${kind}: '${id}'`, 'resource_missing', param);

export const parameterMissing = (param: string) =>
  new LocalStripeError(
    400,
    'invalid_request_error',
    `Missing required param: ${param}.`,
    'parameter_missing',
    param,
  );
