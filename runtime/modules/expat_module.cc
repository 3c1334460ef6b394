// `_expat`: the XML tokenizer under xml.etree.ElementTree and
// xml.parsers.expat (runtime/lib/xml), over Debian's libexpat (linked
// statically: tools/bazel/system_expat.BUILD). CPython's pyexpat uses
// the same library, so what is well-formed, the error codes and
// messages ("mismatched tag", ...) and the positions they report agree.
//
// Expat calls back for every start tag, end tag and run of text. Rather
// than run script code from inside those callbacks, the parser records
// them as events and parse() hands the list back after each chunk; the
// Python side dispatches them to its handlers. Consecutive character
// data is merged into one event (ElementTree joins it anyway), and
// events queued before an error are still returned with it, so the
// handlers see everything up to the error, as with CPython's callbacks.
#include <expat.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

// Event kinds, as the Python side numbers them.
enum EventKind : int {
  kStart = 0,       // (0, name, [k1, v1, k2, v2, ...])
  kEnd = 1,         // (1, name)
  kData = 2,        // (2, text)
  kComment = 3,     // (3, text)
  kPi = 4,          // (4, target, data)
  kStartNs = 5,     // (5, prefix or '', uri or '')
  kEndNs = 6,       // (6, prefix or '')
  kDoctype = 7,     // (7, name, system id or None, public id or None)
  kXmlDecl = 8,     // (8, version or None, encoding or None, standalone)
  kStartCdata = 9,  // (9,)
  kEndCdata = 10,   // (10,)
};

struct Event {
  int kind;
  std::vector<std::string> text;
  std::vector<bool> present;  // per text item: false means None
  int64_t number = 0;
};

struct Parser {
  XML_Parser parser = nullptr;
  std::vector<Event> events;
  bool started = false;
  bool want_comments = true;
  ~Parser() {
    if (parser != nullptr) XML_ParserFree(parser);
  }
  void Add(int kind, std::initializer_list<const XML_Char*> items) {
    Event e;
    e.kind = kind;
    for (const XML_Char* s : items) {
      e.text.emplace_back(s != nullptr ? s : "");
      e.present.push_back(s != nullptr);
    }
    events.push_back(std::move(e));
  }
};

void FinalizeParser(void* p) { delete static_cast<Parser*>(p); }
const NativeDataOps kParserOps = {"xmlparser", nullptr, FinalizeParser};

Parser* Self(void* user) { return static_cast<Parser*>(user); }

void XMLCALL OnStart(void* user, const XML_Char* name, const XML_Char** attrs) {
  Event e;
  e.kind = kStart;
  e.text.emplace_back(name);
  e.present.push_back(true);
  for (const XML_Char** a = attrs; a != nullptr && *a != nullptr; ++a) {
    e.text.emplace_back(*a);
    e.present.push_back(true);
  }
  Self(user)->events.push_back(std::move(e));
}

void XMLCALL OnEnd(void* user, const XML_Char* name) {
  Self(user)->Add(kEnd, {name});
}

void XMLCALL OnData(void* user, const XML_Char* s, int len) {
  Parser* p = Self(user);
  if (!p->events.empty() && p->events.back().kind == kData) {
    p->events.back().text[0].append(s, static_cast<size_t>(len));
    return;
  }
  Event e;
  e.kind = kData;
  e.text.emplace_back(s, static_cast<size_t>(len));
  e.present.push_back(true);
  p->events.push_back(std::move(e));
}

void XMLCALL OnComment(void* user, const XML_Char* data) {
  Self(user)->Add(kComment, {data});
}

void XMLCALL OnPi(void* user, const XML_Char* target, const XML_Char* data) {
  Self(user)->Add(kPi, {target, data});
}

void XMLCALL OnStartNs(void* user, const XML_Char* prefix,
                       const XML_Char* uri) {
  Parser* p = Self(user);
  p->Add(kStartNs, {prefix, uri});
  p->events.back().present = {true, true};
}

void XMLCALL OnEndNs(void* user, const XML_Char* prefix) {
  Parser* p = Self(user);
  p->Add(kEndNs, {prefix});
  p->events.back().present = {true};
}

void XMLCALL OnDoctype(void* user, const XML_Char* name, const XML_Char* sysid,
                       const XML_Char* pubid, int has_internal) {
  Parser* p = Self(user);
  p->Add(kDoctype, {name, sysid, pubid});
  p->events.back().number = has_internal;
}

void XMLCALL OnXmlDecl(void* user, const XML_Char* version,
                       const XML_Char* encoding, int standalone) {
  Parser* p = Self(user);
  p->Add(kXmlDecl, {version, encoding});
  p->events.back().number = standalone;
}

void XMLCALL OnStartCdata(void* user) { Self(user)->Add(kStartCdata, {}); }
void XMLCALL OnEndCdata(void* user) { Self(user)->Add(kEndCdata, {}); }

Parser* AsParser(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kNativeData) &&
      As<NativeData>(v)->ops == &kParserOps) {
    return static_cast<Parser*>(As<NativeData>(v)->data);
  }
  RaiseTypeError(ts, "expected an expat parser handle");
  return nullptr;
}

// create(cls, namespace_separator or None, encoding or None) -> handle.
Value Create(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "create", nargs, 3, 3)) return Value::Error();
  std::string sep;
  bool ns = false;
  if (!args[1].IsNone()) {
    if (!IsStr(args[1])) {
      return RaiseTypeError(ts, "namespace_separator must be str or None");
    }
    sep = std::string(AsStr(args[1])->view());
    if (sep.size() > 1) {
      return RaiseValueError(
          ts,
          "namespace_separator must be at most one character, omitted, "
          "or None");
    }
    ns = true;
  }
  std::string encoding;
  bool have_encoding = false;
  if (!args[2].IsNone()) {
    if (!IsStr(args[2])) return RaiseTypeError(ts, "encoding must be str");
    encoding = std::string(AsStr(args[2])->view());
    have_encoding = true;
  }
  auto p = std::make_unique<Parser>();
  const XML_Char* enc = have_encoding ? encoding.c_str() : nullptr;
  p->parser = ns ? XML_ParserCreateNS(enc, sep.empty() ? '\0' : sep[0])
                 : XML_ParserCreate(enc);
  if (p->parser == nullptr) return RaiseMemoryError(ts);
  XML_SetUserData(p->parser, p.get());
  XML_SetElementHandler(p->parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(p->parser, OnData);
  XML_SetCommentHandler(p->parser, OnComment);
  XML_SetProcessingInstructionHandler(p->parser, OnPi);
  XML_SetStartDoctypeDeclHandler(p->parser, OnDoctype);
  XML_SetXmlDeclHandler(p->parser, OnXmlDecl);
  XML_SetCdataSectionHandler(p->parser, OnStartCdata, OnEndCdata);
  if (ns) XML_SetNamespaceDeclHandler(p->parser, OnStartNs, OnEndNs);
  auto* obj = Rt(ts).heap.New<NativeData>(ts, ObjKind::kNativeData,
                                          As<ClassObject>(args[0]));
  if (obj == nullptr) return RaiseMemoryError(ts);
  obj->data = p.release();
  obj->ops = &kParserOps;
  return Value::Obj(obj);
}

Value TextOrNone(ThreadState& ts, const Event& e, size_t i) {
  if (!e.present[i]) return Value::None();
  return StrValue(ts, e.text[i]);
}

// The queued events as a list of tuples; empties the queue.
Value TakeEvents(ThreadState& ts, Parser* p) {
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  std::vector<Event> events = std::move(p->events);
  p->events.clear();
  NativePoll poll(ts, /*at_safe_point=*/false);
  for (const Event& e : events) {
    if (!poll.Advance(1)) return Value::Error();
    Value items[4];
    uint32_t n = 0;
    items[n++] = Value::Int(e.kind);
    Tuple* t = nullptr;
    if (e.kind == kStart) {
      Value name = StrValue(ts, e.text[0]);
      if (name.IsError()) return name;
      roots.Add(name);
      List* attrs = NewList(ts, 0);
      if (attrs == nullptr) return Value::Error();
      roots.Add(Value::Obj(attrs));
      for (size_t i = 1; i < e.text.size(); ++i) {
        Value s = StrValue(ts, e.text[i]);
        if (s.IsError() || !ListAppend(ts, attrs, s)) return Value::Error();
      }
      items[n++] = name;
      items[n++] = Value::Obj(attrs);
    } else {
      for (size_t i = 0; i < e.text.size(); ++i) {
        Value s = TextOrNone(ts, e, i);
        if (s.IsError()) return s;
        roots.Add(s);
        items[n++] = s;
      }
      if (e.kind == kDoctype || e.kind == kXmlDecl) {
        items[n++] = Value::Int(e.number);
      }
    }
    t = NewTupleFrom(ts, items, n);
    if (t == nullptr || !ListAppend(ts, out, Value::Obj(t))) {
      return Value::Error();
    }
  }
  return Value::Obj(out);
}

// parse(cls, handle, data, final) -> (events, error) where error is None
// or (code, message, line, column).
Value Parse(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "parse", nargs, 4, 4)) return Value::Error();
  Parser* p = AsParser(ts, args[1]);
  if (p == nullptr) return Value::Error();
  std::string_view data;
  bool is_text = IsStr(args[2]);
  if (is_text) {
    data = AsStr(args[2])->view();
  } else if (!GetBuffer(args[2], &data)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "a bytes-like object is required, not '%s'",
                       TypeName(ts, args[2]));
  }
  // Text arrives as UTF-8 whatever its XML declaration says, as CPython
  // tells expat for str input.
  if (is_text && !p->started) XML_SetEncoding(p->parser, "utf-8");
  p->started = true;
  bool final = args[3].IsIntLike() && args[3].AsInt() != 0;
  std::string copy(data);
  XML_Status status = XML_STATUS_OK;
  // Large inputs go in slices so the host's limits are polled.
  constexpr size_t kSlice = size_t{1} << 20;
  NativePoll poll(ts, /*at_safe_point=*/false);
  size_t off = 0;
  do {
    size_t n = std::min(kSlice, copy.size() - off);
    bool last = final && off + n == copy.size();
    if (!poll.Advance(n / 64 + 1)) return Value::Error();
    status = XML_Parse(p->parser, copy.data() + off, static_cast<int>(n),
                       last ? 1 : 0);
    off += n;
  } while (status == XML_STATUS_OK && off < copy.size());
  TempRoots roots(ts);
  Value events = TakeEvents(ts, p);
  if (events.IsError()) return events;
  roots.Add(events);
  Value error = Value::None();
  if (status != XML_STATUS_OK) {
    XML_Error code = XML_GetErrorCode(p->parser);
    const XML_LChar* message = XML_ErrorString(code);
    Value msg = StrValue(ts, message != nullptr ? message : "");
    if (msg.IsError()) return msg;
    roots.Add(msg);
    Value items[4] = {
        Value::Int(code), msg,
        Value::Int(static_cast<int64_t>(XML_GetErrorLineNumber(p->parser))),
        Value::Int(static_cast<int64_t>(XML_GetErrorColumnNumber(p->parser)))};
    Tuple* t = NewTupleFrom(ts, items, 4);
    if (t == nullptr) return Value::Error();
    error = Value::Obj(t);
    roots.Add(error);
  }
  Value pair[2] = {events, error};
  Tuple* t = NewTupleFrom(ts, pair, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// position(cls, handle) -> (line, column, byte index) of the parser.
Value Position(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "position", nargs, 2, 2)) return Value::Error();
  Parser* p = AsParser(ts, args[1]);
  if (p == nullptr) return Value::Error();
  Value items[3] = {
      Value::Int(static_cast<int64_t>(XML_GetCurrentLineNumber(p->parser))),
      Value::Int(static_cast<int64_t>(XML_GetCurrentColumnNumber(p->parser))),
      Value::Int(static_cast<int64_t>(XML_GetCurrentByteIndex(p->parser)))};
  Tuple* t = NewTupleFrom(ts, items, 3);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// error_string(cls, code) -> str or None.
Value ErrorString(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "error_string", nargs, 2, 2)) return Value::Error();
  int64_t code;
  if (!ToIndex(ts, args[1], &code)) return Value::Error();
  const XML_LChar* s = XML_ErrorString(static_cast<XML_Error>(code));
  return s != nullptr ? StrValue(ts, s) : Value::None();
}

Module* InitExpatModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "_expat"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  ClassObject* handle = NewClass(ts, "Handle", rt.classes.object, "_expat",
                                 ObjKind::kNativeData, kClassBuiltin);
  if (handle == nullptr) return nullptr;
  roots.Add(Value::Obj(handle));
  static constexpr MethodDef kFunctions[] = {
      {"create", Create},
      {"parse", Parse},
      {"position", Position},
      {"error_string", ErrorString},
  };
  for (const MethodDef& def : kFunctions) {
    NativeFunction* nf =
        NewNative(ts, std::string("_expat.") + def.name, def.fn);
    if (nf == nullptr) return nullptr;
    nf->bound_self = Value::Obj(handle);
    if (!AddValue(ts, m, def.name, Value::Obj(nf))) return nullptr;
  }
  XML_Expat_Version v = XML_ExpatVersionInfo();
  Value version = StrValue(ts, XML_ExpatVersion());
  if (version.IsError() || !AddValue(ts, m, "EXPAT_VERSION", version)) {
    return nullptr;
  }
  Value parts[3] = {Value::Int(v.major), Value::Int(v.minor),
                    Value::Int(v.micro)};
  Tuple* info = NewTupleFrom(ts, parts, 3);
  if (info == nullptr || !AddValue(ts, m, "version_info", Value::Obj(info))) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_expat", InitExpatModule);

}  // namespace builtins
}  // namespace interp
