/**
 * The RISC-V SBI as hvsim serves it to S-mode guests (RISC-V SBI specification v2.0):
 * a7 = extension ID, a6 = function ID, a0–a5 = arguments; the result returns as
 * a0 = error (SBI_SUCCESS or SBI_ERR_*), a1 = value. hvsim's hypercalls are one more
 * extension in the firmware-specific EID range, whose calls return a single a0 (see
 * SBI_EXT_HVSIM_HYPERCALL).
 */

/**
 * hvsim hypercalls: a6 = __HYPERVISOR_* number, a0–a4 = arguments, result in a0
 * (≥ 0 success, −XEN_E* failure). 0x0A58454E is "\nXEN", in the firmware range 0x0A000000–0x0AFFFFFF.
 */
export const SBI_EXT_HVSIM_HYPERCALL = 0x0a58454e;

// Base extension.
export const SBI_EXT_BASE = 0x10;
export const SBI_EXT_BASE_GET_SPEC_VERSION = 0;
export const SBI_EXT_BASE_GET_IMPL_ID = 1;
export const SBI_EXT_BASE_GET_IMPL_VERSION = 2;
export const SBI_EXT_BASE_PROBE_EXT = 3;
export const SBI_EXT_BASE_GET_MVENDORID = 4;
export const SBI_EXT_BASE_GET_MARCHID = 5;
export const SBI_EXT_BASE_GET_MIMPID = 6;

/** get_spec_version: major in bits 30:24, minor in bits 23:0. hvsim implements SBI v2.0. */
export const SBI_SPEC_VERSION_MAJOR_SHIFT = 24;
export const SBI_SPEC_VERSION_MAJOR_MASK = 0x7f;
export const SBI_SPEC_VERSION_MINOR_MASK = 0xffffff;
export const SBI_SPEC_VERSION = (2 << SBI_SPEC_VERSION_MAJOR_SHIFT) | 0;

// Implementation IDs from the SBI specification's registry.
export const SBI_IMPL_ID_BBL = 0;
export const SBI_IMPL_ID_OPENSBI = 1;
export const SBI_IMPL_ID_XVISOR = 2;
export const SBI_IMPL_ID_KVM = 3;
export const SBI_IMPL_ID_RUSTSBI = 4;
export const SBI_IMPL_ID_DIOSIX = 5;
export const SBI_IMPL_ID_COFFER = 6;
export const SBI_IMPL_ID_XEN = 7;
/**
 * hvsim's get_impl_id answer: "HVSM". Not in the SBI registry (which hands out small numbers),
 * chosen far above it so it cannot collide with a registered implementation.
 */
export const SBI_IMPL_ID_HVSIM = 0x4856534d;

// Timer extension.
export const SBI_EXT_TIME = 0x54494d45;
export const SBI_EXT_TIME_SET_TIMER = 0;

// System Reset extension.
export const SBI_EXT_SRST = 0x53525354;
export const SBI_EXT_SRST_RESET = 0;
export const SBI_SRST_RESET_TYPE_SHUTDOWN = 0;
export const SBI_SRST_RESET_TYPE_COLD_REBOOT = 1;
export const SBI_SRST_RESET_TYPE_WARM_REBOOT = 2;
export const SBI_SRST_RESET_REASON_NONE = 0;
export const SBI_SRST_RESET_REASON_SYSFAIL = 1;

// Debug Console extension.
export const SBI_EXT_DBCN = 0x4442434e;
export const SBI_EXT_DBCN_CONSOLE_WRITE = 0;
export const SBI_EXT_DBCN_CONSOLE_READ = 1;
export const SBI_EXT_DBCN_CONSOLE_WRITE_BYTE = 2;

// Hart State Management extension.
export const SBI_EXT_HSM = 0x48534d;
export const SBI_EXT_HSM_HART_START = 0;
export const SBI_EXT_HSM_HART_STOP = 1;
export const SBI_EXT_HSM_HART_GET_STATUS = 2;
export const SBI_EXT_HSM_HART_SUSPEND = 3;
export const SBI_HSM_STATE_STARTED = 0;
export const SBI_HSM_STATE_STOPPED = 1;
export const SBI_HSM_STATE_START_PENDING = 2;
export const SBI_HSM_STATE_STOP_PENDING = 3;
export const SBI_HSM_STATE_SUSPENDED = 4;
export const SBI_HSM_STATE_SUSPEND_PENDING = 5;
export const SBI_HSM_STATE_RESUME_PENDING = 6;
export const SBI_HSM_SUSPEND_RET_DEFAULT = 0x00000000;
export const SBI_HSM_SUSPEND_NON_RET_DEFAULT = 0x80000000;

// IPI extension ("sPI").
export const SBI_EXT_IPI = 0x735049;
export const SBI_EXT_IPI_SEND_IPI = 0;

// RFENCE extension ("RFNC"). hart_mask_base = -1 names every hart.
export const SBI_EXT_RFENCE = 0x52464e43;
export const SBI_EXT_RFENCE_REMOTE_FENCE_I = 0;
export const SBI_EXT_RFENCE_REMOTE_SFENCE_VMA = 1;
export const SBI_EXT_RFENCE_REMOTE_SFENCE_VMA_ASID = 2;
export const SBI_EXT_RFENCE_REMOTE_HFENCE_GVMA_VMID = 3;
export const SBI_EXT_RFENCE_REMOTE_HFENCE_GVMA = 4;
export const SBI_EXT_RFENCE_REMOTE_HFENCE_VVMA_ASID = 5;
export const SBI_EXT_RFENCE_REMOTE_HFENCE_VVMA = 6;
export const SBI_HART_MASK_BASE_ALL = 0xffffffff;

// Legacy (v0.1) extensions: the EID is the function; result in a0 only.
export const SBI_EXT_0_1_SET_TIMER = 0x00;
export const SBI_EXT_0_1_CONSOLE_PUTCHAR = 0x01;
export const SBI_EXT_0_1_CONSOLE_GETCHAR = 0x02;
export const SBI_EXT_0_1_CLEAR_IPI = 0x03;
export const SBI_EXT_0_1_SEND_IPI = 0x04;
export const SBI_EXT_0_1_REMOTE_FENCE_I = 0x05;
export const SBI_EXT_0_1_REMOTE_SFENCE_VMA = 0x06;
export const SBI_EXT_0_1_REMOTE_SFENCE_VMA_ASID = 0x07;
export const SBI_EXT_0_1_SHUTDOWN = 0x08;

// Standard error codes (a0).
export const SBI_SUCCESS = 0;
export const SBI_ERR_FAILED = -1;
export const SBI_ERR_NOT_SUPPORTED = -2;
export const SBI_ERR_INVALID_PARAM = -3;
export const SBI_ERR_DENIED = -4;
export const SBI_ERR_INVALID_ADDRESS = -5;
export const SBI_ERR_ALREADY_AVAILABLE = -6;
export const SBI_ERR_ALREADY_STARTED = -7;
export const SBI_ERR_ALREADY_STOPPED = -8;
export const SBI_ERR_NO_SHMEM = -9;
