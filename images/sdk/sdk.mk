# The guest SDK, for image sets of S-mode guest kernels (include after common.mk).
# Every kernel links the SDK's sources directly: they are small, and -O2 with
# one link keeps the build reproducible without an intermediate archive.
SDK_DIR     := ../sdk
SDK_SRCS    := $(SDK_DIR)/src/start.S $(sort $(wildcard $(SDK_DIR)/src/*.c))
SDK_HEADERS := $(sort $(wildcard $(SDK_DIR)/include/*/*.h))
SDK_CFLAGS  := -I$(SDK_DIR)/include
SDK_LDFLAGS := -T $(SDK_DIR)/guest.ld
SDK_DEPS    := $(SDK_SRCS) $(SDK_HEADERS) $(SDK_DIR)/guest.ld $(SDK_DIR)/sdk.mk ../common.mk

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
