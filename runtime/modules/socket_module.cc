// `_socket`: BSD sockets over plain file descriptors (AF_INET, AF_INET6
// and AF_UNIX; blocking mode only). runtime/lib/socket.py builds the
// socket class on these functions; addresses cross as (family, host,
// port) / (family, path) pieces so the conversions live here once.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/gil.h"

namespace interp {
namespace builtins {
namespace {

// A tuple of items; the items are rooted while the tuple is allocated.
Value TupleOf(ThreadState& ts, Value* items, uint32_t n) {
  TempRoots roots(ts);
  for (uint32_t i = 0; i < n; ++i) roots.Add(items[i]);
  Tuple* t = NewTupleFrom(ts, items, n);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

bool IntArg(ThreadState& ts, const char* fname, Value v, int64_t* out) {
  if (!v.IsIntLike()) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "%s: an integer is required (got type %s)", fname,
                TypeName(ts, v));
    return false;
  }
  *out = v.AsInt();
  return true;
}

bool StrArg(ThreadState& ts, const char* fname, Value v, std::string* out) {
  if (IsStr(v)) {
    out->assign(AsStr(v)->view());
    return true;
  }
  if (IsBytesLike(v)) {
    out->assign(BytesLikeView(v));
    return true;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "%s: str, bytes or bytearray expected, not %s", fname,
              TypeName(ts, v));
  return false;
}

// Raises socket.gaierror's base (OSError) with getaddrinfo's message; the
// Python layer maps it to gaierror.
Value RaiseGai(ThreadState& ts, int code) {
  return RaiseFormat(ts, Rt(ts).exc.os_error, "[Errno %d] %s", code,
                     gai_strerror(code));
}

// Fills `ss` from (family, host, port) or (AF_UNIX, path). An empty host
// is the wildcard address; names are resolved with getaddrinfo.
bool MakeAddr(ThreadState& ts, int family, const Value* a, sockaddr_storage* ss,
              socklen_t* len) {
  std::memset(ss, 0, sizeof(*ss));
  if (family == AF_UNIX) {
    std::string path;
    if (!StrArg(ts, "address", a[0], &path)) return false;
    auto* un = reinterpret_cast<sockaddr_un*>(ss);
    if (path.size() >= sizeof(un->sun_path)) {
      RaiseFormat(ts, Rt(ts).exc.os_error, "AF_UNIX path too long");
      return false;
    }
    un->sun_family = AF_UNIX;
    std::memcpy(un->sun_path, path.data(), path.size());
    *len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) +
                                  path.size() + 1);
    return true;
  }
  std::string host;
  int64_t port;
  if (!StrArg(ts, "host", a[0], &host) || !IntArg(ts, "port", a[1], &port)) {
    return false;
  }
  if (port < 0 || port > 65535) {
    RaiseFormat(ts, Rt(ts).exc.overflow_error, "bind(): port must be 0-65535.");
    return false;
  }
  addrinfo hints{};
  hints.ai_family = family;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* res = nullptr;
  std::string service = std::to_string(port);
  int rc;
  {
    BlockingRegion region(ts);
    rc = getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(),
                     &hints, &res);
  }
  if (rc != 0) {
    RaiseGai(ts, rc);
    return false;
  }
  std::memcpy(ss, res->ai_addr, res->ai_addrlen);
  *len = res->ai_addrlen;
  freeaddrinfo(res);
  return true;
}

// (host, port) for IPv4, (host, port, flowinfo, scope_id) for IPv6, the
// path for AF_UNIX, as CPython returns them.
Value AddrValue(ThreadState& ts, const sockaddr_storage& ss, socklen_t len) {
  char buf[INET6_ADDRSTRLEN] = {0};
  if (ss.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&ss);
    inet_ntop(AF_INET, &in->sin_addr, buf, sizeof(buf));
    Value items[2] = {StrValue(ts, buf), Value::Int(ntohs(in->sin_port))};
    if (items[0].IsError()) return items[0];
    return TupleOf(ts, items, 2);
  }
  if (ss.ss_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&ss);
    inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof(buf));
    Value items[4] = {StrValue(ts, buf), Value::Int(ntohs(in6->sin6_port)),
                      Value::Int(ntohl(in6->sin6_flowinfo)),
                      Value::Int(in6->sin6_scope_id)};
    if (items[0].IsError()) return items[0];
    return TupleOf(ts, items, 4);
  }
  if (ss.ss_family == AF_UNIX) {
    const auto* un = reinterpret_cast<const sockaddr_un*>(&ss);
    size_t n = len > offsetof(sockaddr_un, sun_path)
                   ? len - offsetof(sockaddr_un, sun_path)
                   : 0;
    std::string path(un->sun_path, strnlen(un->sun_path, n));
    return StrValue(ts, path);
  }
  return Value::None();
}

Value Socket(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "socket", kw) || !CheckArgCount(ts, "socket", nargs, 3, 3))
    return Value::Error();
  int64_t f, t, p;
  if (!IntArg(ts, "socket", args[0], &f) ||
      !IntArg(ts, "socket", args[1], &t) || !IntArg(ts, "socket", args[2], &p))
    return Value::Error();
  int fd = socket(static_cast<int>(f), static_cast<int>(t) | SOCK_CLOEXEC,
                  static_cast<int>(p));
  if (fd < 0) return RaiseOSError(ts, errno);
  return Value::Int(fd);
}

Value Socketpair(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (!NoKwargs(ts, "socketpair", kw) ||
      !CheckArgCount(ts, "socketpair", nargs, 3, 3))
    return Value::Error();
  int64_t f, t, p;
  if (!IntArg(ts, "socketpair", args[0], &f) ||
      !IntArg(ts, "socketpair", args[1], &t) ||
      !IntArg(ts, "socketpair", args[2], &p))
    return Value::Error();
  int fds[2];
  if (socketpair(static_cast<int>(f), static_cast<int>(t) | SOCK_CLOEXEC,
                 static_cast<int>(p), fds) != 0) {
    return RaiseOSError(ts, errno);
  }
  Value items[2] = {Value::Int(fds[0]), Value::Int(fds[1])};
  return TupleOf(ts, items, 2);
}

// fd-only calls: close, listen, shutdown.
Value Close(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  int64_t fd;
  if (!NoKwargs(ts, "close", kw) || !CheckArgCount(ts, "close", nargs, 1, 1) ||
      !IntArg(ts, "close", args[0], &fd))
    return Value::Error();
  if (close(static_cast<int>(fd)) != 0 && errno != ECONNRESET) {
    return RaiseOSError(ts, errno);
  }
  return Value::None();
}

Value Listen(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  int64_t fd, backlog;
  if (!NoKwargs(ts, "listen", kw) ||
      !CheckArgCount(ts, "listen", nargs, 2, 2) ||
      !IntArg(ts, "listen", args[0], &fd) ||
      !IntArg(ts, "listen", args[1], &backlog))
    return Value::Error();
  if (listen(static_cast<int>(fd), static_cast<int>(backlog)) != 0) {
    return RaiseOSError(ts, errno);
  }
  return Value::None();
}

Value Shutdown(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  int64_t fd, how;
  if (!NoKwargs(ts, "shutdown", kw) ||
      !CheckArgCount(ts, "shutdown", nargs, 2, 2) ||
      !IntArg(ts, "shutdown", args[0], &fd) ||
      !IntArg(ts, "shutdown", args[1], &how))
    return Value::Error();
  if (shutdown(static_cast<int>(fd), static_cast<int>(how)) != 0) {
    return RaiseOSError(ts, errno);
  }
  return Value::None();
}

// bind/connect(fd, family, host, port) or (fd, AF_UNIX, path).
template <bool kConnect>
Value BindOrConnect(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  const char* name = kConnect ? "connect" : "bind";
  int64_t fd, family;
  if (!NoKwargs(ts, name, kw) || !CheckArgCount(ts, name, nargs, 3, 4) ||
      !IntArg(ts, name, args[0], &fd) || !IntArg(ts, name, args[1], &family))
    return Value::Error();
  if (family != AF_UNIX && nargs != 4) {
    return RaiseTypeError(ts, "AF_INET address must be a pair (host, port)");
  }
  sockaddr_storage ss;
  socklen_t len;
  if (!MakeAddr(ts, static_cast<int>(family), args + 2, &ss, &len)) {
    return Value::Error();
  }
  int rc;
  if (kConnect) {
    BlockingRegion region(ts);
    rc = connect(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&ss), len);
  } else {
    rc = bind(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&ss), len);
  }
  if (rc != 0) return RaiseOSError(ts, errno);
  return Value::None();
}

Value Accept(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  int64_t fd;
  if (!NoKwargs(ts, "accept", kw) ||
      !CheckArgCount(ts, "accept", nargs, 1, 1) ||
      !IntArg(ts, "accept", args[0], &fd))
    return Value::Error();
  sockaddr_storage ss{};
  socklen_t len = sizeof(ss);
  int nfd;
  {
    BlockingRegion region(ts);
    nfd = accept4(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&ss), &len,
                  SOCK_CLOEXEC);
  }
  if (nfd < 0) return RaiseOSError(ts, errno);
  Value addr = AddrValue(ts, ss, len);
  if (addr.IsError()) {
    close(nfd);
    return addr;
  }
  Value items[2] = {Value::Int(nfd), addr};
  return TupleOf(ts, items, 2);
}

template <bool kPeer>
Value SockName(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  const char* name = kPeer ? "getpeername" : "getsockname";
  int64_t fd;
  if (!NoKwargs(ts, name, kw) || !CheckArgCount(ts, name, nargs, 1, 1) ||
      !IntArg(ts, name, args[0], &fd))
    return Value::Error();
  sockaddr_storage ss{};
  socklen_t len = sizeof(ss);
  int rc = kPeer ? getpeername(static_cast<int>(fd),
                               reinterpret_cast<sockaddr*>(&ss), &len)
                 : getsockname(static_cast<int>(fd),
                               reinterpret_cast<sockaddr*>(&ss), &len);
  if (rc != 0) return RaiseOSError(ts, errno);
  return AddrValue(ts, ss, len);
}

Value Send(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  int64_t fd, flags;
  if (!NoKwargs(ts, "send", kw) || !CheckArgCount(ts, "send", nargs, 3, 3) ||
      !IntArg(ts, "send", args[0], &fd) || !IntArg(ts, "send", args[2], &flags))
    return Value::Error();
  if (!IsBytesLike(args[1])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "a bytes-like object is required, not '%s'",
                       TypeName(ts, args[1]));
  }
  std::string data(BytesLikeView(args[1]));
  ssize_t n;
  {
    BlockingRegion region(ts);
    n = send(static_cast<int>(fd), data.data(), data.size(),
             static_cast<int>(flags) | MSG_NOSIGNAL);
  }
  if (n < 0) return RaiseOSError(ts, errno);
  return Value::Int(n);
}

Value Recv(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  int64_t fd, size, flags;
  if (!NoKwargs(ts, "recv", kw) || !CheckArgCount(ts, "recv", nargs, 3, 3) ||
      !IntArg(ts, "recv", args[0], &fd) ||
      !IntArg(ts, "recv", args[1], &size) ||
      !IntArg(ts, "recv", args[2], &flags))
    return Value::Error();
  if (size < 0) {
    return RaiseValueError(ts, "negative buffersize in recv");
  }
  std::string buf(static_cast<size_t>(size), '\0');
  ssize_t n;
  {
    BlockingRegion region(ts);
    n = recv(static_cast<int>(fd), buf.data(), buf.size(),
             static_cast<int>(flags));
  }
  if (n < 0) return RaiseOSError(ts, errno);
  buf.resize(static_cast<size_t>(n));
  return BytesValue(ts, buf);
}

Value SetSockOpt(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  int64_t fd, level, opt, value;
  if (!NoKwargs(ts, "setsockopt", kw) ||
      !CheckArgCount(ts, "setsockopt", nargs, 4, 4) ||
      !IntArg(ts, "setsockopt", args[0], &fd) ||
      !IntArg(ts, "setsockopt", args[1], &level) ||
      !IntArg(ts, "setsockopt", args[2], &opt) ||
      !IntArg(ts, "setsockopt", args[3], &value))
    return Value::Error();
  int v = static_cast<int>(value);
  if (setsockopt(static_cast<int>(fd), static_cast<int>(level),
                 static_cast<int>(opt), &v, sizeof(v)) != 0) {
    return RaiseOSError(ts, errno);
  }
  return Value::None();
}

Value GetSockOpt(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  int64_t fd, level, opt;
  if (!NoKwargs(ts, "getsockopt", kw) ||
      !CheckArgCount(ts, "getsockopt", nargs, 3, 3) ||
      !IntArg(ts, "getsockopt", args[0], &fd) ||
      !IntArg(ts, "getsockopt", args[1], &level) ||
      !IntArg(ts, "getsockopt", args[2], &opt))
    return Value::Error();
  int v = 0;
  socklen_t len = sizeof(v);
  if (getsockopt(static_cast<int>(fd), static_cast<int>(level),
                 static_cast<int>(opt), &v, &len) != 0) {
    return RaiseOSError(ts, errno);
  }
  return Value::Int(v);
}

Value GetHostName(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  if (!NoKwargs(ts, "gethostname", kw) ||
      !CheckArgCount(ts, "gethostname", nargs, 0, 0))
    return Value::Error();
  char buf[256];
  if (gethostname(buf, sizeof(buf)) != 0) return RaiseOSError(ts, errno);
  buf[sizeof(buf) - 1] = '\0';
  return StrValue(ts, buf);
}

// The first IPv4 address of a host name, as text.
Value GetHostByName(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  std::string host;
  if (!NoKwargs(ts, "gethostbyname", kw) ||
      !CheckArgCount(ts, "gethostbyname", nargs, 1, 1) ||
      !StrArg(ts, "gethostbyname", args[0], &host))
    return Value::Error();
  addrinfo hints{};
  hints.ai_family = AF_INET;
  addrinfo* res = nullptr;
  int rc;
  {
    BlockingRegion region(ts);
    rc = getaddrinfo(host.c_str(), nullptr, &hints, &res);
  }
  if (rc != 0) return RaiseGai(ts, rc);
  char buf[INET_ADDRSTRLEN] = {0};
  inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(res->ai_addr)->sin_addr,
            buf, sizeof(buf));
  freeaddrinfo(res);
  return StrValue(ts, buf);
}

Module* InitSocketModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_socket"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"socket", Socket},
      {"socketpair", Socketpair},
      {"close", Close},
      {"listen", Listen},
      {"shutdown", Shutdown},
      {"bind", BindOrConnect<false>},
      {"connect", BindOrConnect<true>},
      {"accept", Accept},
      {"getsockname", SockName<false>},
      {"getpeername", SockName<true>},
      {"send", Send},
      {"recv", Recv},
      {"setsockopt", SetSockOpt},
      {"getsockopt", GetSockOpt},
      {"gethostname", GetHostName},
      {"gethostbyname", GetHostByName},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  struct {
    const char* name;
    int value;
  } const ints[] = {
      {"AF_INET", AF_INET},           {"AF_INET6", AF_INET6},
      {"AF_UNIX", AF_UNIX},           {"SOCK_STREAM", SOCK_STREAM},
      {"SOCK_DGRAM", SOCK_DGRAM},     {"SOL_SOCKET", SOL_SOCKET},
      {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_KEEPALIVE", SO_KEEPALIVE},
      {"SO_ERROR", SO_ERROR},         {"SO_TYPE", SO_TYPE},
      {"SO_RCVBUF", SO_RCVBUF},       {"SO_SNDBUF", SO_SNDBUF},
      {"IPPROTO_TCP", IPPROTO_TCP},   {"IPPROTO_UDP", IPPROTO_UDP},
      {"TCP_NODELAY", TCP_NODELAY},   {"SHUT_RD", SHUT_RD},
      {"SHUT_WR", SHUT_WR},           {"SHUT_RDWR", SHUT_RDWR},
      {"SOMAXCONN", SOMAXCONN},       {"MSG_PEEK", MSG_PEEK},
  };
  for (const auto& c : ints) {
    if (!AddValue(ts, m, c.name, Value::Int(c.value))) return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_socket", InitSocketModule);

}  // namespace builtins
}  // namespace interp
