/**
 * The HVM UART device model (dom0's ns16550), as an HVM guest hammering it reaches it: loads
 * and stores of every size at every offset of its window (inside it and past it), any values, with
 * console input arriving between them. Properties: no exception; an access inside the window
 * is served and one outside it faults (null / false); a load returns a value of its size; the
 * console gets at most one byte per store.
 */
import fc from 'fast-check';
import { HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE } from '@hvsim/abi';
import { ConsoleBackend, CostMeter, DeviceModels } from '@hvsim/dom0';
import { fail, mutationsOf, type FuzzTarget } from '../target';

const SIZES = [1, 2, 4] as const;

/** An access: [kind, offset, size, value (4 bytes)]; kind bit 0 = store, bit 1 = console input first. */
const access = fc.tuple(fc.nat({ max: 3 }), fc.oneof(fc.nat({ max: HVSIM_HVM_UART_SIZE + 2 }), fc.nat()), fc.nat({ max: 2 }), fc.nat())
  .map(([kind, offset, size, value]) => [kind, offset & 0xff, size, value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24]);

export const uart: FuzzTarget = {
  name: 'uart',
  about: 'the HVM ns16550 device model under any loads, stores and console input',
  inputs: () => fc.oneof(fc.array(access, { maxLength: 64 }).map((as) => Uint8Array.from(as.flat())), mutationsOf([], 256)),
  check(input) {
    const console = new ConsoleBackend();
    console.open(1, 'hvm');
    const models = new DeviceModels(console, new CostMeter(null));
    models.add(1, 1);
    models.connectIrq((domid, vcpu, level) => {
      if (domid !== 1 || vcpu !== 0 || typeof level !== 'boolean') fail(`irq(${domid}, ${vcpu}, ${String(level)})`);
    });
    let stores = 0;
    for (let at = 0; at + 7 <= input.length; at += 7) {
      const kind = input[at];
      const offset = input[at + 1];
      const size = SIZES[input[at + 2] % 3];
      const value = (input[at + 3] | input[at + 4] << 8 | input[at + 5] << 16 | input[at + 6] << 24) >>> 0;
      const inside = offset + size <= HVSIM_HVM_UART_SIZE;
      if (kind & 2) console.queueInput(1, Uint8Array.of(value & 0xff, 0x0a));
      if (kind & 1) {
        stores++;
        if (models.mmioWrite(1, HVSIM_HVM_UART_BASE + offset, size, value) !== inside) fail(`a store of ${size} at ${offset} was ${inside ? 'refused' : 'served'}`);
      } else {
        const got = models.mmioRead(1, HVSIM_HVM_UART_BASE + offset, size);
        if ((got !== null) !== inside) fail(`a load of ${size} at ${offset} was ${inside ? 'refused' : 'served'}`);
        if (got !== null && (!Number.isInteger(got) || got < 0 || got >= 2 ** (8 * size))) fail(`a load of ${size} bytes returned ${got}`);
      }
    }
    if (console.history(1).length > stores) fail(`${console.history(1).length} console bytes from ${stores} stores`);
  },
};
