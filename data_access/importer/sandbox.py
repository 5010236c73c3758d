"""Run the parsing of an uploaded file in a child process with a memory and a time limit.

Whatever a reader library does with a crafted file (allocate hundreds of GB, loop, abort the
process), only that child dies: the Streamlit server and the command line carry on and the user
gets a Dutch message. The sheet scan (sheetscan.py) already refuses the known bombs; this is the
defence for the unknown ones.

A fresh interpreter that imports pandas costs 1-2 s, too much for every upload. So one helper
process ("the fork server", `python -m data_access.importer.sandbox`) imports the importer once
and forks a child per file (a few ms). The fork server is single-threaded, so forking it is safe;
Streamlit's own process, with its many threads, never forks. The child sets its limits first:

- memory: RLIMIT_AS, the address space, set to what the child already maps plus what it may
  still grow, so that its resident memory can never pass MEMORY_LIMIT;
- time: SIGALRM after TIME_LIMIT_S (the default action ends the process, also inside Rust code),
  RLIMIT_CPU as a backstop, and the parent stops waiting and kills the child at TIME_LIMIT_S.

The fork server exits when its parent does (it watches a pipe from the parent). At most
MAX_PARALLEL children run at once, so several uploads together cannot exhaust the machine.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import pickle
import resource
import selectors
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

MEMORY_LIMIT = 700 * 1024 * 1024  # the child's resident memory, including what it inherits
TIME_LIMIT_S = 8.0  # one file, scan to result; starting the fork server is not counted
MAX_PARALLEL = 2
START_TIMEOUT_S = 60.0
PRELOAD = ("data_access.importer.validation",)
WARM_UP = ("data_access.importer.validation", "exercise")  # run once before the first fork
PROJECT_ROOT = Path(__file__).resolve().parents[2]
SERVER = "import sys; from data_access.importer.sandbox import serve; serve(sys.argv[1])"

T = TypeVar("T")
log = logging.getLogger(__name__)
_HEADER = struct.Struct("!Q")


class SandboxFailed(Exception):
    """The child did not come back with a result. `reason`: 'time' (out of time), 'memory'
    (a MemoryError), 'crash' (the process died, e.g. aborted on a failed allocation) or 'error'
    (the function raised; its traceback is in the log)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class RunStats:
    seconds: float  # from the request to the answer, as the caller waited
    peak_rss: int  # bytes: the child's peak resident memory, what it inherited included


def run(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`function(*args, **kwargs)` in a limited child; raises SandboxFailed when it fails.

    `function` must be importable by name (a module-level function) and its result picklable.
    """
    return run_measured(function, *args, **kwargs)[0]


def run_measured(function: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, RunStats]:
    request = pickle.dumps((function, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
    with _slots:
        started = time.perf_counter()
        try:
            status, payload, peak = _server().call(request)
        except (ConnectionRefusedError, FileNotFoundError):  # the fork server just died: once more
            try:
                status, payload, peak = _server(restart=True).call(request)
            except OSError:
                status, payload, peak = "crash", None, 0
        elapsed = time.perf_counter() - started
    if status != "ok":
        log.warning("an upload's child process failed (%s) after %.1f s", status, elapsed)
        raise SandboxFailed(status)
    return payload, RunStats(elapsed, peak)


def warm_up() -> None:
    """Start the fork server in the background, so the first upload does not wait for it."""
    if _current is None or not _current.alive():
        threading.Thread(target=_server, daemon=True, name="sandbox-warm-up").start()


# --- the parent's side ----------------------------------------------------------------------

_slots = threading.BoundedSemaphore(MAX_PARALLEL)
_lock = threading.Lock()
_current: _ForkServer | None = None


def _server(restart: bool = False) -> _ForkServer:
    global _current
    with _lock:
        if _current is None or not _current.alive() or restart:
            if _current is not None:
                _current.stop()
            _current = _ForkServer()
        return _current


class _ForkServer:
    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="doorstroom-sandbox-")
        self.address = os.path.join(self.folder, "socket")
        environment = os.environ | {"RUST_BACKTRACE": "0", "MALLOC_ARENA_MAX": "2"}
        path = [str(PROJECT_ROOT), *filter(None, environment.get("PYTHONPATH", "").split(os.pathsep))]
        environment["PYTHONPATH"] = os.pathsep.join(path)
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER, self.address],
            stdin=subprocess.PIPE,  # the lifeline: the server stops when this pipe closes
            stdout=subprocess.DEVNULL,
            cwd=PROJECT_ROOT,
            env=environment,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while not os.path.exists(self.address):
            if self.process.poll() is not None or time.monotonic() > deadline:
                log.error("the importer's fork server did not start (exit code %s)", self.process.poll())
                self.stop()
                raise SandboxFailed("crash")
            time.sleep(0.01)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        _remove(self.address, self.folder)

    def call(self, request: bytes) -> tuple[str, Any, int]:
        """Send one request; the child answers ('ok' | 'error', payload, peak rss)."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(START_TIMEOUT_S)
            connection.connect(self.address)  # refused or missing: the caller restarts the server
            try:
                pid = _HEADER.unpack(_receive_exactly(connection, _HEADER.size))[0]
            except (OSError, EOFError):  # the fork server did not fork a child in time
                return "crash", None, 0
            deadline = time.monotonic() + TIME_LIMIT_S
            try:
                connection.settimeout(TIME_LIMIT_S)
                _send(connection, request)
                answer = _receive(connection, deadline)
            except TimeoutError:
                _kill(pid)
                return "time", None, 0
            except (OSError, EOFError):  # the child died: aborted, killed by a limit
                _kill(pid)
                return ("time" if time.monotonic() >= deadline else "crash"), None, 0
        status, payload, peak = pickle.loads(answer)
        return status, payload, peak


def _remove(address: str, folder: str) -> None:
    for name in (address, address + ".new"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
    with contextlib.suppress(OSError):
        os.rmdir(folder)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def _send(connection: socket.socket, data: bytes) -> None:
    connection.sendall(_HEADER.pack(len(data)) + data)


def _receive_exactly(connection: socket.socket, size: int, deadline: float | None = None) -> bytes:
    parts, left = [], size
    while left:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            connection.settimeout(remaining)
        part = connection.recv(min(left, 1 << 20))
        if not part:
            raise EOFError
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _receive(connection: socket.socket, deadline: float | None = None) -> bytes:
    size = _HEADER.unpack(_receive_exactly(connection, _HEADER.size, deadline))[0]
    return _receive_exactly(connection, size, deadline)


# --- the fork server and its children -------------------------------------------------------


def serve(address: str) -> None:
    """The fork server: preload the importer, then fork one child per connection until the
    parent closes stdin."""
    for module in PRELOAD:
        __import__(module)
    module, function = WARM_UP
    getattr(importlib.import_module(module), function)()
    gc.collect()
    gc.freeze()  # what is loaded now is shared with every child: keep the collector off it
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(address + ".new")
    listener.listen(16)
    os.rename(address + ".new", address)  # the parent waits for this name: ready
    events = selectors.DefaultSelector()
    events.register(listener, selectors.EVENT_READ)
    events.register(sys.stdin, selectors.EVENT_READ)
    try:
        while True:
            for key, _ in events.select():
                if key.fileobj is sys.stdin:
                    if not os.read(key.fd, 1024):
                        return  # the parent is gone
                    continue
                connection, _ = listener.accept()
                if os.fork() == 0:
                    listener.close()
                    try:
                        _child(connection)
                    finally:
                        os._exit(0)
                connection.close()
    finally:
        _remove(address, os.path.dirname(address))


def _child(connection: socket.socket) -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    os.dup2(2, 1)  # nothing a library prints may reach a pipe that nobody reads
    _send_pid(connection)
    _limit_resources()
    try:
        function, args, kwargs = pickle.loads(_receive(connection))
        result = ("ok", function(*args, **kwargs))
    except MemoryError:
        result = ("memory", None)
    except Exception:  # reported to the parent as a crash; the traceback goes to the log
        traceback.print_exc()
        result = ("error", None)
    peak = _memory_now()[2]
    try:
        answer = pickle.dumps((*result, peak), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        traceback.print_exc()
        answer = pickle.dumps(("error", None, peak))
    _send(connection, answer)


def _send_pid(connection: socket.socket) -> None:
    connection.sendall(_HEADER.pack(os.getpid()))


def _limit_resources() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an aborted child leaves no core file
    mapped, resident, _ = _memory_now()
    headroom = max(MEMORY_LIMIT - resident, 64 * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_AS, (mapped + headroom, mapped + headroom))
    seconds = int(TIME_LIMIT_S) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    signal.alarm(seconds)


def _memory_now() -> tuple[int, int, int]:
    """(address space, resident set, peak resident set since the fork) in bytes, from /proc."""
    sizes = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmSize", "VmRSS", "VmHWM"):
                sizes[key] = int(value.split()[0]) * 1024
    return sizes["VmSize"], sizes["VmRSS"], sizes["VmHWM"]
