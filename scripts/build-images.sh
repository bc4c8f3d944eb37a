#!/usr/bin/env bash
# Builds every image set: each directory images/<set>/ with a Makefile (which includes
# images/common.mk) builds its ELFs into the directory given as OUT. The ELFs are committed.
#
#   scripts/build-images.sh           rebuild all sets in place
#   scripts/build-images.sh --check   rebuild into a temporary directory and fail, listing
#                                     them, if any committed ELF differs or is missing
#   scripts/build-images.sh SET...    only these sets (also with --check)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
check=0
sets=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    -*) echo "usage: $0 [--check] [SET...]" >&2; exit 2 ;;
    *) sets+=("$arg") ;;
  esac
done
if [ ${#sets[@]} -eq 0 ]; then
  while IFS= read -r makefile; do
    sets+=("$(basename "$(dirname "$makefile")")")
  done < <(LC_ALL=C ls -1 "$root"/images/*/Makefile | LC_ALL=C sort)
fi

command -v riscv64-unknown-elf-gcc >/dev/null ||
  { echo "build-images: riscv64-unknown-elf-gcc not found (apt-get install gcc-riscv64-unknown-elf)" >&2; exit 1; }

if [ $check -eq 0 ]; then
  for set in "${sets[@]}"; do
    make -s -B -C "$root/images/$set" OUT="$root/images/$set"
  done
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
differ=()
for set in "${sets[@]}"; do
  mkdir -p "$tmp/$set"
  make -s -B -C "$root/images/$set" OUT="$tmp/$set"
  for built in "$tmp/$set"/*.elf; do
    committed="$root/images/$set/$(basename "$built")"
    cmp -s "$built" "$committed" || differ+=("images/$set/$(basename "$built")")
  done
done
if [ ${#differ[@]} -ne 0 ]; then
  echo "build-images: these committed ELFs differ from a fresh build (run npm run images):" >&2
  printf '  %s\n' "${differ[@]}" >&2
  exit 1
fi
echo "build-images: all committed ELFs match their sources"
