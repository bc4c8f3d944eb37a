# Shared toolchain settings for every image set. An image set is a directory under images/
# with a Makefile that includes this file, builds its ELFs into $(OUT) (default: the set's
# own directory) and is run from that directory (`make -C images/<set> OUT=...`), so sources
# are named relatively and no absolute path reaches an ELF.
#
# Reproducibility rule: every assembly source must begin with `.file "NAME.S"`. Without it
# the assembler names the object's file symbol after gcc's random temporary file, and each
# build differs (`scripts/build-images.sh --check` then reports the ELF).

CROSS   ?= riscv64-unknown-elf-
CC      := $(CROSS)gcc
OUT     ?= .
ROOT    := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))..)

# rv32ima/ilp32, freestanding, no libc. libgcc comes from the rv32im/ilp32 multilib (the
# closest Debian ships; it has no atomics, which the images do not need from it).
ARCH     := -march=rv32ima_zicsr -mabi=ilp32
CFLAGS   := $(ARCH) -O2 -ffreestanding -nostdlib -fno-builtin -fno-pic -mcmodel=medany \
            -Wall -Wextra -Werror -std=c11 \
            -ffile-prefix-map=$(ROOT)=. -fdebug-prefix-map=$(ROOT)=.
LDFLAGS  := -static -nostartfiles -Wl,--build-id=none -Wl,--no-warn-rwx-segments
LIBGCC   := $(shell $(CC) -march=rv32im -mabi=ilp32 -print-libgcc-file-name)

export SOURCE_DATE_EPOCH := 0
export LC_ALL := C
