// Unlike a form's text, a path has no place for tabs or line breaks either.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * Whether a request's path can name anything in the app: percent-escapes that decode to valid
 * UTF-8 and no control characters. Anything else is refused with 400 before a page reads it
 * (Next.js answers 500 to invalid UTF-8, and PostgreSQL refuses NUL in an id).
 */
export function isReadablePath(pathname: string): boolean {
  try {
    return !CONTROL_CHARACTERS.test(decodeURIComponent(pathname));
  } catch {
    // URIError: a malformed escape or invalid UTF-8.
    return false;
  }
}
