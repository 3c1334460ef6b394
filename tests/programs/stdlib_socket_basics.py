# socket basics on localhost: socketpair, a TCP server and client in one
# thread, addresses, options and errors (no fixed ports are used).
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
a.sendall(b'hello through a pair')
print(b.recv(100))
b.send(b'and back')
print(a.recv(3), a.recv(100))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
b.close()
print(a.fileno())

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0)

with socket.socket() as cli:
    cli.connect(('127.0.0.1', port))
    conn, addr = srv.accept()
    print(addr[0], addr[1] == cli.getsockname()[1], conn.getpeername() == cli.getsockname())
    cli.sendall(b'x' * 100000)
    got = b''
    while len(got) < 100000:
        got += conn.recv(65536)
    print(len(got))
    conn.sendall(b'reply')
    print(cli.recv(1024))
    conn.close()
    print(cli.recv(1024))

c2 = socket.create_connection(('localhost', port))
conn2, _ = srv.accept()
c2.sendall(b'via create_connection')
print(conn2.recv(100))
c2.close()
conn2.close()
srv.close()

# Nothing listens on the port any more.
probe = socket.socket()
print(probe.connect_ex(('127.0.0.1', port)) != 0)
probe.close()
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno)
try:
    srv.recv(10)
except OSError as e:
    print('OSError', e.errno)
try:
    socket.socket().bind(('127.0.0.1', 70000))
except OverflowError as e:
    print('OverflowError', e)
print(isinstance(socket.gethostname(), str), socket.gethostbyname('localhost'))
print(socket.error is OSError, issubclass(socket.gaierror, OSError))
