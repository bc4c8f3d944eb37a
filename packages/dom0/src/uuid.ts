/**
 * A domain's UUID (its xen_domain_handle_t, 16 bytes) in xl's text form: 8-4-4-4-12 lower-case
 * hex digits. One home for the form, used by the toolstack, save images and ManagementService.
 */
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The text form of a handle; a handle that is not 16 bytes reads as the nil UUID. */
export function formatUuid(handle: Uint8Array): string {
  const bytes = handle.length === 16 ? handle : new Uint8Array(16);
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A UUID's text form back to its 16 bytes, or null when it is not one. */
export function parseUuid(text: string): Uint8Array | null {
  if (!UUID_TEXT.test(text)) return null;
  return new Uint8Array(Buffer.from(text.replace(/-/g, ''), 'hex'));
}
