/** UDP helpers for the network tests: free ports, and a relay standing for a network path. */
import * as dgram from 'node:dgram';

/** Ports that were free a moment ago on 127.0.0.1. */
export async function freeUdpPorts(n: number): Promise<number[]> {
  const sockets = await Promise.all(Array.from({ length: n }, () => new Promise<dgram.Socket>((resolve) => {
    const s = dgram.createSocket('udp4');
    s.bind(0, '127.0.0.1', () => resolve(s));
  })));
  const ports = sockets.map((s) => s.address().port);
  await Promise.all(sockets.map((s) => new Promise<void>((r) => s.close(() => r()))));
  return ports;
}

/** A UDP relay standing for one network path between two hosts, which can be cut. */
export class UdpRelay {
  cut = false;
  private constructor(private readonly left: dgram.Socket, private readonly right: dgram.Socket) {}

  /** Host 1 (at port `host1`) talks to `leftPort`, host 2 (at `host2`) to `rightPort`. */
  static async open(leftPort: number, rightPort: number, host1: number, host2: number): Promise<UdpRelay> {
    const bind = (port: number): Promise<dgram.Socket> => new Promise((resolve) => {
      const s = dgram.createSocket('udp4');
      s.bind(port, '127.0.0.1', () => resolve(s));
    });
    const relay = new UdpRelay(await bind(leftPort), await bind(rightPort));
    relay.left.on('message', (m) => { if (!relay.cut) relay.right.send(m, host2, '127.0.0.1'); });
    relay.right.on('message', (m) => { if (!relay.cut) relay.left.send(m, host1, '127.0.0.1'); });
    return relay;
  }

  close(): void {
    this.left.close();
    this.right.close();
  }
}
