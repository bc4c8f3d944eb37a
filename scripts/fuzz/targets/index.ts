/** Every fuzz target, by name. */
import type { FuzzTarget } from '../target';
import { controlEnvelope } from './control-envelope';
import { controlFraming } from './control-framing';
import { elf } from './elf';
import { managementRpc } from './management-rpc';
import { saveImage } from './save-image';
import { storeRing } from './store-ring';
import { uart } from './uart';
import { vxlanFrame } from './vxlan-frame';
import { xlCfg } from './xl-cfg';
import { xsWire } from './xs-wire';

export const TARGETS: readonly FuzzTarget[] = [
  controlFraming, controlEnvelope, managementRpc, xsWire, storeRing, uart, xlCfg, elf, saveImage, vxlanFrame,
];
