// `npm run workshop` end to end: a real workshop server, reached by a "learner's
// device" through a real network interface of this machine, not through loopback.
//
// The learner's device is a network namespace this test creates, joined to this
// machine by a veth pair (a virtual cable) on a private /30 subnet of its own. The
// namespace has no other link and no route out, so the only traffic is between the
// namespace and the workshop server; nothing goes to any other address.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const localNode = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
const node = existsSync(localNode) ? localNode : process.execPath;

/** Why this test cannot run here, if it cannot. */
function cannotRun(): string | undefined {
  if (process.platform !== 'linux') return 'the workshop test needs Linux network namespaces';
  if (process.getuid?.() !== 0) return 'the workshop test needs root to create a test network (ip netns)';
  if (spawnSync('ip', ['-V'], { timeout: 5_000 }).status !== 0) {
    return 'the workshop test needs the `ip` command (Debian package iproute2)';
  }
  return undefined;
}

function ip(...args: string[]): string {
  const result = spawnSync('ip', args, { encoding: 'utf8', timeout: 10_000 });
  if (result.status !== 0) throw new Error(`ip ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return result.stdout;
}

interface TestNet {
  namespace: string;
  hostLink: string;
  guestLink: string;
  hostAddress: string;
  guestAddress: string;
}

/** Names and addresses unique to this run, so parallel runs never collide. */
function planTestNet(): TestNet {
  const id = randomBytes(3).toString('hex');
  const taken = ip('-4', '-o', 'addr', 'show');
  const free = Array.from({ length: 256 }, (_, i) => i).filter((r) => !taken.includes(` 10.231.${r}.`));
  const r = free[randomInt(free.length)];
  return {
    namespace: `ps-ws-${id}`,
    hostLink: `veth-ps${id}0`,
    guestLink: `veth-ps${id}1`,
    hostAddress: `10.231.${r}.1`,
    guestAddress: `10.231.${r}.2`,
  };
}

function createTestNet(net: TestNet): void {
  ip('netns', 'add', net.namespace);
  ip('link', 'add', net.hostLink, 'type', 'veth', 'peer', 'name', net.guestLink);
  ip('link', 'set', net.guestLink, 'netns', net.namespace);
  ip('addr', 'add', `${net.hostAddress}/30`, 'dev', net.hostLink);
  ip('link', 'set', net.hostLink, 'up');
  ip('-n', net.namespace, 'addr', 'add', `${net.guestAddress}/30`, 'dev', net.guestLink);
  ip('-n', net.namespace, 'link', 'set', net.guestLink, 'up');
  ip('-n', net.namespace, 'link', 'set', 'lo', 'up');
}

/** Removes what createTestNet made, even half-made; errors are ignored. */
function removeTestNet(net: TestNet): void {
  spawnSync('ip', ['link', 'del', net.hostLink], { timeout: 10_000 });
  spawnSync('ip', ['netns', 'del', net.namespace], { timeout: 10_000 });
}

/** A port free on all interfaces right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '0.0.0.0', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Workshop {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWorkshop(port: number): Workshop {
  const child = spawn(node, ['scripts/workshop.mjs', '--no-build', '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const workshop: Workshop = {
    child,
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (workshop.stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (workshop.stderr += chunk));
  return workshop;
}

function describeOutput(workshop: Workshop): string {
  return `\n--- stdout ---\n${workshop.stdout}\n--- stderr ---\n${workshop.stderr}`;
}

/** Waits until the workshop's output matches, it exits, or time runs out. */
function waitForOutput(workshop: Workshop, pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const stdout = workshop.child.stdout;
    const finish = (error?: Error) => {
      clearTimeout(timer);
      stdout?.off('data', check);
      workshop.child.off('exit', exited);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (pattern.test(workshop.stdout)) finish();
    };
    const exited = () =>
      finish(new Error(`The workshop stopped before printing ${pattern}.${describeOutput(workshop)}`));
    const timer = setTimeout(
      () => finish(new Error(`The workshop did not print ${pattern} within ${ms} ms.${describeOutput(workshop)}`)),
      ms,
    );
    stdout?.on('data', check);
    workshop.child.on('exit', exited);
    if (workshop.child.exitCode !== null || workshop.child.signalCode !== null) exited();
    else check();
  });
}

/** Fetches a URL from inside the namespace, as a learner's device on that network would. */
function fetchFromNamespace(
  namespace: string,
  url: string,
): Promise<{ status: number; type: string | null; body: string }> {
  const script = `fetch(process.argv[1], { redirect: 'manual', signal: AbortSignal.timeout(10000) }).then(
    async (r) => console.log(JSON.stringify({ status: r.status, type: r.headers.get('content-type'), body: await r.text() })),
    (e) => { console.error(String(e && e.cause ? e.cause : e)); process.exit(1); })`;
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/proxy/i.test(name)));
  return new Promise((resolve, reject) => {
    execFile(
      'ip',
      ['netns', 'exec', namespace, node, '-e', script, url],
      { env, timeout: 15_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Fetching ${url} inside ${namespace} failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout));
      },
    );
  });
}

function receivedPackets(link: string): number {
  return Number(readFileSync(`/sys/class/net/${link}/statistics/rx_packets`, 'utf8'));
}

test.describe.configure({ mode: 'serial' });

test.describe('npm run workshop', () => {
  const reason = cannotRun();
  test.skip(reason !== undefined, reason ?? '');

  let net: TestNet | undefined;
  let workshop: Workshop | undefined;
  let port = 0;

  test.beforeAll(async () => {
    // The test network must exist before the workshop starts: it lists the
    // network interfaces once, when it starts.
    net = planTestNet();
    createTestNet(net);
    port = await freePort();
    workshop = startWorkshop(port);
    await waitForOutput(workshop, /Press Ctrl\+C to stop/, 20_000);
  });

  test.afterAll(async () => {
    if (workshop && workshop.child.exitCode === null && workshop.child.signalCode === null) {
      workshop.child.kill('SIGKILL');
      await Promise.race([workshop.exit, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    if (net) removeTestNet(net);
  });

  test('lists the test network among the learner addresses and draws a QR code', () => {
    if (!workshop || !net) throw new Error('beforeAll did not start the workshop');
    const out = workshop.stdout;
    expect(out).toContain('ready for your workshop');
    const learnerLines = out.split('\n').filter((line) => /^\s+http:\/\/\d+\.\d+\.\d+\.\d+:\d+\//.test(line));
    expect(learnerLines.join('\n')).toContain(`http://${net.hostAddress}:${port}/`);
    expect(out).not.toMatch(/http:\/\/(127\.|169\.254\.)/);
    expect(out).toContain(`On this laptop itself, open http://localhost:${port}/`);

    const firstUrl = learnerLines[0]?.trim().split(/\s+/)[0];
    expect(out).toContain(`Or scan this QR code with a phone camera to open ${firstUrl}`);
    // The terminal QR code is drawn with half and full blocks, two rows of dots a line.
    const qrLines = out.split('\n').filter((line) => (line.match(/[█▀▄]/g) ?? []).length >= 5);
    expect(qrLines.length, `QR code lines in:${describeOutput(workshop)}`).toBeGreaterThanOrEqual(10);
    expect(out.indexOf(qrLines[0] ?? '')).toBeGreaterThan(out.indexOf(firstUrl ?? ''));
  });

  test('a device on the test network opens the home page through the non-loopback interface', async () => {
    if (!workshop || !net) throw new Error('beforeAll did not start the workshop');
    // From inside the namespace, the workshop's address is reachable only over the veth link.
    expect(ip('-n', net.namespace, 'route', 'get', net.hostAddress)).toContain(`dev ${net.guestLink}`);
    const before = receivedPackets(net.hostLink);

    const response = await fetchFromNamespace(net.namespace, `http://${net.hostAddress}:${port}/en/`);

    expect(response.status).toBe(200);
    expect(response.type).toContain('text/html');
    expect(response.body).toMatch(/^<!DOCTYPE html>/i);
    expect(response.body).toContain('<html lang="en"');
    expect(response.body).toContain('<title>Poetical Science</title>');
    expect(receivedPackets(net.hostLink)).toBeGreaterThan(before);
  });

  test('stops cleanly on SIGTERM', async () => {
    if (!workshop) throw new Error('beforeAll did not start the workshop');
    workshop.child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
    const result = await Promise.race([workshop.exit, timeout]);
    expect(result, `exit after SIGTERM${describeOutput(workshop)}`).toEqual({ code: 0, signal: null });
    expect(workshop.stdout).toContain('Stopping the workshop server');
  });
});
