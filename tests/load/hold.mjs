// Holds connections open against a server while a load run measures it:
//   node tests/load/hold.mjs PORT IDLE SLOW
// IDLE connections connect and send nothing; SLOW connections send a request
// one byte every second and never finish it. Prints "holding N" once all are
// connected, keeps them open (reopening any the server closes) until SIGTERM,
// then prints how many the server closed.
import { connect } from 'node:net';

const [port, idle, slow] = process.argv.slice(2).map(Number);
const request = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(4000) + '\r\n\r\n';
let closedByServer = 0;
let connected = 0;
let stopping = false;
const sockets = new Set();

function open(kind) {
  const s = connect({ port, host: '127.0.0.1' });
  let sent = 0;
  let timer = null;
  sockets.add(s);
  s.on('connect', () => {
    connected++;
    if (connected === idle + slow) console.log(`holding ${connected}`);
    if (kind === 'slow')
      timer = setInterval(() => {
        if (sent < request.length) s.write(request[sent++]);
      }, 1000);
  });
  s.on('data', () => {});
  s.on('error', () => {});
  s.on('close', () => {
    clearInterval(timer);
    sockets.delete(s);
    if (stopping) return;
    closedByServer++;
    setTimeout(() => open(kind), 100);
  });
}

for (let i = 0; i < idle; i++) open('idle');
for (let i = 0; i < slow; i++) open('slow');

process.on('SIGTERM', () => {
  stopping = true;
  console.log(`closed_by_server ${closedByServer}`);
  for (const s of sockets) s.destroy();
  process.exit(0);
});
