// ast::Dump in the format of CPython's `ast.dump()` (see ast.h). Used by
// tests and debugging; speed does not matter, exact text does.

#include "runtime/frontend/ast.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace interp::ast {
namespace {

// Python's repr() of a float: shortest digits that round-trip, fixed
// notation for exponents in [-4, 16), scientific otherwise.
std::string FloatRepr(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  int prec = 1;
  for (; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof(buf), "%.*e", prec - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf: [-]d.ddde[+-]XX
  std::string s(buf);
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i) {
    if (s[i] != '.') digits.push_back(s[i]);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = neg ? "-" : "";
  int nd = static_cast<int>(digits.size());
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out += "0.";
      out.append(static_cast<size_t>(-exp - 1), '0');
      out += digits;
    } else if (exp + 1 >= nd) {
      out += digits;
      out.append(static_cast<size_t>(exp + 1 - nd), '0');
      out += ".0";
    } else {
      out += digits.substr(0, static_cast<size_t>(exp + 1));
      out += ".";
      out += digits.substr(static_cast<size_t>(exp + 1));
    }
  } else {
    out += digits.substr(0, 1);
    if (nd > 1) {
      out += ".";
      out += digits.substr(1);
    }
    absl::StrAppendFormat(&out, "e%c%02d", exp < 0 ? '-' : '+',
                          exp < 0 ? -exp : exp);
  }
  return out;
}

bool NonPrintable(uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
         (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
         (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
         (cp >= 0xD7FC && cp <= 0xF8FF) || cp >= 0xF0000;
}

// Python's repr() of a bytes.
std::string BytesRepr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out.push_back(q);
  for (unsigned char c : s) {
    if (c == q || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7f) {
      absl::StrAppendFormat(&out, "\\x%02x", c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(q);
  return out;
}

// Python's repr() of a str.
std::string StrRepr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp = c;
    size_t len = 1;
    if (c >= 0x80) {
      len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i + len > s.size()) len = 1;
      cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      for (size_t k = 1; k < len; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      }
    }
    if (cp == '\\') {
      out += "\\\\";
    } else if (cp == static_cast<unsigned char>(q)) {
      out += '\\';
      out += q;
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (NonPrintable(cp)) {
      if (cp < 0x100) {
        absl::StrAppendFormat(&out, "\\x%02x", cp);
      } else if (cp < 0x10000) {
        absl::StrAppendFormat(&out, "\\u%04x", cp);
      } else {
        absl::StrAppendFormat(&out, "\\U%08x", cp);
      }
    } else {
      out.append(s, i, len);
    }
    i += len;
  }
  out += q;
  return out;
}

const char* CtxName(ExprContext c) {
  switch (c) {
    case ExprContext::kLoad:
      return "Load()";
    case ExprContext::kStore:
      return "Store()";
    case ExprContext::kDel:
      return "Del()";
  }
  return "?";
}

class Dumper {
 public:
  std::string out;
  bool positions = false;

  // Appends CPython's include_attributes=True fields before the closing ')'
  // of the node just dumped.
  void Positions(const Node& n) {
    if (!positions || out.empty() || out.back() != ')') return;
    out.pop_back();
    if (out.back() != '(') out += ", ";
    absl::StrAppendFormat(&out,
                          "lineno=%d, col_offset=%d, end_lineno=%d, "
                          "end_col_offset=%d)",
                          n.line, n.col, n.end_line, n.end_col);
  }

  void Expr(const ast::Expr* e) {
    if (e == nullptr) {
      out += "None";
      return;
    }
    ExprBody(*e);
    Positions(*e);
  }

  void ExprBody(const ast::Expr& expr) {
    const ast::Expr* e = &expr;
    switch (e->kind) {
      case ExprKind::kConstant: {
        const auto& c = e->As<Constant>();
        out += "Constant(value=";
        switch (c.ckind) {
          case ConstKind::kNone:
            out += "None";
            break;
          case ConstKind::kTrue:
            out += "True";
            break;
          case ConstKind::kFalse:
            out += "False";
            break;
          case ConstKind::kEllipsis:
            out += "Ellipsis";
            break;
          case ConstKind::kInt:
            absl::StrAppend(&out, c.int_value);
            break;
          case ConstKind::kFloat:
            out += FloatRepr(c.float_value);
            break;
          case ConstKind::kComplex: {
            std::string im = FloatRepr(c.float_value);
            if (im.size() > 2 && im.compare(im.size() - 2, 2, ".0") == 0) {
              im.resize(im.size() - 2);
            }
            out += im + "j";
            break;
          }
          case ConstKind::kStr:
            out += StrRepr(c.str_value);
            break;
          case ConstKind::kBigInt:
            out += c.str_value;
            break;
          case ConstKind::kBytes:
            out += BytesRepr(c.str_value);
            break;
        }
        out += ")";
        break;
      }
      case ExprKind::kName: {
        const auto& n = e->As<Name>();
        absl::StrAppend(&out, "Name(id=", StrRepr(n.id),
                        ", ctx=", CtxName(n.ctx), ")");
        break;
      }
      case ExprKind::kAttribute: {
        const auto& a = e->As<Attribute>();
        out += "Attribute(value=";
        Expr(a.value.get());
        absl::StrAppend(&out, ", attr=", StrRepr(a.attr),
                        ", ctx=", CtxName(a.ctx), ")");
        break;
      }
      case ExprKind::kSubscript: {
        const auto& s = e->As<Subscript>();
        out += "Subscript(value=";
        Expr(s.value.get());
        out += ", slice=";
        Expr(s.slice.get());
        absl::StrAppend(&out, ", ctx=", CtxName(s.ctx), ")");
        break;
      }
      case ExprKind::kSlice: {
        const auto& s = e->As<Slice>();
        out += "Slice(";
        bool first = true;
        auto field = [&](const char* name, const ExprPtr& v) {
          if (!v) return;
          if (!first) out += ", ";
          first = false;
          absl::StrAppend(&out, name, "=");
          Expr(v.get());
        };
        field("lower", s.lower);
        field("upper", s.upper);
        field("step", s.step);
        out += ")";
        break;
      }
      case ExprKind::kCall: {
        const auto& c = e->As<Call>();
        out += "Call(func=";
        Expr(c.func.get());
        out += ", args=";
        Exprs(c.args);
        out += ", keywords=";
        Keywords(c.keywords);
        out += ")";
        break;
      }
      case ExprKind::kBinOp: {
        const auto& b = e->As<BinOp>();
        out += "BinOp(left=";
        Expr(b.left.get());
        absl::StrAppend(&out, ", op=", BinOpName(b.op), "(), right=");
        Expr(b.right.get());
        out += ")";
        break;
      }
      case ExprKind::kUnaryOp: {
        const auto& u = e->As<UnaryOp>();
        absl::StrAppend(&out, "UnaryOp(op=", UnaryOpName(u.op), "(), operand=");
        Expr(u.operand.get());
        out += ")";
        break;
      }
      case ExprKind::kBoolOp: {
        const auto& b = e->As<BoolOp>();
        absl::StrAppend(
            &out, "BoolOp(op=", b.op == BoolOpKind::kAnd ? "And()" : "Or()",
            ", values=");
        Exprs(b.values);
        out += ")";
        break;
      }
      case ExprKind::kCompare: {
        const auto& c = e->As<Compare>();
        out += "Compare(left=";
        Expr(c.left.get());
        out += ", ops=[";
        for (size_t i = 0; i < c.ops.size(); ++i) {
          if (i) out += ", ";
          absl::StrAppend(&out, CmpOpName(c.ops[i]), "()");
        }
        out += "], comparators=";
        Exprs(c.comparators);
        out += ")";
        break;
      }
      case ExprKind::kNamedExpr: {
        const auto& n = e->As<NamedExpr>();
        out += "NamedExpr(target=";
        Expr(n.target.get());
        out += ", value=";
        Expr(n.value.get());
        out += ")";
        break;
      }
      case ExprKind::kIfExp: {
        const auto& i = e->As<IfExp>();
        out += "IfExp(test=";
        Expr(i.test.get());
        out += ", body=";
        Expr(i.body.get());
        out += ", orelse=";
        Expr(i.orelse.get());
        out += ")";
        break;
      }
      case ExprKind::kLambda: {
        const auto& l = e->As<Lambda>();
        out += "Lambda(args=";
        Args(l.args);
        out += ", body=";
        Expr(l.body.get());
        out += ")";
        break;
      }
      case ExprKind::kList: {
        const auto& l = e->As<List>();
        out += "List(elts=";
        Exprs(l.elts);
        absl::StrAppend(&out, ", ctx=", CtxName(l.ctx), ")");
        break;
      }
      case ExprKind::kTuple: {
        const auto& t = e->As<Tuple>();
        out += "Tuple(elts=";
        Exprs(t.elts);
        absl::StrAppend(&out, ", ctx=", CtxName(t.ctx), ")");
        break;
      }
      case ExprKind::kSet: {
        out += "Set(elts=";
        Exprs(e->As<Set>().elts);
        out += ")";
        break;
      }
      case ExprKind::kDict: {
        const auto& d = e->As<Dict>();
        out += "Dict(keys=";
        Exprs(d.keys);
        out += ", values=";
        Exprs(d.values);
        out += ")";
        break;
      }
      case ExprKind::kListComp: {
        const auto& c = e->As<ListComp>();
        out += "ListComp(elt=";
        Expr(c.elt.get());
        out += ", generators=";
        Generators(c.generators);
        out += ")";
        break;
      }
      case ExprKind::kSetComp: {
        const auto& c = e->As<SetComp>();
        out += "SetComp(elt=";
        Expr(c.elt.get());
        out += ", generators=";
        Generators(c.generators);
        out += ")";
        break;
      }
      case ExprKind::kDictComp: {
        const auto& c = e->As<DictComp>();
        out += "DictComp(key=";
        Expr(c.key.get());
        out += ", value=";
        Expr(c.value.get());
        out += ", generators=";
        Generators(c.generators);
        out += ")";
        break;
      }
      case ExprKind::kGeneratorExp: {
        const auto& c = e->As<GeneratorExp>();
        out += "GeneratorExp(elt=";
        Expr(c.elt.get());
        out += ", generators=";
        Generators(c.generators);
        out += ")";
        break;
      }
      case ExprKind::kYield: {
        out += "Yield(";
        if (e->As<Yield>().value != nullptr) {
          out += "value=";
          Expr(e->As<Yield>().value.get());
        }
        out += ")";
        break;
      }
      case ExprKind::kYieldFrom: {
        out += "YieldFrom(value=";
        Expr(e->As<YieldFrom>().value.get());
        out += ")";
        break;
      }
      case ExprKind::kAwait: {
        out += "Await(value=";
        Expr(e->As<Await>().value.get());
        out += ")";
        break;
      }
      case ExprKind::kJoinedStr: {
        out += "JoinedStr(values=";
        Exprs(e->As<JoinedStr>().values);
        out += ")";
        break;
      }
      case ExprKind::kFormattedValue: {
        const auto& f = e->As<FormattedValue>();
        out += "FormattedValue(value=";
        Expr(f.value.get());
        absl::StrAppend(&out, ", conversion=", f.conversion);
        if (f.format_spec) {
          out += ", format_spec=";
          Expr(f.format_spec.get());
        }
        out += ")";
        break;
      }
      case ExprKind::kStarred: {
        const auto& s = e->As<Starred>();
        out += "Starred(value=";
        Expr(s.value.get());
        absl::StrAppend(&out, ", ctx=", CtxName(s.ctx), ")");
        break;
      }
    }
  }

  void Exprs(const std::vector<ExprPtr>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      Expr(v[i].get());
    }
    out += "]";
  }

  void Keywords(const std::vector<Keyword>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      out += "keyword(";
      if (!v[i].arg.empty())
        absl::StrAppend(&out, "arg=", StrRepr(v[i].arg), ", ");
      out += "value=";
      Expr(v[i].value.get());
      out += ")";
      Positions(v[i]);
    }
    out += "]";
  }

  void Arg(const ast::Arg& a) {
    absl::StrAppend(&out, "arg(arg=", StrRepr(a.name));
    if (a.annotation) {
      out += ", annotation=";
      Expr(a.annotation.get());
    }
    out += ")";
    Positions(a);
  }

  void ArgList(const std::vector<ast::Arg>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      Arg(v[i]);
    }
    out += "]";
  }

  void Args(const Arguments& a) {
    out += "arguments(posonlyargs=";
    ArgList(a.posonlyargs);
    out += ", args=";
    ArgList(a.args);
    if (a.vararg) {
      out += ", vararg=";
      Arg(*a.vararg);
    }
    out += ", kwonlyargs=";
    ArgList(a.kwonlyargs);
    out += ", kw_defaults=";
    Exprs(a.kw_defaults);
    if (a.kwarg) {
      out += ", kwarg=";
      Arg(*a.kwarg);
    }
    out += ", defaults=";
    Exprs(a.defaults);
    out += ")";
  }

  void Generators(const std::vector<Comprehension>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      out += "comprehension(target=";
      Expr(v[i].target.get());
      out += ", iter=";
      Expr(v[i].iter.get());
      out += ", ifs=";
      Exprs(v[i].ifs);
      out += v[i].is_async ? ", is_async=1)" : ", is_async=0)";
    }
    out += "]";
  }

  void Names(const std::vector<std::string>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      out += StrRepr(v[i]);
    }
    out += "]";
  }

  void Aliases(const std::vector<Alias>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      absl::StrAppend(&out, "alias(name=", StrRepr(v[i].name));
      if (!v[i].asname.empty()) {
        absl::StrAppend(&out, ", asname=", StrRepr(v[i].asname));
      }
      out += ")";
      Positions(v[i]);
    }
    out += "]";
  }

  void Patterns(const std::vector<PatternPtr>& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      Pattern(*v[i]);
    }
    out += "]";
  }

  void Pattern(const ast::Pattern& p) {
    switch (p.kind) {
      case PatternKind::kValue:
        out += "MatchValue(value=";
        Expr(p.value.get());
        out += ")";
        break;
      case PatternKind::kSingleton: {
        const auto& c = p.value->As<Constant>();
        absl::StrAppend(&out, "MatchSingleton(value=",
                        c.ckind == ConstKind::kNone   ? "None"
                        : c.ckind == ConstKind::kTrue ? "True"
                                                      : "False",
                        ")");
        break;
      }
      case PatternKind::kSequence:
        out += "MatchSequence(patterns=";
        Patterns(p.patterns);
        out += ")";
        break;
      case PatternKind::kMapping:
        out += "MatchMapping(keys=";
        Exprs(p.keys);
        out += ", patterns=";
        Patterns(p.patterns);
        if (!p.name.empty()) absl::StrAppend(&out, ", rest=", StrRepr(p.name));
        out += ")";
        break;
      case PatternKind::kClass: {
        out += "MatchClass(cls=";
        Expr(p.value.get());
        out += ", patterns=";
        Patterns(p.patterns);
        out += ", kwd_attrs=[";
        for (size_t i = 0; i < p.kwd_attrs.size(); ++i) {
          if (i) out += ", ";
          out += StrRepr(p.kwd_attrs[i]);
        }
        out += "], kwd_patterns=";
        Patterns(p.kwd_patterns);
        out += ")";
        break;
      }
      case PatternKind::kStar:
        out += "MatchStar(";
        if (!p.name.empty()) absl::StrAppend(&out, "name=", StrRepr(p.name));
        out += ")";
        break;
      case PatternKind::kAs:
        out += "MatchAs(";
        if (!p.patterns.empty()) {
          out += "pattern=";
          Pattern(*p.patterns[0]);
          if (!p.name.empty()) out += ", ";
        }
        if (!p.name.empty()) absl::StrAppend(&out, "name=", StrRepr(p.name));
        out += ")";
        break;
      case PatternKind::kOr:
        out += "MatchOr(patterns=";
        Patterns(p.patterns);
        out += ")";
        break;
    }
    Positions(p);
  }

  void Stmts(const StmtList& v) {
    out += "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      Stmt(*v[i]);
    }
    out += "]";
  }

  void Stmt(const ast::Stmt& s) {
    StmtBody(s);
    Positions(s);
  }

  void StmtBody(const ast::Stmt& s) {
    switch (s.kind) {
      case StmtKind::kExprStmt:
        out += "Expr(value=";
        Expr(s.As<ExprStmt>().value.get());
        out += ")";
        break;
      case StmtKind::kAnnAssign: {
        const auto& a = s.As<AnnAssign>();
        out += "AnnAssign(target=";
        Expr(a.target.get());
        out += ", annotation=";
        Expr(a.annotation.get());
        if (a.value) {
          out += ", value=";
          Expr(a.value.get());
        }
        out += a.simple ? ", simple=1)" : ", simple=0)";
        break;
      }
      case StmtKind::kAssign: {
        const auto& a = s.As<Assign>();
        out += "Assign(targets=";
        Exprs(a.targets);
        out += ", value=";
        Expr(a.value.get());
        out += ")";
        break;
      }
      case StmtKind::kAugAssign: {
        const auto& a = s.As<AugAssign>();
        out += "AugAssign(target=";
        Expr(a.target.get());
        absl::StrAppend(&out, ", op=", BinOpName(a.op), "(), value=");
        Expr(a.value.get());
        out += ")";
        break;
      }
      case StmtKind::kIf: {
        const auto& i = s.As<If>();
        out += "If(test=";
        Expr(i.test.get());
        out += ", body=";
        Stmts(i.body);
        out += ", orelse=";
        Stmts(i.orelse);
        out += ")";
        break;
      }
      case StmtKind::kWhile: {
        const auto& w = s.As<While>();
        out += "While(test=";
        Expr(w.test.get());
        out += ", body=";
        Stmts(w.body);
        out += ", orelse=";
        Stmts(w.orelse);
        out += ")";
        break;
      }
      case StmtKind::kFor: {
        const auto& f = s.As<For>();
        out += f.is_async ? "AsyncFor(target=" : "For(target=";
        Expr(f.target.get());
        out += ", iter=";
        Expr(f.iter.get());
        out += ", body=";
        Stmts(f.body);
        out += ", orelse=";
        Stmts(f.orelse);
        out += ")";
        break;
      }
      case StmtKind::kBreak:
        out += "Break()";
        break;
      case StmtKind::kContinue:
        out += "Continue()";
        break;
      case StmtKind::kPass:
        out += "Pass()";
        break;
      case StmtKind::kFunctionDef: {
        const auto& f = s.As<FunctionDef>();
        absl::StrAppend(&out, f.is_async ? "AsyncFunctionDef" : "FunctionDef",
                        "(name=", StrRepr(f.name), ", args=");
        Args(f.args);
        out += ", body=";
        Stmts(f.body);
        out += ", decorator_list=";
        Exprs(f.decorator_list);
        if (f.returns) {
          out += ", returns=";
          Expr(f.returns.get());
        }
        out += ")";
        break;
      }
      case StmtKind::kReturn: {
        const auto& r = s.As<Return>();
        out += "Return(";
        if (r.value) {
          out += "value=";
          Expr(r.value.get());
        }
        out += ")";
        break;
      }
      case StmtKind::kClassDef: {
        const auto& c = s.As<ClassDef>();
        absl::StrAppend(&out, "ClassDef(name=", StrRepr(c.name), ", bases=");
        Exprs(c.bases);
        out += ", keywords=";
        Keywords(c.keywords);
        out += ", body=";
        Stmts(c.body);
        out += ", decorator_list=";
        Exprs(c.decorator_list);
        out += ")";
        break;
      }
      case StmtKind::kGlobal:
        out += "Global(names=";
        Names(s.As<Global>().names);
        out += ")";
        break;
      case StmtKind::kNonlocal:
        out += "Nonlocal(names=";
        Names(s.As<Nonlocal>().names);
        out += ")";
        break;
      case StmtKind::kImport:
        out += "Import(names=";
        Aliases(s.As<Import>().names);
        out += ")";
        break;
      case StmtKind::kImportFrom: {
        const auto& i = s.As<ImportFrom>();
        out += "ImportFrom(";
        if (!i.module.empty())
          absl::StrAppend(&out, "module=", StrRepr(i.module), ", ");
        out += "names=";
        Aliases(i.names);
        absl::StrAppend(&out, ", level=", i.level, ")");
        break;
      }
      case StmtKind::kTry: {
        const auto& t = s.As<Try>();
        out += "Try(body=";
        Stmts(t.body);
        out += ", handlers=[";
        for (size_t i = 0; i < t.handlers.size(); ++i) {
          if (i) out += ", ";
          const ExceptHandler& h = t.handlers[i];
          out += "ExceptHandler(";
          if (h.type) {
            out += "type=";
            Expr(h.type.get());
            out += ", ";
          }
          if (!h.name.empty())
            absl::StrAppend(&out, "name=", StrRepr(h.name), ", ");
          out += "body=";
          Stmts(h.body);
          out += ")";
          Positions(h);
        }
        out += "], orelse=";
        Stmts(t.orelse);
        out += ", finalbody=";
        Stmts(t.finalbody);
        out += ")";
        break;
      }
      case StmtKind::kRaise: {
        const auto& r = s.As<Raise>();
        out += "Raise(";
        if (r.exc) {
          out += "exc=";
          Expr(r.exc.get());
        }
        if (r.cause) {
          out += ", cause=";
          Expr(r.cause.get());
        }
        out += ")";
        break;
      }
      case StmtKind::kAssert: {
        const auto& a = s.As<Assert>();
        out += "Assert(test=";
        Expr(a.test.get());
        if (a.msg) {
          out += ", msg=";
          Expr(a.msg.get());
        }
        out += ")";
        break;
      }
      case StmtKind::kDelete:
        out += "Delete(targets=";
        Exprs(s.As<Delete>().targets);
        out += ")";
        break;
      case StmtKind::kWith: {
        const auto& w = s.As<With>();
        out += w.is_async ? "AsyncWith(items=[" : "With(items=[";
        for (size_t i = 0; i < w.items.size(); ++i) {
          if (i) out += ", ";
          out += "withitem(context_expr=";
          Expr(w.items[i].context_expr.get());
          if (w.items[i].optional_vars) {
            out += ", optional_vars=";
            Expr(w.items[i].optional_vars.get());
          }
          out += ")";
        }
        out += "], body=";
        Stmts(w.body);
        out += ")";
        break;
      }
      case StmtKind::kMatch: {
        const auto& m = s.As<Match>();
        out += "Match(subject=";
        Expr(m.subject.get());
        out += ", cases=[";
        for (size_t i = 0; i < m.cases.size(); ++i) {
          if (i) out += ", ";
          out += "match_case(pattern=";
          Pattern(*m.cases[i].pattern);
          if (m.cases[i].guard) {
            out += ", guard=";
            Expr(m.cases[i].guard.get());
          }
          out += ", body=";
          Stmts(m.cases[i].body);
          out += ")";
        }
        out += "])";
        break;
      }
    }
  }
};

}  // namespace

std::string Dump(const Module& module) {
  Dumper d;
  d.out = "Module(body=";
  d.Stmts(module.body);
  d.out += ", type_ignores=[])";
  return std::move(d.out);
}

std::string Dump(const Expr& expr) {
  Dumper d;
  d.Expr(&expr);
  return std::move(d.out);
}

std::string DumpWithPositions(const Module& module) {
  Dumper d;
  d.positions = true;
  d.out = "Module(body=";
  d.Stmts(module.body);
  d.out += ", type_ignores=[])";
  return std::move(d.out);
}

std::string Dump(const Stmt& stmt) {
  Dumper d;
  d.Stmt(stmt);
  return std::move(d.out);
}

const char* BinOpName(BinOpKind op) {
  switch (op) {
    case BinOpKind::kAdd:
      return "Add";
    case BinOpKind::kSub:
      return "Sub";
    case BinOpKind::kMult:
      return "Mult";
    case BinOpKind::kMatMult:
      return "MatMult";
    case BinOpKind::kDiv:
      return "Div";
    case BinOpKind::kFloorDiv:
      return "FloorDiv";
    case BinOpKind::kMod:
      return "Mod";
    case BinOpKind::kPow:
      return "Pow";
    case BinOpKind::kLShift:
      return "LShift";
    case BinOpKind::kRShift:
      return "RShift";
    case BinOpKind::kBitOr:
      return "BitOr";
    case BinOpKind::kBitXor:
      return "BitXor";
    case BinOpKind::kBitAnd:
      return "BitAnd";
  }
  return "?";
}

const char* UnaryOpName(UnaryOpKind op) {
  switch (op) {
    case UnaryOpKind::kInvert:
      return "Invert";
    case UnaryOpKind::kNot:
      return "Not";
    case UnaryOpKind::kUAdd:
      return "UAdd";
    case UnaryOpKind::kUSub:
      return "USub";
  }
  return "?";
}

const char* CmpOpName(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::kEq:
      return "Eq";
    case CmpOpKind::kNotEq:
      return "NotEq";
    case CmpOpKind::kLt:
      return "Lt";
    case CmpOpKind::kLtE:
      return "LtE";
    case CmpOpKind::kGt:
      return "Gt";
    case CmpOpKind::kGtE:
      return "GtE";
    case CmpOpKind::kIs:
      return "Is";
    case CmpOpKind::kIsNot:
      return "IsNot";
    case CmpOpKind::kIn:
      return "In";
    case CmpOpKind::kNotIn:
      return "NotIn";
  }
  return "?";
}

}  // namespace interp::ast
