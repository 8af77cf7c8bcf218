"""Confine the sandbox's worker process before it reads an untrusted file: its own user, no network, no
writes outside its own folder, few processes.

Each measure is tried on its own and reports whether the kernel applied it, so the sandbox still works (less
tightly) where a container forbids one:

- Its own user: as root, the worker switches to a user id of its own (SANDBOX_UID_BASE + its pid), which
  owns no file and no other process, so RLIMIT_NPROC (which the kernel counts per user, and never applies to
  root) caps this worker alone. Where that id cannot be used (a user namespace mapping few ids) it falls
  back to `nobody`, shared with other workers, under a larger process cap. Not as root there is no other
  user to switch to, but the user namespace entered for the network (below) makes the kernel count the
  worker's processes apart from the caller's, so the same small cap applies; without it, no cap.
- No network: a fresh network namespace (only a downed loopback in it), via unshare(2); unprivileged
  callers first enter a user namespace for it. On top, a seccomp filter refuses socket(2) of any family,
  io_uring, ptrace, cross-process memory access and leaving the process group; Landlock (ABI 4+)
  refuses TCP bind and connect.
- Writes: Landlock allows creating, changing and removing files only under the worker's folder (and
  writing to /dev/null); the worker also runs there, with TMPDIR pointing at it. Reads stay allowed: the
  worker needs its libraries, and Tesseract its language data.
"""

from __future__ import annotations

import ctypes
import functools
import os
import platform
import resource
import stat
import struct
import sys
from dataclasses import dataclass

SANDBOX_UID_BASE = 0x40000000  # far above any account; plus a pid (< 2**22) stays a valid uid
NOBODY = 65534
NPROC_OWN_USER = 16  # the worker, tesseract and their threads
NPROC_SHARED_USER = 256  # `nobody` is shared by every concurrent worker

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_PDEATHSIG = 1
_PR_SET_KEEPCAPS = 8
_PR_SET_CHILD_SUBREAPER = 36
_LINUX_CAPABILITY_VERSION_3 = 0x20080522
_CAP_DAC_READ_SEARCH = 2
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2

_libc = ctypes.CDLL(None, use_errno=True)


@dataclass
class Confinement:
    """What the kernel applied, for tests and diagnostics."""

    uid: int | None = None  # the user the worker switched to
    process_cap: int | None = None  # RLIMIT_NPROC, where the kernel counts this worker's processes alone
    reads_any_file: bool = False  # kept CAP_DAC_READ_SEARCH, as the interpreter is readable by root only
    network_namespace: bool = False
    seccomp: bool = False
    landlock_abi: int = 0  # 0: no Landlock


def confine(workdir: str, *, as_root: bool) -> Confinement:
    """Apply every measure to this process (the sandbox worker, single-threaded); irreversible."""
    applied = Confinement()
    applied.network_namespace = _unshare(_CLONE_NEWNET if as_root else _CLONE_NEWUSER | _CLONE_NEWNET)
    if as_root:
        _switch_user(workdir, applied)
    elif applied.network_namespace:
        # In a user namespace of its own the kernel counts this worker's processes apart from the caller's.
        applied.process_cap = _cap_processes(NPROC_OWN_USER)
    _prctl(_PR_SET_PDEATHSIG, 9)  # die with the supervisor; set after the user switch, which clears it
    _prctl(_PR_SET_NO_NEW_PRIVS, 1)  # required by Landlock and seccomp for unprivileged processes
    applied.landlock_abi = _restrict_writes(workdir)
    applied.seccomp = _forbid_syscalls()
    return applied


# --- user and processes ----------------------------------------------------------------------------------


def _switch_user(workdir: str, applied: Confinement) -> None:
    # Python and its libraries may live where only root can read (a pyenv under /root): the worker then
    # keeps one capability, reading any file, or it could not import what it loads lazily (codecs, plugins).
    keep_reads = not _code_readable_by_anyone()
    for uid, nproc in ((SANDBOX_UID_BASE + os.getpid(), NPROC_OWN_USER), (NOBODY, NPROC_SHARED_USER)):
        try:
            _chown_tree(workdir, uid)
            _prctl(_PR_SET_KEEPCAPS, int(keep_reads))
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
        except OSError:
            continue  # e.g. EINVAL: this id is not mapped in the container's user namespace
        applied.uid = uid
        applied.reads_any_file = keep_reads and _keep_only_capability(_CAP_DAC_READ_SEARCH)
        applied.process_cap = _cap_processes(nproc)
        return


def _cap_processes(limit: int) -> int:
    resource.setrlimit(resource.RLIMIT_NPROC, (limit, limit))
    return limit


def become_subreaper() -> bool:
    """Have orphaned descendants of this process reparented to it rather than to init."""
    return _prctl(_PR_SET_CHILD_SUBREAPER, 1)


def prepare() -> None:
    """Work out once, in the process that forks the workers, what each worker would otherwise repeat."""
    _code_readable_by_anyone()


@functools.cache
def _code_readable_by_anyone() -> bool:
    return all(_readable_by_anyone(entry) for entry in sys.path if os.path.isdir(entry))


def _readable_by_anyone(directory: str) -> bool:
    """Tell whether a user with no rights of its own can list `directory` (every parent searchable)."""
    path = os.path.abspath(directory)
    if os.stat(path).st_mode & (stat.S_IROTH | stat.S_IXOTH) != (stat.S_IROTH | stat.S_IXOTH):
        return False
    while path != os.path.dirname(path):
        path = os.path.dirname(path)
        if not os.stat(path).st_mode & stat.S_IXOTH:
            return False
    return True


def _keep_only_capability(capability: int) -> bool:
    header = struct.pack("=Ii", _LINUX_CAPABILITY_VERSION_3, 0)
    data = struct.pack("=IIIIII", 1 << capability, 1 << capability, 0, 0, 0, 0)  # effective, permitted
    return int(_libc.capset(header, data)) == 0


def _chown_tree(workdir: str, uid: int) -> None:
    os.chown(workdir, uid, uid)
    for name in os.listdir(workdir):
        os.chown(os.path.join(workdir, name), uid, uid)


# --- network ---------------------------------------------------------------------------------------------


def _unshare(flags: int) -> bool:
    return int(_libc.unshare(flags)) == 0  # EPERM where a container's seccomp profile or sysctl forbids it


def _prctl(option: int, value: int) -> bool:
    return int(_libc.prctl(option, ctypes.c_ulong(value), 0, 0, 0)) == 0


# --- Landlock: writes only under the worker's folder -------------------------------------------------------

_LANDLOCK_CREATE_RULESET, _LANDLOCK_ADD_RULE, _LANDLOCK_RESTRICT_SELF = 444, 445, 446  # on every arch
_LANDLOCK_CREATE_RULESET_VERSION = 1
_LANDLOCK_RULE_PATH_BENEATH = 1
_WRITE_FILE = 1 << 1
_TRUNCATE = 1 << 14
# remove dir/file, make char/dir/reg/sock/fifo/block/sym: every way to create or delete a name
_MAKE_AND_REMOVE = sum(1 << bit for bit in range(4, 13))
_REFER = 1 << 13


def _restrict_writes(workdir: str) -> int:
    abi = int(_libc.syscall(_LANDLOCK_CREATE_RULESET, None, 0, _LANDLOCK_CREATE_RULESET_VERSION))
    if abi < 1:
        return 0
    handled = _WRITE_FILE | _MAKE_AND_REMOVE | (_REFER if abi >= 2 else 0) | (_TRUNCATE if abi >= 3 else 0)
    attr = struct.pack("=Q", handled)
    if abi >= 4:
        attr += struct.pack("=Q", 0b11)  # TCP bind and connect, with no rule allowing any port
    if abi >= 6:
        attr += struct.pack("=Q", 0b11)  # scoped: abstract unix sockets and signals stay inside the sandbox
    ruleset = int(_libc.syscall(_LANDLOCK_CREATE_RULESET, attr, len(attr), 0))
    if ruleset < 0:
        return 0
    try:
        rules_added = _allow_beneath(ruleset, workdir, handled) and _allow_beneath(
            ruleset, os.devnull, handled & (_WRITE_FILE | _TRUNCATE)
        )
        if not rules_added or _libc.syscall(_LANDLOCK_RESTRICT_SELF, ruleset, 0) != 0:
            return 0
        return abi
    finally:
        os.close(ruleset)


def _allow_beneath(ruleset: int, path: str, access: int) -> bool:
    fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    try:
        rule = struct.pack("=Qi", access, fd)  # struct landlock_path_beneath_attr is packed: 12 bytes
        return int(_libc.syscall(_LANDLOCK_ADD_RULE, ruleset, _LANDLOCK_RULE_PATH_BENEATH, rule, 0)) == 0
    finally:
        os.close(fd)


# --- seccomp: no sockets, no io_uring, no ptrace -----------------------------------------------------------

_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
# socket, io_uring_setup, ptrace, process_vm_readv, process_vm_writev, and setsid and setpgid, which would
# let a process leave the group the supervisor kills
_DENIED = {"x86_64": (41, 425, 101, 310, 311, 112, 109), "aarch64": (198, 425, 117, 270, 271, 157, 154)}
_X32_BIT = 0x40000000  # x86_64's x32 ABI numbers its calls from here: refuse them all
_BPF_LD_W_ABS, _BPF_JEQ_K, _BPF_JGE_K, _BPF_RET_K = 0x20, 0x15, 0x35, 0x06
_SECCOMP_RET_ALLOW = 0x7FFF0000
_SECCOMP_RET_EPERM = 0x00050000 | 1


def _forbid_syscalls() -> bool:
    machine = platform.machine()
    return machine in _AUDIT_ARCH and forbid(_DENIED[machine])


def forbid(denied: tuple[int, ...]) -> bool:
    """Install a seccomp filter refusing (EPERM) the given system calls of this machine's ABI."""
    machine = platform.machine()
    # Every jump below lands on the final "deny" instruction; the arch check refuses foreign ABIs (int 0x80).
    program = [
        (_BPF_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        (_BPF_JEQ_K, 1, 0, _AUDIT_ARCH[machine]),
        (_BPF_RET_K, 0, 0, _SECCOMP_RET_EPERM),
        (_BPF_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
        (_BPF_JGE_K, len(denied) + 1, 0, _X32_BIT if machine == "x86_64" else 0xFFFFFFFF),
        *((_BPF_JEQ_K, len(denied) - i, 0, number) for i, number in enumerate(denied)),
        (_BPF_RET_K, 0, 0, _SECCOMP_RET_ALLOW),
        (_BPF_RET_K, 0, 0, _SECCOMP_RET_EPERM),
    ]
    filters = ctypes.create_string_buffer(b"".join(struct.pack("=HBBI", *op) for op in program))
    fprog = struct.pack("=HxxxxxxQ", len(program), ctypes.addressof(filters))  # struct sock_fprog
    fprog_buffer = ctypes.create_string_buffer(fprog)
    result = _libc.prctl(_PR_SET_SECCOMP, ctypes.c_ulong(_SECCOMP_MODE_FILTER), fprog_buffer, 0, 0)
    return int(result) == 0
