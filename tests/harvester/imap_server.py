"""A real IMAP server for tests: a throwaway Dovecot on 127.0.0.1, and a proxy that drops
connections on cue.

``Dovecot`` writes a config into a temp dir of its own (mail, logs, sockets, users) and
runs ``dovecot -F`` on a free port. Users are added while it runs: each password is a
file read on every login (a ``dict`` passdb over ``fs:posix``), because a ``passwd-file``
is re-read at most once a second and a user added in that second would be refused.
The helpers (``append``, ``append_many``, ``deliver_many``, ``recreate_folder``...)
log in as the user over IMAP, like a mail client, except ``deliver_many``, which
writes into the Maildir the way an MTA does and lets Dovecot assign the UIDs.

Works as root (CI) and as a normal user. As root, Dovecot refuses to give mail access
to UID 0, so mail belongs to ``nobody``, the internal processes run as ``dovecot`` and
the login processes as ``dovenull`` (made by the Debian package; ``nobody`` otherwise),
and the temp dir lives under /tmp, which those users can traverse.

``FlakyProxy`` sits between a client and the server and cuts connections after a set
number of bytes from the server, to drop a connection in the middle of a FETCH.
"""

from __future__ import annotations

import array
import contextlib
import fcntl
import grp
import json
import os
import pwd
import re
import selectors
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import termios
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from itertools import islice
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient
from imapclient.imap_utf7 import encode as utf7_encode

HOST = "127.0.0.1"
START_TIMEOUT = 5.0
APPEND_BATCH = 1000
# Usernames become file and directory names, and Dovecot lowercases logins (%Lu).
USERNAME = re.compile(r"[a-z0-9][a-z0-9._@+-]{0,63}")
APPENDUID = re.compile(rb"\[APPENDUID (\d+) ([0-9:,]+)\]")


def dovecot_binary() -> str | None:
    """Return the path of the ``dovecot`` binary, or None when it is not installed."""
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)),
        None,
    )


def closed_port() -> int:
    """Return a port on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def parse_uid_set(text: str) -> list[int]:
    """Return the UIDs of an IMAP uid-set such as ``4:6,9`` in the order written."""
    uids: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition(":")
        start, end = int(first), int(last or first)
        step = 1 if end >= start else -1
        uids.extend(range(start, end + step, step))
    return uids


def _appended_uids(response: object) -> list[int]:
    """Return the UIDs from the APPENDUID code of an APPEND response (UIDPLUS)."""
    if isinstance(response, tuple):  # imapclient's multiappend gives (typ, [text])
        response = b" ".join(part for part in response[1] if isinstance(part, bytes))
    text = response if isinstance(response, bytes) else str(response).encode()
    found = APPENDUID.search(text)
    if found is None:
        raise AssertionError(f"no APPENDUID in APPEND response: {text!r}")
    return parse_uid_set(found.group(2).decode())


def _user_ids(name: str) -> tuple[int, int] | None:
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        return None
    return entry.pw_uid, entry.pw_gid


def _kill_group(proc: subprocess.Popen[bytes], graceful: bool, timeout: float) -> None:
    """Stop Dovecot and every process it started; return once the master has exited."""
    if graceful and proc.poll() is None:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout)
    if proc.returncode is None:
        # Dovecot runs in a session of its own, so the master's pid is the group id. It
        # cannot have been reused: the master is not reaped yet.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


class Dovecot:
    """A throwaway Dovecot IMAP server on 127.0.0.1 with users added at run time."""

    def __init__(self, binary: str | None = None) -> None:
        found = binary or dovecot_binary()
        if found is None:
            raise FileNotFoundError("dovecot not installed: apt-get install dovecot-imapd")
        self.binary = found
        self.host = HOST
        self.port = 0
        self.dir: Path | None = None
        self.start_seconds = 0.0
        self.stop_seconds = 0.0
        self._proc: subprocess.Popen[bytes] | None = None
        self._finalizer: weakref.finalize | None = None
        self._passwords: dict[str, str] = {}
        self._delivery_seq = 0
        self._lock = threading.Lock()
        if os.geteuid() == 0:
            # Dovecot refuses mail access as UID 0 and wants unprivileged users for its
            # own processes; the Debian package creates dovecot and dovenull.
            self._mail_ids = _user_ids("nobody") or (65534, 65534)
            self._internal_user = "dovecot" if _user_ids("dovecot") else "nobody"
            self._login_user = "dovenull" if _user_ids("dovenull") else "nobody"
            internal_gid = (_user_ids(self._internal_user) or self._mail_ids)[1]
        else:
            self._mail_ids = (os.getuid(), os.getgid())
            self._internal_user = self._login_user = pwd.getpwuid(os.getuid()).pw_name
            internal_gid = os.getgid()
        # Dovecot's sockets belong to this group: it must exist, and as a normal user it
        # must be our own, or Dovecot cannot chown them.
        self._internal_group = grp.getgrgid(internal_gid).gr_name

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> Dovecot:
        """Start the server and return it once it greets; raise with the log tail if not."""
        if self._proc is not None:
            raise RuntimeError("Dovecot already started")
        version = self.version()
        if not version.startswith("2.3."):
            raise RuntimeError(f"Dovecot {version}: this harness writes 2.3 config syntax")
        # /tmp rather than $TMPDIR: the unprivileged Dovecot processes must traverse it.
        parent = "/tmp" if os.geteuid() == 0 and os.path.isdir("/tmp") else None
        self.dir = Path(tempfile.mkdtemp(prefix="tradelead-dovecot-", dir=parent))
        self.dir.chmod(0o755)
        for sub in ("run", "state", "passdb", "mail"):
            (self.dir / sub).mkdir()
        if os.geteuid() == 0:
            os.chown(self.dir / "mail", *self._mail_ids)
        started = time.monotonic()
        for _attempt in range(3):
            self.port = closed_port()  # free a moment ago
            self._write_config()
            self._spawn()
            if self._wait_for_greeting():
                self.start_seconds = time.monotonic() - started
                return self
            if "Address already in use" not in self.log_tail():
                break
        tail = self.log_tail()
        self.stop()
        raise RuntimeError(f"Dovecot did not greet on {self.host}:{self.port}:\n{tail}")

    def stop(self, *, graceful: bool = True, timeout: float = 10.0) -> None:
        """Stop the server and remove its temp dir.

        ``graceful`` sends SIGTERM and waits (Dovecot takes ~1-3 s to exit: it sleeps a
        second for its log process), then kills whatever is left; ``graceful=False``
        kills the whole process group at once, which is as good for a throwaway server.
        """
        started = time.monotonic()
        if self._proc is not None:
            _kill_group(self._proc, graceful, timeout)
            self._proc = None
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None
        self.stop_seconds = time.monotonic() - started

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def version(self) -> str:
        """Return the version of the Dovecot binary, e.g. ``2.3.19.1``."""
        done = subprocess.run(
            [self.binary, "--version"], capture_output=True, text=True, check=True, timeout=10
        )
        return done.stdout.split()[0]

    def log_tail(self, lines: int = 40) -> str:
        """Return the last lines of Dovecot's log and of its stderr."""
        if self.dir is None:
            return ""
        text = []
        for name in ("dovecot.log", "stderr.log"):
            path = self.dir / name
            if path.exists():
                text.extend(path.read_text(errors="replace").splitlines()[-lines:])
        return "\n".join(text)

    def _write_config(self) -> None:
        assert self.dir is not None
        d = self.dir
        uid, gid = self._mail_ids
        (d / "passdb.conf").write_text(
            f"uri = fs:posix:prefix={d}/passdb/\n"
            "password_key = %u\n"
            "iterate_disable = yes\n"
            "default_pass_scheme = PLAIN\n"
        )
        (d / "dovecot.conf").write_text(
            f"""# Written by tests/harvester/imap_server.py
protocols = imap
listen = {HOST}
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {self._internal_user}
default_login_user = {self._login_user}
default_internal_group = {self._internal_group}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
last_valid_gid = {gid}
mail_location = maildir:{d}/mail/%u
mail_fsync = never
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = dict
  args = {d}/passdb.conf
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/mail/%u
}}
protocol imap {{
  mail_max_userip_connections = 100
}}
# No chroot: a normal user cannot chroot(), and a throwaway server gains nothing from it.
service imap-login {{
  chroot =
  inet_listener imap {{
    address = {HOST}
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
# No listener: auth finds no anvil socket and skips its per-IP failure penalty
# (2 s, 4 s, 8 s... after each failed login), which would slow every later test.
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""
        )

    def _spawn(self) -> None:
        assert self.dir is not None
        if self._proc is not None:
            _kill_group(self._proc, graceful=False, timeout=0)
        with open(self.dir / "stderr.log", "ab") as stderr:
            self._proc = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.dir / "dovecot.conf")],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                start_new_session=True,
            )
        if self._finalizer is not None:
            self._finalizer.detach()
        # Should the test run be interrupted before stop(), still take Dovecot down.
        self._finalizer = weakref.finalize(self, _kill_group, self._proc, False, 0.0)

    def _wait_for_greeting(self) -> bool:
        assert self._proc is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                return False
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    if sock.recv(512).startswith(b"* OK"):
                        return True
            except OSError:
                pass
            time.sleep(0.01)
        return False

    # -- users and mail --------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """Create a user with an empty mailbox; they can log in at once."""
        if self.dir is None:
            raise RuntimeError("Dovecot not started")
        if not USERNAME.fullmatch(name):
            raise ValueError(f"username must match {USERNAME.pattern}: {name!r}")
        with self._lock:
            if name in self._passwords:
                raise ValueError(f"user {name!r} already exists")
            self._passwords[name] = password
        record = json.dumps({"password": "{PLAIN}" + password})
        # Written whole then renamed, so a login never reads half a file.
        tmp = self.dir / "passdb" / f".{name}.tmp"
        tmp.write_text(record)
        tmp.replace(self.dir / "passdb" / name)

    def password(self, user: str) -> str:
        """Return the password given to ``add_user``."""
        return self._passwords[user]

    @contextlib.contextmanager
    def connect(self, user: str) -> Iterator[IMAPClient]:
        """Yield an IMAPClient logged in as ``user``; log out afterwards."""
        with IMAPClient(self.host, self.port, ssl=False, timeout=30) as client:
            client.login(user, self._passwords[user])
            yield client

    @staticmethod
    def _ensure_folder(client: IMAPClient, folder: str) -> None:
        if folder.upper() != "INBOX" and not client.folder_exists(folder):
            client.create_folder(folder)

    def append(
        self,
        user: str,
        folder: str,
        raw: bytes,
        *,
        flags: Sequence[str | bytes] = (),
        when: datetime | None = None,
    ) -> int:
        """APPEND one message (creating the folder if missing) and return its UID."""
        with self.connect(user) as client:
            self._ensure_folder(client, folder)
            response = client.append(folder, raw, flags=tuple(flags), msg_time=when)
        (uid,) = _appended_uids(response)
        return uid

    def append_many(self, user: str, folder: str, raws: Iterable[bytes]) -> list[int]:
        """APPEND many messages over one connection and return their UIDs in order.

        Uses MULTIAPPEND with non-synchronising literals (LITERAL+): a batch of a
        thousand messages is one command and one round trip.
        """
        uids: list[int] = []
        messages = iter(raws)
        with self.connect(user) as client:
            self._ensure_folder(client, folder)
            while batch := list(islice(messages, APPEND_BATCH)):
                got = _appended_uids(client.multiappend(folder, batch))
                if len(got) != len(batch):
                    raise AssertionError(f"{len(batch)} appended, APPENDUID gave {len(got)}")
                uids.extend(got)
        return uids

    def deliver_many(self, user: str, folder: str, raws: Iterable[bytes]) -> list[int]:
        """Write messages straight into the folder's Maildir ``new/`` (as an MTA
        would), let Dovecot index them, and return their UIDs in order."""
        with self.connect(user) as client:
            self._ensure_folder(client, folder)
            uid_next = client.folder_status(folder, [b"UIDNEXT"])[b"UIDNEXT"]
            maildir = self._maildir(user, folder)
            count = 0
            for raw in raws:
                with self._lock:
                    self._delivery_seq += 1
                    seq = self._delivery_seq
                # Dovecot gives new files UIDs sorted by the leading number of their
                # names (seconds, in real deliveries): one number per message keeps
                # their order. S= is the size, which spares Dovecot a stat().
                name = f"{1_000_000_000 + seq}.M0P{os.getpid()}Q{seq}.tradelead,S={len(raw)}"
                tmp = maildir / "tmp" / name
                tmp.write_bytes(raw)
                if os.geteuid() == 0:
                    os.chown(tmp, *self._mail_ids)
                tmp.rename(maildir / "new" / name)
                count += 1
            if count == 0:
                return []
            client.select_folder(folder, readonly=True)
            uids = sorted(u for u in client.search(["UID", f"{uid_next}:*"]) if u >= uid_next)
        if len(uids) != count:
            raise AssertionError(f"{count} delivered, Dovecot indexed {len(uids)}")
        return uids

    def _maildir(self, user: str, folder: str) -> Path:
        """Return the Maildir of a folder (Maildir++ layout: ``.Parent.Child``)."""
        assert self.dir is not None
        root = self.dir / "mail" / user
        if folder.upper() == "INBOX":
            return root
        return root / ("." + utf7_encode(folder).decode("ascii").replace("/", "."))

    def recreate_folder(self, user: str, folder: str) -> None:
        """Delete the folder with its messages and create it empty, with a new
        UIDVALIDITY (checked). INBOX cannot be deleted over IMAP: its Maildir is
        emptied and its index and UID list removed, so Dovecot starts it afresh; do
        that while no client has INBOX selected."""
        before = self.uidvalidity(user, folder)
        for _attempt in range(5):
            if folder.upper() == "INBOX":
                self._reset_inbox(user)
            else:
                with self.connect(user) as client:
                    client.delete_folder(folder)
                    client.create_folder(folder)
            if self.uidvalidity(user, folder) != before:
                return
            # Dovecot derives new UIDVALIDITYs from the clock; try again a moment later.
            time.sleep(0.2)
        raise AssertionError(f"UIDVALIDITY of {folder!r} stayed {before}")

    def _reset_inbox(self, user: str) -> None:
        maildir = self._maildir(user, "INBOX")
        for sub in ("new", "cur", "tmp"):
            for path in (maildir / sub).iterdir():
                path.unlink()
        for path in maildir.iterdir():
            # The folder's index and UID list, and the list index that caches its
            # status; dovecot-uidvalidity stays, so the next value is a new one.
            if path.is_file() and path.name.startswith(
                ("dovecot.index", "dovecot.list.index", "dovecot-uidlist")
            ):
                path.unlink()

    def uidvalidity(self, user: str, folder: str) -> int:
        """Return the folder's UIDVALIDITY."""
        with self.connect(user) as client:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def message_count(self, user: str, folder: str) -> int:
        """Return the number of messages in the folder."""
        with self.connect(user) as client:
            return int(client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])


class _Link:
    """One proxied connection: the client's socket and ours to the server."""

    def __init__(self, client: socket.socket, server: socket.socket, budget: int | None):
        self.client = client
        self.server = server
        self.budget = budget
        self.from_server = 0
        self._lock = threading.Lock()
        self._closed = False

    def close(self, *, reset: bool = False) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        with contextlib.suppress(OSError):
            if reset:
                _drain(self.client)
                # SHUT_RD wakes our reader without sending a FIN; linger 0 then makes
                # close() send an RST, as a dropped link or a crashed server would.
                self.client.shutdown(socket.SHUT_RD)
                linger = struct.pack("ii", 1, 0)
                self.client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            else:
                self.client.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)
        self.client.close()
        self.server.close()


def _drain(sock: socket.socket, timeout: float = 1.0) -> None:
    """Wait (up to ``timeout``) until the kernel has sent what we wrote, so an RST
    does not discard bytes the client was meant to receive."""
    deadline = time.monotonic() + timeout
    pending = array.array("i", [0])
    while time.monotonic() < deadline:
        try:
            fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, pending)
        except OSError:
            return
        if pending[0] == 0:
            return
        time.sleep(0.001)


class FlakyProxy:
    """A TCP proxy on 127.0.0.1 in front of a server that can cut connections.

    ``cut_after(n)``: connections opened from then on are reset once ``n`` bytes have
    gone from the server to the client (``times`` limits how many are cut; then the
    proxy forwards faithfully again). ``heal()`` stops cutting new connections;
    ``drop_all()`` resets every open connection now.
    """

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server((HOST, 0))
        self.host = HOST
        self.port = int(self._listener.getsockname()[1])
        self.connections = 0
        self.cuts = 0
        self._cut_after: int | None = None
        self._cuts_left: int | None = None
        self._links: set[_Link] = set()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        self._closed = False
        self._acceptor = threading.Thread(target=self._accept_loop, name="flaky-proxy", daemon=True)
        self._acceptor.start()

    def cut_after(self, server_bytes: int, *, times: int | None = None) -> None:
        """Reset the next connections (all, or the next ``times``) after ``server_bytes``
        bytes from the server, counted from the start (greeting included)."""
        if server_bytes < 0:
            raise ValueError("server_bytes must be >= 0")
        with self._lock:
            self._cut_after = server_bytes
            self._cuts_left = times

    def heal(self) -> None:
        """Forward new connections faithfully again."""
        with self._lock:
            self._cut_after = None
            self._cuts_left = None

    def drop_all(self) -> None:
        """Reset every connection open now."""
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close(reset=True)

    def close(self) -> None:
        """Stop accepting, close every connection and wait for the threads."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            links = list(self._links)
        self._wake_w.send(b"x")
        self._acceptor.join(5)
        for link in links:
            link.close()
        for thread in list(self._threads):
            thread.join(5)
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()

    def __enter__(self) -> FlakyProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while True:
                events = selector.select()
                if any(key.fileobj is self._wake_r for key, _ in events):
                    return
                try:
                    client, _ = self._listener.accept()
                except OSError:
                    continue
                self._open_link(client)

    def _open_link(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        server.settimeout(None)
        client.settimeout(None)
        with self._lock:
            if self._closed:
                client.close()
                server.close()
                return
            budget = self._cut_after
            if budget is not None and self._cuts_left is not None:
                self._cuts_left -= 1
                if self._cuts_left <= 0:
                    self._cut_after = None
                    self._cuts_left = None
            link = _Link(client, server, budget)
            self.connections += 1
            if budget == 0:
                self.cuts += 1
            else:
                self._links.add(link)
                threads = [
                    threading.Thread(
                        target=self._pump, args=(link, from_server), name=name, daemon=True
                    )
                    for from_server, name in ((True, "proxy-down"), (False, "proxy-up"))
                ]
                self._threads = [t for t in self._threads if t.is_alive()] + threads
                for thread in threads:
                    thread.start()
        if budget == 0:
            link.close(reset=True)

    def _cut(self, link: _Link) -> None:
        with self._lock:
            self.cuts += 1
        link.close(reset=True)

    def _pump(self, link: _Link, from_server: bool) -> None:
        source, sink = (link.server, link.client) if from_server else (link.client, link.server)
        try:
            while data := source.recv(65536):
                if from_server and link.budget is not None:
                    room = link.budget - link.from_server
                    if len(data) >= room:
                        sink.sendall(data[:room])
                        link.from_server += room
                        self._cut(link)
                        return
                if from_server:
                    link.from_server += len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            link.close()
            with self._lock:
                self._links.discard(link)
