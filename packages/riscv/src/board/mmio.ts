import type { Bus } from '../memory';
import { BUS_FAULT } from '../constants';

interface Region {
  base: number;
  size: number;
  device: Bus;
}

/**
 * The board's device bus: a few fixed regions, each handing its device offsets from the
 * region's base. Accesses that hit no region are refused (→ access fault).
 */
export class MmioBus implements Bus {
  private readonly regions: Region[] = [];

  map(base: number, size: number, device: Bus): void {
    this.regions.push({ base, size, device });
  }

  read(addr: number, size: 1 | 2 | 4): number {
    const region = this.find(addr, size);
    return region === null ? BUS_FAULT : region.device.read(addr - region.base, size);
  }

  write(addr: number, size: 1 | 2 | 4, value: number): boolean {
    const region = this.find(addr, size);
    return region !== null && region.device.write(addr - region.base, size, value);
  }

  private find(addr: number, size: number): Region | null {
    for (const region of this.regions) {
      if (addr >= region.base && addr + size <= region.base + region.size) return region;
    }
    return null;
  }
}
