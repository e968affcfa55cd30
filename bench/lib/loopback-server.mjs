// A loopback HTTP server in its own process, so that its work does not share the event loop of
// the client being measured. Answers JSON on every path: `/large` about 50 KB (a page of records),
// anything else a small object. Prints its port once listening, exits when stdin closes.
import { createServer } from 'node:http';

const small = JSON.stringify({ id: 'a1b2c3', name: 'Software Engineer', status: 'OPEN', count: 3 });
const record = (i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: `ada.${i}@example.com`,
  createdOn: '2026-01-01T00:00:00.000Z',
  updatedOn: '2026-01-02T00:00:00.000Z',
  location: { country: 'United Kingdom', countryCode: 'gb', city: 'London', lat: 51.5, lng: -0.12 },
  tags: ['mathematics', 'analytical-engine'],
  actions: { details: { url: `https://api.smartrecruiters.com/candidates/${i}`, method: 'GET' } },
});
const records = [];
let large = '';
for (let i = 0; large.length < 50 * 1024; i++) {
  records.push(record(i));
  large = JSON.stringify({ totalFound: records.length, content: records });
}

const server = createServer((request, response) => {
  const body = request.url?.startsWith('/large') ? large : small;
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
