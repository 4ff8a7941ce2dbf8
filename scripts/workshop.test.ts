import { describe, expect, it } from 'vitest';
import { learnerAddresses, learnerInterfaces, needsBuild, parseOptions } from './workshop.mjs';

const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal });
const v6 = (address: string, internal = false) => ({ address, family: 'IPv6', internal });

describe('learnerAddresses', () => {
  it('lists reachable IPv4 addresses with the port, Wi-Fi first, and leaves out loopback, link-local and IPv6', () => {
    const interfaces = {
      lo: [v4('127.0.0.1', true), v6('::1', true)],
      eth0: [v4('192.168.1.20'), v6('fe80::1')],
      docker0: [v4('172.17.0.1')],
      wlan0: [v4('10.0.0.7'), v6('fd00::7')],
      eth1: [v4('169.254.3.4')],
    };
    expect(learnerAddresses(interfaces, 4321)).toEqual([
      'http://10.0.0.7:4321/',
      'http://192.168.1.20:4321/',
      'http://172.17.0.1:4321/',
    ]);
  });

  it('knows the Wi-Fi names of Linux, macOS and Windows, and keeps the system order otherwise', () => {
    const interfaces = {
      en1: [v4('192.168.0.9')],
      en0: [v4('192.168.0.8')],
      'Ethernet 2': [v4('10.1.0.2')],
      'Wi-Fi': [v4('10.1.0.3')],
      wlp2s0: [v4('10.1.0.4')],
      'vEthernet (WSL)': [v4('172.20.0.1')],
      utun3: [v4('100.64.0.5')],
      bridge100: [v4('192.168.2.1')],
    };
    expect(learnerInterfaces(interfaces, 80).map((i) => i.name)).toEqual([
      'en0',
      'Wi-Fi',
      'wlp2s0',
      'en1',
      'Ethernet 2',
      'bridge100',
      'vEthernet (WSL)',
      'utun3',
    ]);
  });

  it('accepts the numeric family some Node versions report, and lists an address only once', () => {
    const interfaces = {
      wlan0: [{ address: '192.168.43.5', family: 4, internal: false }],
      alias: [v4('192.168.43.5')],
    };
    expect(learnerAddresses(interfaces, 4322)).toEqual(['http://192.168.43.5:4322/']);
  });

  it('returns nothing when the machine is on no network', () => {
    expect(
      learnerAddresses({ lo: [v4('127.0.0.1', true)], eth0: [v4('169.254.10.1')], wlan0: undefined }, 4321),
    ).toEqual([]);
    expect(learnerAddresses({}, 4321)).toEqual([]);
  });
});

describe('needsBuild', () => {
  it('builds when there is no built site yet', () => {
    expect(needsBuild(undefined, [])).toBe(true);
    expect(needsBuild(null, [1])).toBe(true);
  });

  it('builds when a source is newer than the built site, and only then', () => {
    expect(needsBuild(1000, [10, 999, 1000])).toBe(false);
    expect(needsBuild(1000, [10, 1001, 20])).toBe(true);
    expect(needsBuild(1000, [])).toBe(false);
  });

  it('reads the source times lazily, stopping at the first newer one', () => {
    const seen: number[] = [];
    function* times() {
      for (const t of [5, 2000, 7]) {
        seen.push(t);
        yield t;
      }
    }
    expect(needsBuild(1000, times())).toBe(true);
    expect(seen).toEqual([5, 2000]);
  });
});

describe('parseOptions', () => {
  it('defaults to port 4321 and builds only when needed', () => {
    expect(parseOptions([])).toEqual({ port: 4321, build: 'auto', help: false });
  });

  it('reads --port in both spellings, --build and --no-build', () => {
    expect(parseOptions(['--port', '8080', '--no-build'])).toEqual({ port: 8080, build: 'never', help: false });
    expect(parseOptions(['--port=5000', '--build'])).toEqual({ port: 5000, build: 'always', help: false });
  });

  it('explains a wrong port or an unknown option', () => {
    expect(() => parseOptions(['--port'])).toThrow(/whole number/);
    expect(() => parseOptions(['--port', '70000'])).toThrow(/whole number/);
    expect(() => parseOptions(['--port', 'abc'])).toThrow(/whole number/);
    expect(() => parseOptions(['--host'])).toThrow(/do not know the option "--host"/);
  });
});
