#!/usr/bin/env node
// `npm run workshop`: serves the built site to a room of learners on the local
// network (a Wi-Fi router or a phone hotspot, no internet needed). It prints the
// addresses learners can open and a QR code of the first one. Facilitators' guide:
// docs/workshop.md.
// Usage: node scripts/workshop.mjs [--port 4321] [--build | --no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const HOST = '0.0.0.0';
const DEFAULT_PORT = 4321;
/** How many ports after the asked-for one are tried when it is busy. */
const EXTRA_PORTS = 10;
/** What the built site is made from: if any of it is newer than dist/, build again. */
const SOURCES = ['src', 'lessons', 'public', 'astro.config.mjs'];

const USAGE = `Usage: npm run workshop -- [--port ${DEFAULT_PORT}] [--build | --no-build]
   or: node scripts/workshop.mjs [--port ${DEFAULT_PORT}] [--build | --no-build]

  --port N     serve on port N (default ${DEFAULT_PORT}); if it is busy, the next ${EXTRA_PORTS} are tried
  --build      build the site first, even if it looks up to date
  --no-build   never build; serve what is already in dist/`;

// Names of Wi-Fi adapters: wlan0, wlp2s0 (Linux), en0 (most Macs), "Wi-Fi" (Windows).
const WIFI = /^wl|^en0$|wi-?fi|wireless/i;
// Adapters learners' phones cannot reach: containers, virtual machines, VPNs.
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|vethernet|utun|tun|tap|zt|tailscale|wg)/i;

/** @param {string} name */
function rank(name) {
  if (WIFI.test(name)) return 0;
  if (VIRTUAL.test(name)) return 2;
  return 1;
}

/**
 * The addresses of this machine that other devices on the network can open, Wi-Fi
 * first, each with the name of its network adapter. Loopback, link-local
 * (169.254.x.x, which means "no network found") and IPv6 addresses are left out.
 * @param {Record<string, { address: string; family: string | number; internal: boolean }[] | undefined>} interfaces
 *   what `os.networkInterfaces()` returns
 * @param {number} port
 * @returns {{ name: string; address: string; url: string }[]}
 */
export function learnerInterfaces(interfaces, port) {
  /** @type {{ name: string; address: string; url: string }[]} */
  const found = [];
  const seen = new Set();
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      const ipv4 = entry.family === 'IPv4' || entry.family === 4;
      const { address } = entry;
      if (!ipv4 || entry.internal || address.startsWith('127.') || address.startsWith('169.254.')) continue;
      if (address === '0.0.0.0' || seen.has(address)) continue;
      seen.add(address);
      found.push({ name, address, url: `http://${address}:${port}/` });
    }
  }
  // Array sort is stable, so adapters of the same kind keep the system's order.
  return found.sort((a, b) => rank(a.name) - rank(b.name));
}

/**
 * The learner addresses as URLs, best first (see learnerInterfaces).
 * @param {Parameters<typeof learnerInterfaces>[0]} interfaces @param {number} port
 * @returns {string[]}
 */
export function learnerAddresses(interfaces, port) {
  return learnerInterfaces(interfaces, port).map((i) => i.url);
}

/**
 * Whether the site must be built: there is no build yet, or a source changed after it.
 * @param {number | undefined | null} distMtime modification time of dist/index.html (ms), if it exists
 * @param {Iterable<number>} sourceMtimes modification times of the sources (ms)
 */
export function needsBuild(distMtime, sourceMtimes) {
  if (distMtime === undefined || distMtime === null || Number.isNaN(distMtime)) return true;
  for (const mtime of sourceMtimes) if (mtime > distMtime) return true;
  return false;
}

/**
 * Reads the command line. Throws an Error with a message for a person on a mistake.
 * @param {string[]} argv the arguments after the script's name
 * @returns {{ port: number; build: 'auto' | 'always' | 'never'; help: boolean }}
 */
export function parseOptions(argv) {
  /** @type {{ port: number; build: 'auto' | 'always' | 'never'; help: boolean }} */
  const options = { port: DEFAULT_PORT, build: 'auto', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--build') options.build = 'always';
    else if (arg === '--no-build') options.build = 'never';
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const port = Number(value);
      if (!value || !Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(`The port must be a whole number from 1 to 65535, like --port ${DEFAULT_PORT}.`);
      }
      options.port = port;
    } else throw new Error(`I do not know the option "${arg}".`);
  }
  return options;
}

/** @param {string} path */
function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Modification times of every file and folder the site is built from. Folders count
 * too, so that deleting a lesson also asks for a new build.
 * @param {string} root
 */
function* sourceMtimes(root) {
  for (const source of SOURCES) {
    const path = join(root, source);
    const mtime = mtimeOf(path);
    if (mtime === undefined) continue;
    yield mtime;
    if (!statSync(path).isDirectory()) continue;
    for (const entry of readdirSync(path, { recursive: true })) {
      const entryMtime = mtimeOf(join(path, String(entry)));
      if (entryMtime !== undefined) yield entryMtime;
    }
  }
}

/** Runs `npm run build` with its output shown here. Returns whether it worked. */
function build() {
  // Under `npm run`, npm says where it lives; otherwise use the npm on the PATH.
  const npmCli = process.env.npm_execpath;
  const result =
    npmCli && /\.c?js$/.test(npmCli)
      ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' })
      : spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** Starts serve() on one port; rejects with the listen error (e.g. EADDRINUSE). @param {number} port */
function listenOn(port) {
  return serve({ root: DIST, port, host: HOST });
}

/**
 * Listens on the first free port from `first` to `first + EXTRA_PORTS`.
 * @param {number} first
 */
async function listen(first) {
  for (let port = first; port <= Math.min(first + EXTRA_PORTS, 65535); port++) {
    try {
      return { server: await listenOn(port), port };
    } catch (error) {
      const code = /** @type {{ code?: string }} */ (error).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    }
  }
  return undefined;
}

/** @param {string} url */
async function terminalQr(url) {
  try {
    return await QRCode.toString(url, { type: 'terminal', small: true });
  } catch {
    return undefined;
  }
}

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    console.error(USAGE);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }

  const index = join(DIST, 'index.html');
  const built = existsSync(index);
  if (options.build === 'always' || (options.build === 'auto' && needsBuild(mtimeOf(index), sourceMtimes(ROOT)))) {
    if (options.build === 'always') console.log('Building the site, as you asked. This takes a minute or two…\n');
    else if (built)
      console.log('Some lessons or pages changed since the last build, so I am building the site again…\n');
    else console.log('Building the site for the first time. This takes a minute or two…\n');
    if (!build()) {
      console.error('\nThe build did not finish; the messages above say why.');
      if (built) console.error('To serve the site as it was last built, run: npm run workshop -- --no-build');
      process.exit(1);
    }
    console.log('');
  }
  if (!existsSync(index)) {
    console.error('There is no built site in dist/ yet. Run `npm run workshop` without --no-build to build it.');
    process.exit(1);
  }

  const listening = await listen(options.port);
  if (!listening) {
    const last = Math.min(options.port + EXTRA_PORTS, 65535);
    console.error(`Ports ${options.port} to ${last} are all in use by other programs.`);
    console.error('Close the other program, or choose another port, for example: npm run workshop -- --port 8080');
    process.exit(1);
  }
  const { server, port } = listening;
  server.on('error', (error) => console.error(`The server hit a problem: ${error.message}`));

  const learners = learnerInterfaces(networkInterfaces(), port);
  const local = `http://localhost:${port}/`;
  const first = learners[0];
  const lines = [
    '',
    first ? 'Poetical Science is ready for your workshop.' : 'Poetical Science is running on this laptop.',
    '',
  ];
  if (port !== options.port) lines.push(`Port ${options.port} was busy, so the site uses port ${port} instead.`, '');
  if (first) {
    lines.push(
      'Learners: connect to the same Wi-Fi or hotspot as this laptop, then open',
      learners.length === 1
        ? 'this address (type it exactly, with the colon and the number):'
        : 'the first address (type it exactly, with the colon and the number).\nIf it does not open, try the next one:',
      '',
    );
    const width = Math.max(...learners.map((l) => l.url.length));
    for (const learner of learners) lines.push(`  ${learner.url.padEnd(width)}   (${learner.name})`);
    lines.push('', `On this laptop itself, open ${local}`, '');
    console.log(lines.join('\n'));

    const qr = await terminalQr(first.url);
    if (qr) console.log(`Or scan this QR code with a phone camera to open ${first.url}\n\n${qr}`);
    else console.log(`(The QR code could not be drawn. Learners can type ${first.url} instead.)\n`);
  } else {
    lines.push(
      "This laptop is not connected to any network yet, so learners' phones cannot reach it.",
      '',
      'To make a network without internet:',
      '  1. Turn on the hotspot on a phone. Mobile data can stay off.',
      '  2. Connect this laptop to that hotspot.',
      '  3. Learners connect their phones to the same hotspot.',
      '  4. Press Ctrl+C here, then run `npm run workshop` again:',
      '     it will show the address and a QR code for learners.',
      'A Wi-Fi router with no internet works just as well.',
      '',
      `On this laptop itself, open ${local}`,
      '',
    );
    console.log(lines.join('\n'));
  }
  console.log('Help for the day is in docs/workshop.md.');
  console.log('Keep this window open while learners use the site. Press Ctrl+C to stop.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the workshop server. Thank you for running the workshop!');
    server.close(() => process.exit(0));
    // Phones keep connections open; close them so the server stops now.
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`The workshop server could not start: ${error?.message ?? error}`);
    process.exit(1);
  });
}
