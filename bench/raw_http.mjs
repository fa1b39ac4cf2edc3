// A minimal HTTP/1.1 client over one kept-alive socket (bench/http_bench.mjs's report → ranking,
// bench/eligibility-http.mjs): a request written as one string, the answer read by its
// Content-Length — none of the node:http or fetch machinery in the time measured.
import net from 'node:net';

// Used for report → ranking (--rtr-client raw, the default) so that the figure carries the
// server's time and the loopback's rather than Node's http module (which cost 0.5–1 ms a request
// on the shared machine; --rtr-client node measures through it), and for the eligibility pages.
export class RawSession {
  constructor(port, session) {
    this.port = port; this.cookie = session.cookie; this.csrf = session.csrf;
    this.chunks = []; this.have = 0; this.head = null; this.waiting = null;
    this.firstByte = 0;  // performance.now() of the first bytes of the answer awaited
  }
  connect() {
    return new Promise((resolve, reject) => {
      this.sock = net.connect(this.port, '127.0.0.1', resolve);
      this.sock.setNoDelay(true);
      this.sock.on('error', (e) => { if (this.waiting) this.waiting.reject(e); else reject(e); });
      this.sock.on('data', (d) => {
        if (this.waiting && !this.firstByte) this.firstByte = performance.now();
        this.chunks.push(d); this.have += d.length; this.parse();
      });
    });
  }
  // The bytes received so far as one buffer (joined once per answer: a large body arrives in many
  // chunks, and joining at each would copy it over and over).
  joined() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.have)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  parse() {
    if (!this.waiting) return;
    if (!this.head) {
      const buf = this.joined();
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const lines = buf.subarray(0, end).toString('latin1').split('\r\n');
      const headers = {};
      for (const line of lines.slice(1)) { const i = line.indexOf(':'); headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim(); }
      this.head = { status: Number(lines[0].split(' ')[1]), headers, start: end + 4, len: Number(headers['content-length'] || 0) };
    }
    const { status, headers, start, len } = this.head;
    if (this.have < start + len) return;
    const buf = this.joined();
    const lastByte = performance.now();
    // The body's bytes (a view of the joined buffer: net's buffers are not reused); decoded to text
    // and parsed only when asked for (`.text`, `.body`): Node 20's UTF-8 decoding of the eligibility
    // pages (a fifth of their bytes Vietnamese letters) cost ~10 ms CPU for 1.4 MB, more than the
    // server's handler — the caller decides whether that is in what it times.
    const bytes = buf.subarray(start, start + len);
    const rest = buf.subarray(start + len);
    this.chunks = rest.length ? [rest] : []; this.have = rest.length; this.head = null;
    const w = this.waiting; this.waiting = null;
    const firstByte = this.firstByte; this.firstByte = 0;
    let text, parsed;
    const json = headers['content-type']?.startsWith('application/json');
    w.resolve({ status, headers, bytes, firstByte, lastByte,
      get text() { if (text === undefined) text = bytes.toString('utf8'); return text; },
      get body() {
        if (parsed === undefined) { parsed = null; if (json) try { parsed = JSON.parse(this.text); } catch { /* not JSON */ } }
        return parsed;
      } });
  }
  req(method, path, body) {
    const data = body === undefined ? '' : JSON.stringify(body);
    let h = `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nCookie: ${this.cookie}\r\n`;
    if (method !== 'GET' && this.csrf) h += `X-CSRF-Token: ${this.csrf}\r\n`;
    if (body !== undefined) h += `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(data)}\r\n`;
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject }; this.firstByte = 0; this.sock.write(h + '\r\n' + data);
    });
  }
  close() { this.sock.destroy(); }
}
