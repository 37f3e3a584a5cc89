// The web baseline: a bare node:http server answering every request with one fixed HTML page of
// the given size, as fast as Node can. Prints its URL on stdout once listening.
//   node bench/bare-server.mjs BYTES
import { createServer } from 'node:http';

const bytes = Number(process.argv[2] ?? 1024);
const head = '<!DOCTYPE html><html><head><title>bare</title></head><body><p>';
const tail = '</p></body></html>';
const page = Buffer.from(head + 'x'.repeat(Math.max(0, bytes - head.length - tail.length)) + tail);

const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.byteLength });
  res.end(page);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`http://127.0.0.1:${address.port}/\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
