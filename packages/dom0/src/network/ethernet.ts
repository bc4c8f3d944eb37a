/**
 * Ethernet and 802.1Q facts the switch works with (IEEE 802.3, 802.1Q; Linux's if_ether.h and
 * if_vlan.h names), and MAC addresses as numbers: a MAC is split into its high 16 and low 32
 * bits so the frame path compares and hashes it without making a string.
 */

/** Destination + source MAC + EtherType. */
export const ETH_HLEN = 14;
/** Offset of the EtherType (or of an 802.1Q tag's TPID). */
export const ETH_TYPE_OFFSET = 12;
/** Largest untagged frame without FCS (1500 bytes of payload). */
export const ETH_FRAME_LEN = 1514;
/** An 802.1Q tag: TPID + TCI. */
export const VLAN_HLEN = 4;
/** Largest 802.1Q-tagged frame without FCS. */
export const VLAN_ETH_FRAME_LEN = ETH_FRAME_LEN + VLAN_HLEN;
export const ETH_P_8021Q = 0x8100;
export const VLAN_VID_MASK = 0x0fff;
/** The highest usable VLAN ID (4095 is reserved). */
export const VLAN_MAX_VID = 4094;
/** The VLAN a vlan-aware bridge gives untagged frames of a port with no `vlan=` (Linux's default_pvid). */
export const DEFAULT_PVID = 1;

/** The high 16 bits of the MAC at `offset` of `frame`. */
export function macHigh(frame: Uint8Array, offset: number): number {
  return (frame[offset] << 8) | frame[offset + 1];
}

/** The low 32 bits of the MAC at `offset` of `frame`, as a signed 32-bit integer. */
export function macLow(frame: Uint8Array, offset: number): number {
  return (frame[offset + 2] << 24) | (frame[offset + 3] << 16) | (frame[offset + 4] << 8) | frame[offset + 5];
}

/** The group (I/G) bit: broadcast and multicast destinations. */
export function isGroupMac(frame: Uint8Array, offset: number): boolean {
  return (frame[offset] & 1) !== 0;
}

/** A source a bridge may learn (Linux's is_valid_ether_addr): not a group address, not all zero. */
export function isValidSourceMac(frame: Uint8Array, offset: number): boolean {
  return (frame[offset] & 1) === 0 && (macHigh(frame, offset) | macLow(frame, offset)) !== 0;
}

/** `aa:bb:cc:dd:ee:ff` → six bytes, or null when the text is not a MAC in that form. */
export function parseMac(text: string): Uint8Array | null {
  const m = /^([0-9a-f]{2}):([0-9a-f]{2}):([0-9a-f]{2}):([0-9a-f]{2}):([0-9a-f]{2}):([0-9a-f]{2})$/i.exec(text);
  if (m === null) return null;
  return Uint8Array.from(m.slice(1), (h) => parseInt(h, 16));
}

/** Six bytes at `offset` as `aa:bb:cc:dd:ee:ff`. */
export function formatMac(bytes: Uint8Array, offset = 0): string {
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) parts.push(bytes[offset + i].toString(16).padStart(2, '0'));
  return parts.join(':');
}
