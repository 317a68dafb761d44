import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SERVED_HOSTS, loadCertificate } from './certs.mjs';
import { E2E_DIR, buildRoutes } from './routes.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/**
 * Serves the fixture pages on one loopback port for both http and https: Chromium's host-resolver rules
 * send www.linkedin.com and www.xing.com here, and the first byte of a connection tells TLS (0x16) from
 * plain HTTP, so tests visit the real URLs as a user would. Firefox has no resolver rules: it uses this
 * port as its HTTP proxy instead (absolute URLs, and CONNECT for https, whose tunnel ends in the TLS server
 * here). The proxy never connects anywhere else: other hosts get 404 or a refused tunnel.
 */
export async function startFixtureServer({ routes = buildRoutes(), delayMs = 0 } = {}) {
  const handler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = (url.host === 'x' ? req.headers.host : url.host)?.replace(/:\d+$/, '');
    if (host && !SERVED_HOSTS.includes(host) && host !== '127.0.0.1' && host !== 'localhost') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not served');
      return;
    }
    // LinkedIn answers with or without the trailing slash; so do we.
    const file = routes.get(url.pathname) ?? routes.get(`${url.pathname}/`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = await readFile(file);
    const ext = file.slice(file.lastIndexOf('.'));
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  };
  const plain = http.createServer(handler);
  const secure = https.createServer(loadCertificate(join(E2E_DIR, '.certs')), handler);
  plain.on('connect', (req, socket) => {
    const [host] = (req.url ?? '').split(':');
    if (!SERVED_HOSTS.includes(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => secure.emit('connection', socket));
  });
  const sockets = new Set();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address();
  return {
    port,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => front.close(resolve));
    },
  };
}
