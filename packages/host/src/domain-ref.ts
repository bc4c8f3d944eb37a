/** How xl names a domain on the command line: all digits is a domid, anything else a name. */
export type DomainRef = { domid: number } | { name: string };

export function parseDomainRef(arg: string | number): DomainRef {
  const s = String(arg);
  if (/^\d+$/.test(s)) {
    const domid = Number(s);
    if (domid > 0x7fef) throw new Error(`bad domain id ${s}`);
    return { domid };
  }
  if (s.length === 0) throw new Error('empty domain name');
  return { name: s };
}
