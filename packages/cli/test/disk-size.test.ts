import { parseDiskSize } from '../src/disk-size';

test('disk-create reads sizes in bytes or with binary K/M/G/T suffixes', () => {
  expect(parseDiskSize('64M')).toBe(64 << 20);
  expect(parseDiskSize('1G')).toBe(1 << 30);
  expect(parseDiskSize('4096')).toBe(4096);
  expect(parseDiskSize('2KiB')).toBe(2048);
  for (const bad of ['', 'M', '1.5G', '-1', '1X']) expect(parseDiskSize(bad)).toBeNull();
});
