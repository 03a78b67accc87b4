/**
 * The request header that carries each request's id: proxy.ts sets it on every request (replacing
 * whatever a client sent) and on the response, the audit log stores it, and an unexpected error's
 * reference is its start. One id per request ties the three together.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
