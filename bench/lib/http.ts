/** A small keep-alive HTTP client for the bench (node:http; no extra dependency). */
import { createReadStream } from 'node:fs';
import { Agent, request } from 'node:http';

export interface Reply {
  readonly status: number;
  readonly body: string;
}

export function keepAliveAgent(sockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
}

function send(
  agent: Agent,
  method: string,
  url: string,
  headers: Record<string, string>,
  write: (req: ReturnType<typeof request>) => void,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    write(req);
  });
}

export function postJson(agent: Agent, url: string, key: string, body: unknown): Promise<Reply> {
  const payload = JSON.stringify(body);
  return send(
    agent,
    'POST',
    url,
    {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
      authorization: `Bearer ${key}`,
    },
    (req) => req.end(payload),
  );
}

export function getJson(agent: Agent, url: string, key: string): Promise<Reply> {
  return send(agent, 'GET', url, { authorization: `Bearer ${key}` }, (req) => req.end());
}

/** Streams a file as the request body (the import route reads it line by line as it arrives). */
export function postFile(agent: Agent, url: string, key: string, file: string, contentType: string): Promise<Reply> {
  return send(agent, 'POST', url, { 'content-type': contentType, authorization: `Bearer ${key}` }, (req) => {
    createReadStream(file).pipe(req);
  });
}

export function expectStatus(reply: Reply, ok: readonly number[], what: string): void {
  if (!ok.includes(reply.status)) throw new Error(`${what}: HTTP ${reply.status} ${reply.body.slice(0, 500)}`);
}
