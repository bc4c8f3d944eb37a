/** Frames and recording ports for the network tests. */
import { parseMac, type Bridge, type BridgePort, type PortOptions } from '../../src';

/** An Ethernet frame dst ← src with EtherType `type` (or an 802.1Q tag first when `vid` is given). */
export function frame(dst: string, src: string, options: { vid?: number; pcp?: number; type?: number; payload?: number } = {}): Uint8Array {
  const payload = options.payload ?? 46;
  const tag = options.vid !== undefined ? 4 : 0;
  const f = new Uint8Array(14 + tag + payload);
  f.set(parseMac(dst) as Uint8Array, 0);
  f.set(parseMac(src) as Uint8Array, 6);
  let at = 12;
  if (options.vid !== undefined) {
    f[12] = 0x81;
    f[13] = 0x00;
    f[14] = ((options.pcp ?? 0) << 5) | (options.vid >> 8);
    f[15] = options.vid & 0xff;
    at = 16;
  }
  const type = options.type ?? 0x0800;
  f[at] = type >> 8;
  f[at + 1] = type & 0xff;
  for (let i = at + 2; i < f.length; i++) f[i] = (i - at) & 0xff;
  return f;
}

/** A port that keeps copies of what the bridge delivers to it. */
export interface RecordingPort {
  port: BridgePort;
  got: Uint8Array[];
}

export function plug(bridge: Bridge, name: string, options?: PortOptions): RecordingPort {
  const got: Uint8Array[] = [];
  const port = bridge.attach(name, (f) => got.push(Uint8Array.from(f)), options);
  return { port, got };
}

export const BROADCAST = 'ff:ff:ff:ff:ff:ff';
export const MAC_A = '00:16:3e:00:00:0a';
export const MAC_B = '00:16:3e:00:00:0b';
export const MAC_C = '00:16:3e:00:00:0c';
