/** SBI IPI and RFENCE (SBI 2.0), driven from guest code on a two-vCPU domain. */
import {
  SBI_ERR_INVALID_PARAM, SBI_ERR_NOT_SUPPORTED, SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT, SBI_EXT_HSM, SBI_EXT_HSM_HART_START,
  SBI_EXT_IPI, SBI_EXT_IPI_SEND_IPI, SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_FENCE_I, SBI_EXT_RFENCE_REMOTE_HFENCE_GVMA,
  SBI_EXT_RFENCE_REMOTE_SFENCE_VMA, SBI_EXT_RFENCE_REMOTE_SFENCE_VMA_ASID, SBI_HART_MASK_BASE_ALL, SBI_SUCCESS,
} from '@hvsim/abi';
import { MIP_SSIP } from '@hvsim/riscv';
import { addGuest, assemble, callsGuest, SPIN, machine, RAM, result, result1, type Call } from './guest';

test('IPI sets SSIP on the named vCPUs; RFENCE accepts the domain\'s harts; bad masks and H-extension calls are refused', () => {
  const hv = machine();
  const entry2 = RAM + 0x4000;
  const calls: Call[] = [
    { sbi: [SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT], args: [SBI_EXT_IPI] },
    { sbi: [SBI_EXT_BASE, SBI_EXT_BASE_PROBE_EXT], args: [SBI_EXT_RFENCE] },
    { sbi: [SBI_EXT_HSM, SBI_EXT_HSM_HART_START], args: [1, entry2, 0] },
    { sbi: [SBI_EXT_IPI, SBI_EXT_IPI_SEND_IPI], args: [0b10, 0] },
    { sbi: [SBI_EXT_IPI, SBI_EXT_IPI_SEND_IPI], args: [0b1, 2] }, // vCPU 2 does not exist
    { sbi: [SBI_EXT_IPI, SBI_EXT_IPI_SEND_IPI], args: [0x8000_0000, 0] },
    { sbi: [SBI_EXT_IPI, 1], args: [0b1, 0] },
    { sbi: [SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_FENCE_I], args: [0b11, 0] },
    { sbi: [SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_SFENCE_VMA], args: [0, SBI_HART_MASK_BASE_ALL, 0, 0] },
    { sbi: [SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_SFENCE_VMA], args: [0b1, 1, 0x4000_0123, 0x3000] },
    { sbi: [SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_SFENCE_VMA_ASID], args: [0b11, 0, 0, 0xffff_ffff, 7] },
    { sbi: [SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_SFENCE_VMA], args: [0b100, 0, 0, 0] },
    { sbi: [SBI_EXT_RFENCE, SBI_EXT_RFENCE_REMOTE_HFENCE_GVMA], args: [0b1, 0, 0, 0] },
  ];
  const d = addGuest(hv, callsGuest(calls), { vcpus: 2, run: false });
  hv.writeGuestMemory(d, entry2, assemble([SPIN]));
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect([result1(hv, d, 0), result1(hv, d, 1)]).toEqual([1, 1]);
  expect(result(hv, d, 2)).toBe(SBI_SUCCESS);
  expect(result(hv, d, 3)).toBe(SBI_SUCCESS);
  expect(hv.getVcpuContext(d, 1).hart.csr.mip & MIP_SSIP).toBe(MIP_SSIP);
  expect(hv.getVcpuContext(d, 0).hart.csr.mip & MIP_SSIP).toBe(0);
  expect([4, 5].map((i) => result(hv, d, i))).toEqual([SBI_ERR_INVALID_PARAM, SBI_ERR_INVALID_PARAM]);
  expect(result(hv, d, 6)).toBe(SBI_ERR_NOT_SUPPORTED);
  expect([7, 8, 9, 10].map((i) => result(hv, d, i))).toEqual([SBI_SUCCESS, SBI_SUCCESS, SBI_SUCCESS, SBI_SUCCESS]);
  expect(result(hv, d, 11)).toBe(SBI_ERR_INVALID_PARAM);
  expect(result(hv, d, 12)).toBe(SBI_ERR_NOT_SUPPORTED);
});
