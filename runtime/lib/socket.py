"""Low-level networking (the socket module) on interp's native _socket:
blocking sockets for AF_INET, AF_INET6 and AF_UNIX. Not provided:
timeouts (settimeout), makefile(), sendto/recvfrom and the DNS helpers
beyond gethostname/gethostbyname."""

import _socket
from _socket import (AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOCK_DGRAM,
                     SOL_SOCKET, SO_REUSEADDR, SO_KEEPALIVE, SO_ERROR,
                     SO_TYPE, SO_RCVBUF, SO_SNDBUF, IPPROTO_TCP, IPPROTO_UDP,
                     TCP_NODELAY, SHUT_RD, SHUT_WR, SHUT_RDWR, SOMAXCONN,
                     MSG_PEEK)
import os as _os

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


def _resolve_errors(fn, *args):
    try:
        return fn(*args)
    except OSError as e:
        # _socket reports getaddrinfo failures as a plain OSError whose
        # text starts with the EAI code.
        if type(e) is OSError and e.errno is None and str(e).startswith('[Errno -'):
            code, _, msg = str(e)[len('[Errno '):].partition('] ')
            raise gaierror(int(code), msg) from None
        raise


class socket:
    """A socket: a file descriptor plus its family, type and protocol."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if fileno is None:
            fileno = _socket.socket(family, type, proto)
        self._fd = fileno
        self.family = family
        self.type = type
        self.proto = proto

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if self._fd >= 0:
            self.close()

    def __del__(self):
        fd = getattr(self, '_fd', -1)
        if fd >= 0:
            self._fd = -1
            try:
                _socket.close(fd)
            except OSError:
                pass

    def fileno(self):
        return self._fd

    def _check(self):
        if self._fd < 0:
            raise OSError(9, 'Bad file descriptor')
        return self._fd

    def close(self):
        fd = self._fd
        self._fd = -1
        if fd >= 0:
            _socket.close(fd)

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def _addr_args(self, address):
        if self.family == AF_UNIX:
            return (_os.fsencode(address) if not isinstance(address, (str, bytes))
                    else address,)
        if not isinstance(address, tuple) or len(address) < 2:
            raise TypeError('%s address must be a tuple (host, port)'
                            % ('AF_INET' if self.family == AF_INET else 'AF_INET6'))
        return address[0], address[1]

    def bind(self, address):
        _resolve_errors(_socket.bind, self._check(), self.family,
                        *self._addr_args(address))

    def connect(self, address):
        _resolve_errors(_socket.connect, self._check(), self.family,
                        *self._addr_args(address))

    def connect_ex(self, address):
        try:
            self.connect(address)
        except gaierror:
            raise
        except OSError as e:
            return e.errno or 0
        return 0

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._check(), max(backlog, 0))

    def accept(self):
        fd, addr = _socket.accept(self._check())
        return socket(self.family, self.type, self.proto, fileno=fd), addr

    def send(self, data, flags=0):
        return _socket.send(self._check(), data, flags)

    def sendall(self, data, flags=0):
        view = bytes(data)
        while view:
            n = _socket.send(self._check(), view, flags)
            view = view[n:]

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._check(), bufsize, flags)

    def getsockname(self):
        return _socket.getsockname(self._check())

    def getpeername(self):
        return _socket.getpeername(self._check())

    def setsockopt(self, level, optname, value):
        _socket.setsockopt(self._check(), level, optname, int(value))

    def getsockopt(self, level, optname):
        return _socket.getsockopt(self._check(), level, optname)

    def shutdown(self, how):
        _socket.shutdown(self._check(), how)

    def setblocking(self, flag):
        if not flag:
            raise NotImplementedError('non-blocking sockets are not supported')

    def getblocking(self):
        return True

    def gettimeout(self):
        return None


SocketType = socket


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return (socket(family, type, proto, fileno=a),
            socket(family, type, proto, fileno=b))


def gethostname():
    return _socket.gethostname()


def gethostbyname(hostname):
    return _resolve_errors(_socket.gethostbyname, hostname)


def create_connection(address, timeout=None, source_address=None):
    """A connected TCP socket to (host, port)."""
    if timeout is not None:
        raise NotImplementedError('socket timeouts are not supported')
    host, port = address
    last = None
    for family in (AF_INET, AF_INET6):
        sock = socket(family, SOCK_STREAM)
        try:
            if source_address:
                sock.bind(source_address)
            sock.connect((host, port))
            return sock
        except OSError as e:
            sock.close()
            # A family the host has no address in matters least.
            if last is None or isinstance(last, gaierror):
                last = e
    raise last


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock
