/**
 * One VXLAN path between this host and a peer: frames out as datagrams from a local UDP socket to
 * the remote address, and datagrams from that remote address with the path's VNI in. Several
 * paths may share a local socket (one VXLAN port, many segments and peers, as Linux's vxlan
 * devices share port 4789); the socket hands each datagram to the path its VNI and source name.
 *
 * The network is hostile input: a datagram that is malformed (short, no I flag) or comes from no
 * declared path is dropped and counted, never an exception.
 */
import * as dgram from 'node:dgram';
import { isIP } from 'node:net';
import { formatUdpAddress, type UdpAddress } from './uplink-spec';
import { VXLAN_HLEN, encapsulate, readVxlanVni } from './vxlan';

/** Socket buffers room for bursts (the kernel may cap them at net.core.rmem_max / wmem_max):
 *  UDP has no flow control, and a burst the receiving socket cannot hold is lost. */
const SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;

export interface LinkCounters {
  txDatagrams: number;
  rxDatagrams: number;
  /** Datagrams the socket refused at once (asynchronous send errors are logged by the socket). */
  txErrors: number;
}

/** What a socket dropped: not for any path. */
export interface SocketCounters {
  malformed: number;
  /** Well-formed datagrams whose VNI and source match no path. */
  unknownPeer: number;
}

export class VxlanLink {
  readonly counters: LinkCounters = { txDatagrams: 0, rxDatagrams: 0, txErrors: 0 };
  /** Gets the frame of each datagram of this path (a view valid during the call). */
  onFrame: (frame: Uint8Array) => void = () => undefined;

  constructor(
    readonly vni: number,
    readonly remote: UdpAddress,
    private readonly socket: VxlanSocket,
  ) {}

  get name(): string {
    return `vni ${this.vni} ${formatUdpAddress(this.socket.local)} -> ${formatUdpAddress(this.remote)}`;
  }

  send(frame: Uint8Array): void {
    this.counters.txDatagrams++;
    this.socket.send(encapsulate(frame, this.vni), this.remote, this.counters);
  }
}

/** A bound UDP socket and the paths that use it. */
export class VxlanSocket {
  readonly counters: SocketCounters = { malformed: 0, unknownPeer: 0 };
  private readonly links: VxlanLink[] = [];
  private closed = false;

  private constructor(readonly local: UdpAddress, private readonly socket: dgram.Socket) {
    socket.on('message', (msg, rinfo) => this.receive(msg, rinfo));
  }

  /** Binds `local`; rejects with the reason (EADDRINUSE…) naming the address. */
  static bind(local: UdpAddress, log: (line: string) => void): Promise<VxlanSocket> {
    const socket = dgram.createSocket({ type: isIP(local.host) === 6 ? 'udp6' : 'udp4', recvBufferSize: SOCKET_BUFFER_BYTES, sendBufferSize: SOCKET_BUFFER_BYTES });
    return new Promise((resolve, reject) => {
      socket.once('error', (err) => {
        socket.close();
        reject(new Error(`cannot bind UDP ${formatUdpAddress(local)}: ${err.message}`));
      });
      socket.bind(local.port, local.host, () => {
        socket.removeAllListeners('error');
        // After binding, errors are per datagram (ICMP unreachable on some systems): log them.
        socket.on('error', (err) => log(`vxlan ${formatUdpAddress(local)}: ${err.message}`));
        resolve(new VxlanSocket(local, socket));
      });
    });
  }

  /** A path over this socket to `remote` for segment `vni`. */
  link(vni: number, remote: UdpAddress): VxlanLink {
    const link = new VxlanLink(vni, remote, this);
    this.links.push(link);
    return link;
  }

  send(datagram: Buffer, to: UdpAddress, counters: LinkCounters): void {
    if (this.closed) {
      counters.txErrors++;
      return;
    }
    try {
      this.socket.send(datagram, to.port, to.host);
    } catch {
      // Synchronous refusals only (a bad address); asynchronous ones reach the socket's 'error'.
      counters.txErrors++;
    }
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  private receive(datagram: Buffer, from: dgram.RemoteInfo): void {
    const vni = readVxlanVni(datagram);
    if (vni < 0) {
      this.counters.malformed++;
      return;
    }
    for (const link of this.links) {
      if (link.vni === vni && link.remote.port === from.port && link.remote.host === from.address) {
        link.counters.rxDatagrams++;
        link.onFrame(datagram.subarray(VXLAN_HLEN));
        return;
      }
    }
    this.counters.unknownPeer++;
  }
}
