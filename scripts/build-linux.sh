#!/usr/bin/env bash
# Builds images/linux/linux.elf: Linux 6.1 from Debian's linux-source-6.1 for an rv32 hvsim
# HVM domain, with images/linux/init.c in a built-in initramfs. The result is committed (it
# is small), so hvsim and CI run it without building it; rebuilding gives the same bytes.
#
#   scripts/build-linux.sh [--check] [BUILD_DIR]    (default: a directory under /tmp, kept for reuse)
#
# --check builds without touching images/ and fails unless the result is byte for byte the
# committed linux.elf.
#
# Needs: linux-source-6.1, gcc-riscv64-linux-gnu (kernel and init), gcc-riscv64-unknown-elf
# (the ELF wrapper), make, flex, bison, bc. About 3 minutes of 2 cores.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
check=0
if [ "${1:-}" = --check ]; then check=1; shift; fi
src=/usr/src/linux-source-6.1.tar.xz
build=${1:-/tmp/hvsim-linux-6.1}
out="$root/images/linux"
cross=riscv64-linux-gnu-

[ -f "$src" ] || { echo "build-linux: $src not found (apt-get install linux-source-6.1)" >&2; exit 1; }
command -v ${cross}gcc >/dev/null || { echo "build-linux: ${cross}gcc not found (apt-get install gcc-riscv64-linux-gnu)" >&2; exit 1; }

# Reproducible: no time, user or host of this build in the kernel.
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 1970' KBUILD_BUILD_USER=hvsim KBUILD_BUILD_HOST=hvsim KBUILD_BUILD_VERSION=1
export SOURCE_DATE_EPOCH=0 LC_ALL=C
kmake() { make -s -C "$build/linux" ARCH=riscv CROSS_COMPILE=$cross -j"$(nproc)" "$@"; }

if [ ! -f "$build/linux/Makefile" ]; then
  mkdir -p "$build"
  tar -xf "$src" -C "$build"
  mv "$build"/linux-source-6.1 "$build/linux"
fi

# The init: static, no libc, rv32 (the linux-gnu toolchain has no rv32 libgcc: it needs none).
${cross}gcc -march=rv32ima_zicsr -mabi=ilp32 -static -nostdlib -ffreestanding -fno-builtin -Os -s \
  -Wl,--build-id=none -Wall -Wextra -Werror -o "$build/init" "$out/init.c"
# gen_init_cpio stores a regular file's own mtime (KBUILD_BUILD_TIMESTAMP covers only the
# directories and device nodes): pin it, or every rebuild packs a different archive.
touch -d "$KBUILD_BUILD_TIMESTAMP" "$build/init"
sed "s|^file /init init|file /init $build/init|" "$out/initramfs.list" > "$build/initramfs.list"

kmake tinyconfig
"$build/linux/scripts/kconfig/merge_config.sh" -m -O "$build/linux" "$build/linux/.config" "$out/hvsim.config" >/dev/null
echo "CONFIG_INITRAMFS_SOURCE=\"$build/initramfs.list\"" >> "$build/linux/.config"
kmake olddefconfig
# Every symbol the fragment sets must have survived olddefconfig (a dependency missing
# would drop it silently).
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  sym=${line%%=*}; want=${line#*=}
  if [ "$want" = n ]; then
    ! grep -q "^$sym=" "$build/linux/.config" || { echo "build-linux: $sym is still set" >&2; exit 1; }
  else
    grep -qxF "$line" "$build/linux/.config" || { echo "build-linux: $line did not take (got: $(grep "^$sym=" "$build/linux/.config" || echo unset))" >&2; exit 1; }
  fi
done < "$out/hvsim.config"
kmake Image

# hvsim loads ELF kernels: wrap the Image (position independent until it enables paging) at
# the start of guest RAM, entry at its first instruction, as a boot loader would jump to it.
printf '.section .text\n.globl _start\n_start:\n.incbin "%s"\n' "$build/linux/arch/riscv/boot/Image" > "$build/wrap.S"
riscv64-unknown-elf-gcc -march=rv32ima_zicsr -mabi=ilp32 -nostdlib -static -Wl,-N -Wl,-Ttext=0x80000000 -Wl,--build-id=none \
  -Wl,-z,noexecstack -o "$build/linux.elf" "$build/wrap.S"
if [ $check = 1 ]; then
  riscv64-unknown-elf-strip -o "$build/linux.stripped.elf" "$build/linux.elf"
  if cmp -s "$build/linux.stripped.elf" "$out/linux.elf"; then
    echo "build-linux: $out/linux.elf is reproduced byte for byte ($(sha256sum < "$out/linux.elf" | cut -c1-16)…)"
  else
    echo "build-linux: $build/linux.stripped.elf differs from $out/linux.elf ($(cmp -l "$build/linux.stripped.elf" "$out/linux.elf" 2>/dev/null | wc -l) bytes)" >&2
    exit 1
  fi
else
  riscv64-unknown-elf-strip -o "$out/linux.elf" "$build/linux.elf"
  echo "build-linux: $out/linux.elf ($(stat -c %s "$out/linux.elf") bytes)"
fi
