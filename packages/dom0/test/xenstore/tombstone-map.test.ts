import { TombstoneMap } from '../../src/xenstore/tombstone-map';

describe('TombstoneMap', () => {
  it('behaves as a map through deletions, re-insertions and rebuilds', () => {
    const m = new TombstoneMap<string, number>();
    const reference = new Map<string, number>();
    // Many keys that come and go, one of them over and over.
    for (let i = 0; i < 5000; i++) {
      const key = i % 3 === 0 ? 'again' : `k${i % 97}`;
      if (reference.has(key) && i % 2 === 0) {
        expect(m.delete(key)).toBe(true);
        reference.delete(key);
      } else {
        m.set(key, i);
        reference.set(key, i);
      }
      expect(m.size).toBe(reference.size);
    }
    for (let i = 0; i < 97; i++) expect(m.get(`k${i}`)).toBe(reference.get(`k${i}`));
    expect(m.has('again')).toBe(reference.has('again'));
    expect(m.delete('never')).toBe(false);
    for (const key of [...reference.keys()]) m.delete(key);
    expect(m.size).toBe(0);
    expect(m.get('k1')).toBeUndefined();
  });
});
