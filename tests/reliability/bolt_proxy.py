"""A TCP proxy in front of a Bolt server that can lose the answer to one COMMIT, for tests.

Once armed, the next COMMIT a client sends is passed on to the server (so it commits),
but the server's answer is swallowed and the client's connection cut: the client cannot
know whether its transaction committed (the driver raises IncompleteCommit).
Bolt messages travel as chunks (2-byte size, data) ended by an empty chunk; COMMIT is a
structure with no fields and signature 0x12, so one chunk ``b0 12``. A client waits for
the answer to COMMIT before it sends anything else, so COMMIT always ends what it sent.
"""

from __future__ import annotations

import contextlib
import socket
import threading

COMMIT = b"\x00\x02\xb0\x12\x00\x00"


class CommitCuttingProxy:
    """Listens on a free local port and forwards to `target_port`; `arm()` cuts at the next COMMIT."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._armed = threading.Event()
        self.cut = threading.Event()  # set once a COMMIT's answer has been swallowed
        self._sockets: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def arm(self) -> None:
        """Swallow the answer to the next COMMIT any client sends, and cut that connection."""
        self._armed.set()

    def close(self) -> None:
        """Stop listening and drop every connection."""
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            self._sockets += [client, server]
            cutting = threading.Event()
            threading.Thread(target=self._client_to_server, args=(client, server, cutting), daemon=True).start()
            threading.Thread(target=self._server_to_client, args=(server, client, cutting), daemon=True).start()

    def _client_to_server(self, client: socket.socket, server: socket.socket, cutting: threading.Event) -> None:
        sent = b""
        while data := _recv(client):
            sent = (sent + data)[-len(COMMIT):]  # a 6-byte COMMIT may arrive in pieces
            if sent == COMMIT and self._armed.is_set() and not self.cut.is_set():
                cutting.set()  # before the COMMIT goes out, so its answer cannot slip through
            try:
                server.sendall(data)
            except OSError:
                break
        _shut(server)

    def _server_to_client(self, server: socket.socket, client: socket.socket, cutting: threading.Event) -> None:
        while data := _recv(server):
            if cutting.is_set():  # the answer to the COMMIT: lost, and the client's connection with it
                self.cut.set()
                break
            try:
                client.sendall(data)
            except OSError:
                break
        _shut(client)
        _shut(server)


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
