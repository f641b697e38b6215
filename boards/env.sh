# shellcheck shell=bash
# Shared setup for the bare-metal scripts (scripts/board.sh,
# scripts/nostd-targets.sh, scripts/size-report.sh). Source it; it defines
# functions and does nothing on its own.
#
# Toolchain route used here: Debian's `rustc-web`/`cargo-web`/`rust-web-src`
# (installed under /usr/bin) with `-Zbuild-std=core,alloc`, because the rustup
# toolchain on these machines cannot download extra targets. Users with rustup
# can instead `rustup target add <triple>` and build with plain cargo (see
# docs/bare-metal.md).

# Installs a Debian package list when any of them is missing.
gilt_apt_install() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "installing: ${missing[*]}" >&2
        apt-get update >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2
    fi
}

# Makes sure Debian's Rust (with the library source, for build-std) is there,
# and the LLVM linker that /usr/bin/rust-lld points at (bare-metal links use it;
# rust-web-llvm ships the link but not lld itself).
gilt_need_rust() {
    if [ ! -x /usr/bin/cargo ] || [ ! -x /usr/bin/rustc ] || [ ! -d /usr/lib/rustlib/src/rust/library ]; then
        gilt_apt_install rustc-web cargo-web rust-web-src
    fi
    if [ ! -e /usr/bin/rust-lld ] || ! /usr/bin/rust-lld -flavor gnu --version >/dev/null 2>&1; then
        local lld
        lld=$(readlink /usr/bin/rust-lld 2>/dev/null)
        gilt_apt_install "${lld:-lld}"
    fi
}

# Makes sure qemu-system-riscv64 is there. Debian's qemu-system-misc needs the
# matching qemu-utils; a newer backported qemu-utils blocks it, so pin
# qemu-utils to the version the bookworm main archive lists (a downgrade).
gilt_need_qemu() {
    if command -v qemu-system-riscv64 >/dev/null 2>&1; then
        return 0
    fi
    apt-get update >/dev/null 2>&1 || true
    local v
    v=$(apt-cache policy qemu-utils | awk '
        / bookworm\/main / { if (prev != "") { print prev; exit } }
        /^ *(\*\*\* )?[0-9]+:/ { prev = ($1 == "***") ? $2 : $1 }')
    echo "installing qemu-system-misc (qemu-utils pinned to ${v:-candidate})" >&2
    if [ -n "$v" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y --allow-downgrades qemu-system-misc "qemu-utils=$v" >&2
    else
        DEBIAN_FRONTEND=noninteractive apt-get install -y --allow-downgrades qemu-system-misc >&2
    fi
}

# Runs Debian's cargo with Debian's rustc, away from rustup's proxies, killed
# after GILT_CARGO_TIMEOUT seconds (default 1800) so CI cannot hang here.
gilt_cargo() {
    timeout "${GILT_CARGO_TIMEOUT:-1800}" env -u RUSTUP_TOOLCHAIN -u CARGO -u RUSTC_WRAPPER -u RUSTDOC \
        PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
        RUSTC_BOOTSTRAP=1 /usr/bin/cargo "$@"
}
