/**
 * VXLAN encapsulation (RFC 7348): an Ethernet frame behind an 8-byte header, carried in a UDP
 * datagram.
 *
 *   byte 0     flags: 0x08, the I flag ("the VNI is valid"); the other bits are reserved
 *   bytes 1-3  reserved
 *   bytes 4-6  VNI, the 24-bit VXLAN Network Identifier (one per segment: per bridge here)
 *   byte 7     reserved
 *
 * Reserved fields are zero on transmission and ignored on receipt (RFC 7348 section 5); a
 * datagram without the I flag, or too short to hold the header and an Ethernet header, is
 * malformed.
 */
import { ETH_HLEN } from './ethernet';

/** IANA's port for VXLAN. */
export const VXLAN_PORT = 4789;
export const VXLAN_HLEN = 8;
export const VXLAN_FLAG_I = 0x08;
export const VXLAN_VNI_MAX = 0xff_ffff;

/** Writes the header for `vni` at the start of `datagram`. */
export function writeVxlanHeader(datagram: Uint8Array, vni: number): void {
  datagram[0] = VXLAN_FLAG_I;
  datagram[1] = 0;
  datagram[2] = 0;
  datagram[3] = 0;
  datagram[4] = (vni >>> 16) & 0xff;
  datagram[5] = (vni >>> 8) & 0xff;
  datagram[6] = vni & 0xff;
  datagram[7] = 0;
}

/** The datagram's VNI, or -1 when it is not a well-formed VXLAN datagram carrying a frame
 *  (the frame itself starts at VXLAN_HLEN). */
export function readVxlanVni(datagram: Uint8Array): number {
  if (datagram.length < VXLAN_HLEN + ETH_HLEN || (datagram[0] & VXLAN_FLAG_I) === 0) return -1;
  return (datagram[4] << 16) | (datagram[5] << 8) | datagram[6];
}

/** A whole datagram for `frame` (allocates: the UDP send keeps it until it is sent). */
export function encapsulate(frame: Uint8Array, vni: number): Buffer {
  const datagram = Buffer.allocUnsafe(VXLAN_HLEN + frame.length);
  writeVxlanHeader(datagram, vni);
  datagram.set(frame, VXLAN_HLEN);
  return datagram;
}
