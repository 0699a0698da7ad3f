import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Compresses answers (GraphQL, HTML, CSV) with brotli or gzip, whichever the client accepts
 * (brotli preferred). Small answers are sent as they are: below about 1 kB compression costs more
 * than it saves. Static assets are compressed once at build time and served by serveWebApp; this
 * middleware leaves an answer alone when it already has a Content-Encoding.
 */
export function compressAnswers(): RequestHandler {
  return compression({
    threshold: 1024,
    // Brotli quality 4 (the package default) is about as fast as gzip 6 and a little smaller.
    level: 6,
  });
}
