// The calendar feed token is the one secret in a URL: anything that logs a request path logs this.
const FEED = /(\/calendar\/feed\/)[^/?#]*/g;

export const redactPath = (path: string): string => path.replace(FEED, '$1[redacted]');
