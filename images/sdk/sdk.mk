# The guest SDK, for image sets of S-mode guest kernels (include after common.mk).
# Every kernel links the SDK's sources directly: they are small, and -O2 with
# one link keeps the build reproducible without an intermediate archive.
SDK_DIR     := ../sdk
SDK_SRCS    := $(SDK_DIR)/src/start.S $(sort $(wildcard $(SDK_DIR)/src/*.c))
SDK_HEADERS := $(sort $(wildcard $(SDK_DIR)/include/*/*.h))
SDK_CFLAGS  := -I$(SDK_DIR)/include
SDK_LDFLAGS := -T $(SDK_DIR)/guest.ld
SDK_DEPS    := $(SDK_SRCS) $(SDK_HEADERS) $(SDK_DIR)/guest.ld $(SDK_DIR)/sdk.mk ../common.mk

# HVSIM_XEN_HEADERS=1 compiles the SDK and the kernel against Xen's own public headers
# (libxen-dev's /usr/include/xen) instead of the generated hvsim/*.h, with __arm__ defined so
# they lay structs out for 32-bit Arm and at Xen's latest interface version (as Linux builds
# against them; the default, 0, would name the pre-3.0.1 sched_op and event_channel_op), as a
# Xen/Arm guest is built. /usr/include comes after the compiler's own directories, so only
# <xen/...> is found there. For one kernel of a set:
#   $(OUT)/NAME.elf: SDK_CFLAGS += $(SDK_XEN_HEADERS_CFLAGS)
SDK_XEN_HEADERS_CFLAGS := -DHVSIM_XEN_HEADERS=1 -D__arm__ \
                          -D__XEN_INTERFACE_VERSION__=__XEN_LATEST_INTERFACE_VERSION__ -idirafter /usr/include
ifeq ($(HVSIM_XEN_HEADERS),1)
SDK_CFLAGS += $(SDK_XEN_HEADERS_CFLAGS)
endif

# Builds $(OUT)/NAME.elf from NAME.c and the SDK.
define sdk_kernel_rule
$$(OUT)/%.elf: %.c $$(SDK_DEPS)
	$$(CC) $$(CFLAGS) $$(SDK_CFLAGS) $$(LDFLAGS) $$(SDK_LDFLAGS) $$(SDK_SRCS) $$*.c $$(LIBGCC) -o $$@
endef

# Conformance kernels add the XTF-style harness (it supplies main()).
SDK_TEST_SRCS := $(SDK_DIR)/testlib/test.c

define sdk_test_kernel_rule
$$(OUT)/%.elf: %.c $$(SDK_DEPS) $$(SDK_TEST_SRCS)
	$$(CC) $$(CFLAGS) $$(SDK_CFLAGS) $$(LDFLAGS) $$(SDK_LDFLAGS) $$(SDK_SRCS) $$(SDK_TEST_SRCS) $$*.c $$(LIBGCC) -o $$@
endef
