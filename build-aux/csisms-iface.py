#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The one description of libcsisms's interface, and everything made from it.

Parses include/csisms.h ONCE (the C preprocessor, then pycparser) and
lib/libcsisms.map into one description: the functions with their
prototypes, their ``@since`` release and symbol-version node, the enums and
``#define`` constants with their values, the structs with their fields,
offsets and sizes, and the version. Everything else that repeats the
interface is generated or checked from that description:

    csisms-iface.py generate [--outdir DIR]   write every generated file
    csisms-iface.py check                     the rules below; exit 1 on a breach
    csisms-iface.py json                      the description (JSON) to stdout
    csisms-iface.py functions [--undocumented] function names, one a line
    csisms-iface.py exports                   "name@@NODE" of every function
    csisms-iface.py symbols                   the Debian symbols file
    csisms-iface.py version                   the version string, "X.Y.Z"

The generated files (each says "generated - do not edit"), relative to the
top of the tree, are listed in GENERATED below. After adding a function,
constant or struct member to the header (and its map node), run

    /usr/bin/python3 build-aux/csisms-iface.py generate

and commit the result; tests/iface.sh (make check) fails while any of them
is stale.

Why pycparser rather than libclang: Debian ships pycparser as a pure-Python
package (python3-pycparser) that works with any Python 3 and needs nothing
but the system C preprocessor, while libclang's Python bindings
(python3-clang-N) are tied to one LLVM version and pull in the whole of
libclang; the header is plain C11 with fixed-width types, which pycparser
parses fully. pycparser drops comments, so the Doxygen facts (whether a
comment documents a function, its ``@since``, a member's ``/**< */`` text)
are read from the header lines at the positions pycparser reports.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from typing import Any, Dict, List, Optional, Tuple

try:
    from pycparser import c_ast, c_parser
except ImportError:  # pragma: no cover
    sys.exit("csisms-iface.py: needs pycparser (Debian: apt-get install python3-pycparser) "
             "and /usr/bin/python3")

TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
HEADER = "include/csisms.h"
MAP = "lib/libcsisms.map"

#: Files written by "generate", relative to the top of the tree.
GENERATED = {
    "bindings/interface.json": "json",
    "bindings/python/csisms/_native.py": "python",
    "bindings/ruby/lib/csisms/native.rb": "ruby",
    "bindings/ruby/lib/csisms/version.rb": "ruby_version",
    "debian/libcsisms1.symbols": "symbols",
    "bindings/js/native.js": "js",
    "bindings/js/native.d.ts": "js_dts",
    "bindings/js/package.json": "js_package",
}

#: The standard types the header uses, declared for the parser instead of
#: <stddef.h>/<stdint.h> (whose system versions pycparser cannot read). Their
#: sizes are those of the platforms libcsisms supports (LP64 and ILP32 agree on
#: the fixed-width ones; size_t and pointers are marked platform-dependent).
STD_TYPES = {
    "int8_t": ("signed char", 1), "uint8_t": ("unsigned char", 1),
    "int16_t": ("short", 2), "uint16_t": ("unsigned short", 2),
    "int32_t": ("int", 4), "uint32_t": ("unsigned int", 4),
    "int64_t": ("long long", 8), "uint64_t": ("unsigned long long", 8),
    "size_t": ("unsigned long", None),
}
BASIC_SIZES = {"char": 1, "signed char": 1, "unsigned char": 1, "short": 2, "unsigned short": 2,
               "int": 4, "unsigned": 4, "unsigned int": 4, "long long": 8, "unsigned long long": 8}

# ------------------------------------------------------------------------ parsing


def _cc() -> List[str]:
    return (os.environ.get("CC") or "cc").split()


def _preprocess(text: str, extra: List[str]) -> str:
    proc = subprocess.run(_cc() + ["-E", "-undef", "-nostdinc"] + extra + ["-x", "c", "-"],
                          input=text, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit("csisms-iface.py: the preprocessor failed:\n" + proc.stderr)
    return proc.stdout


def _const_int(text: str) -> int:
    t = text.rstrip("uUlL")
    if re.fullmatch(r"0[0-7]+", t):
        return int(t, 8)
    return int(t, 0)


class _Eval:
    """Integer constant expressions of the header (enumerators, #defines)."""

    def __init__(self, known: Dict[str, int]):
        self.known = known

    def __call__(self, node: c_ast.Node) -> int:
        if isinstance(node, c_ast.Constant):
            if node.type in ("int", "unsigned int", "long int", "unsigned long int",
                             "long long int", "unsigned long long int"):
                return _const_int(node.value)
            raise ValueError(f"not an integer: {node.value}")
        if isinstance(node, c_ast.ID):
            return self.known[node.name]
        if isinstance(node, c_ast.Cast):
            return self(node.expr)
        if isinstance(node, c_ast.UnaryOp):
            v = self(node.expr)
            return {"-": -v, "+": v, "~": ~v, "!": int(not v)}[node.op]
        if isinstance(node, c_ast.BinaryOp):
            a, b = self(node.left), self(node.right)
            ops = {"<<": a << b, ">>": a >> b, "|": a | b, "&": a & b, "^": a ^ b,
                   "+": a + b, "-": a - b, "*": a * b}
            if node.op in ops:
                return ops[node.op]
        raise ValueError(f"unsupported constant expression: {type(node).__name__}")


def _type(node: c_ast.Node) -> Dict[str, Any]:
    """A parameter, result or member type: its C spelling and its parts."""
    pointers: List[List[str]] = []
    while isinstance(node, (c_ast.PtrDecl, c_ast.ArrayDecl)):
        pointers.append(list(getattr(node, "quals", []) or []))
        node = node.type
    assert isinstance(node, c_ast.TypeDecl), node
    quals = list(node.quals or [])
    inner = node.type
    if isinstance(inner, c_ast.IdentifierType):
        base = " ".join(inner.names)
    elif isinstance(inner, c_ast.Struct):
        base = "struct " + inner.name
    elif isinstance(inner, c_ast.Enum):
        base = "enum " + inner.name
    else:  # pragma: no cover
        raise ValueError(f"unsupported type {inner}")
    c = " ".join(quals + [base])
    if pointers:
        c += " " + "".join("*" + "".join(" " + q for q in p) for p in pointers)
    return {"c": c, "base": base, "const": "const" in quals, "pointer": len(pointers)}


def _doc_above(lines: List[str], line: int) -> Optional[str]:
    """The /** ... */ comment that ends on the line just above ``line`` (1-based)."""
    end = line - 2
    if end < 0 or not lines[end].rstrip().endswith("*/"):
        return None
    start = end
    while start >= 0 and "/**" not in lines[start]:
        if start < end and "*/" in lines[start]:
            return None
        start -= 1
    if start < 0:
        return None
    return "\n".join(lines[start:end + 1])


def _trailing_doc(line: str) -> str:
    m = re.search(r"/\*\*<\s*(.*?)\s*\*/", line)
    return m.group(1) if m else ""


def _brief(doc: Optional[str]) -> str:
    if not doc:
        return ""
    text = re.sub(r"^\s*/?\*+/?", "", doc, flags=re.M)
    text = re.sub(r"\*/\s*$", "", text.strip())
    m = re.search(r"@brief\s+(.*?)(?:\n\s*\n|\n\s*@|$)", text, flags=re.S)
    body = m.group(1) if m else text.split("\n\n")[0]
    return re.sub(r"\s+", " ", body).strip()


def parse_map(path: str) -> List[Dict[str, Any]]:
    """The version script's nodes in order: name, inherited node, global symbols."""
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", " ", f.read(), flags=re.S)
        text = re.sub(r"#[^\n]*", " ", text)
    nodes = []
    for m in re.finditer(r"([A-Za-z0-9_.]+)\s*\{(.*?)\}\s*([A-Za-z0-9_.]*)\s*;", text, flags=re.S):
        name, body, parent = m.groups()
        symbols: List[str] = []
        scope = None
        for tok in re.findall(r"global:|local:|[^\s;]+", body):
            if tok in ("global:", "local:"):
                scope = tok[:-1]
            elif scope == "global":
                symbols.append(tok)
        nodes.append({"name": name, "inherits": parent or None, "symbols": symbols})
    return nodes


def _release(node: str) -> str:
    m = re.fullmatch(r"CSISMS_(\d+)\.(\d+)", node)
    if not m:
        raise ValueError(f"node {node} is not CSISMS_X.Y")
    return f"{m.group(1)}.{m.group(2)}.0"


def describe(header: str, mapfile: str) -> Dict[str, Any]:
    with open(header, encoding="utf-8") as f:
        source = f.read()
    lines = source.split("\n")
    body = re.sub(r"^[ \t]*#[ \t]*include[ \t]*<[^>\n]*>[ \t]*$", "", source, flags=re.M)
    prelude = "".join(f"typedef {c} {n};\n" for n, (c, _) in STD_TYPES.items())
    unit = prelude + f'#line 1 "{HEADER}"\n' + body

    # The macros the header defines (object-like, with a body), in its order.
    macros: Dict[str, str] = {}
    for ln in _preprocess(unit, ["-dM"]).splitlines():
        m = re.match(r"#define (CSISMS_[A-Z0-9_]+) (.+)$", ln)
        if m:
            macros[m.group(1)] = m.group(2)
    order = [m.group(1) for m in re.finditer(r"^\s*#\s*define\s+(CSISMS_[A-Z0-9_]+)[ \t(]", source, flags=re.M)]
    defines = [n for n in dict.fromkeys(order) if n in macros]
    # One preprocessing of the header with a probe per macro, one parse.
    probes = "".join(f"static const int __csisms_probe_{n}[] = {{ {n} }};\n" for n in defines)
    ast = c_parser.CParser().parse(_preprocess(unit + "\n" + probes, []), HEADER)

    known: Dict[str, int] = {}
    ev = _Eval(known)
    enums, structs, typedefs, functions, constants = [], [], {}, [], []
    group = ""
    groups = [(i + 1, m.group(1).strip()) for i, ln in enumerate(lines)
              for m in [re.match(r"/\*\* @name (.*?)\s*\*/", ln)]
              if m and i > 0 and lines[i - 1].startswith("/* ====")]

    def group_of(line: int) -> str:
        g = ""
        for at, name in groups:
            if at < line:
                g = name
        return g

    for ext in ast.ext:
        coord_line = ext.coord.line if ext.coord else 0
        in_header = ext.coord is not None and ext.coord.file == HEADER
        if isinstance(ext, c_ast.Typedef) and in_header:
            t = ext.type.type if isinstance(ext.type, c_ast.TypeDecl) else None
            if isinstance(t, c_ast.Enum):
                value = -1
                members = []
                for e in t.values.enumerators:
                    value = ev(e.value) if e.value is not None else value + 1
                    known[e.name] = value
                    members.append({"name": e.name, "value": value,
                                    "doc": _trailing_doc(lines[e.coord.line - 1])})
                enums.append({"name": t.name, "typedef": ext.name, "line": t.coord.line,
                              "doc": _brief(_doc_above(lines, t.coord.line)), "members": members})
                typedefs[ext.name] = "enum " + t.name
            elif isinstance(t, c_ast.Struct):
                typedefs[ext.name] = "struct " + t.name
                st: Dict[str, Any] = {"name": t.name, "typedef": ext.name, "line": t.coord.line,
                                      "doc": _brief(_doc_above(lines, t.coord.line)),
                                      "opaque": t.decls is None, "fields": []}
                offset = 0
                align = 1
                for d in t.decls or []:
                    ft = _type(d.type)
                    size = _size(ft, typedefs)
                    if size is None:
                        sys.exit(f"{header}:{d.coord.line}: {t.name}.{d.name} has a platform-dependent "
                                 f"type ({ft['c']}); public structs use fixed-width types")
                    offset = (offset + size - 1) // size * size
                    align = max(align, size)
                    st["fields"].append({"name": d.name, "type": ft, "offset": offset, "size": size,
                                         "doc": _trailing_doc(lines[d.coord.line - 1])})
                    offset += size
                if t.decls is not None:
                    st["size"] = (offset + align - 1) // align * align
                structs.append(st)
            else:
                typedefs[ext.name] = _type(ext.type)["c"]
        elif isinstance(ext, c_ast.Decl) and isinstance(ext.type, c_ast.FuncDecl) and in_header:
            fd = ext.type
            params = []
            for p in (fd.args.params if fd.args else []):
                if isinstance(p, c_ast.Typename) and _type(p.type)["c"] == "void":
                    continue
                params.append({"name": p.name, "type": _type(p.type)})
            doc = _doc_above(lines, coord_line)
            since = re.search(r"@since\s+(\d+\.\d+\.\d+)(?:\s*\(symbol version\s+(\S+?)\))?", doc or "")
            functions.append({
                "name": ext.name, "line": coord_line, "group": group_of(coord_line),
                "returns": _type(fd.type), "params": params,
                "documented": doc is not None, "brief": _brief(doc),
                "since": since.group(1) if since else None,
                "since_node": since.group(2) if since and since.group(2) else None,
            })
        elif isinstance(ext, c_ast.Decl) and ext.name and ext.name.startswith("__csisms_probe_"):
            name = ext.name[len("__csisms_probe_"):]
            init = ext.init.exprs[0]
            line = next(i + 1 for i, ln in enumerate(lines) if re.match(rf"\s*#\s*define\s+{name}\b", ln))
            doc = _trailing_doc(lines[line - 1]) or _brief(_doc_above(lines, line))
            entry: Dict[str, Any] = {"name": name, "line": line, "doc": doc}
            if isinstance(init, c_ast.Constant) and init.type == "string":
                entry.update(kind="string", value=json.loads(init.value))
            elif isinstance(init, c_ast.InitList):
                entry.update(kind="initializer", value=macros[name])
            else:
                entry.update(kind="int", value=ev(init))
                known[name] = entry["value"]
            constants.append(entry)

    nodes = parse_map(mapfile)
    node_of = {s: n["name"] for n in nodes for s in n["symbols"]}
    for fn in functions:
        fn["node"] = node_of.get(fn["name"])
    ints = {c["name"]: c["value"] for c in constants if c["kind"] == "int"}
    version = {"major": ints["CSISMS_VERSION_MAJOR"], "minor": ints["CSISMS_VERSION_MINOR"],
               "patch": ints["CSISMS_VERSION_PATCH"], "number": ints["CSISMS_VERSION_NUMBER"],
               "string": next(c["value"] for c in constants if c["name"] == "CSISMS_VERSION_STRING")}
    return {
        "generated_by": "build-aux/csisms-iface.py from include/csisms.h and lib/libcsisms.map "
                        "(generated - do not edit)",
        "version": version,
        "functions": functions,
        "enums": enums,
        "constants": constants,
        "structs": structs,
        "typedefs": typedefs,
        "nodes": nodes,
    }


def _size(t: Dict[str, Any], typedefs: Dict[str, str]) -> Optional[int]:
    if t["pointer"]:
        return None
    base = t["base"]
    while base in typedefs and base not in STD_TYPES:
        base = typedefs[base]
        if base.startswith("enum "):
            return 4
    if base in STD_TYPES:
        return STD_TYPES[base][1]
    return BASIC_SIZES.get(base)


# ------------------------------------------------------------------------ checks


def check(d: Dict[str, Any]) -> List[str]:
    """The interface rules: [] when all hold."""
    errors = []
    v = d["version"]
    if v["string"] != f"{v['major']}.{v['minor']}.{v['patch']}":
        errors.append(f"CSISMS_VERSION_STRING \"{v['string']}\" is not MAJOR.MINOR.PATCH "
                      f"{v['major']}.{v['minor']}.{v['patch']}")
    if v["number"] != (v["major"] << 16) | (v["minor"] << 8) | v["patch"]:
        errors.append("CSISMS_VERSION_NUMBER is not 0xMMmmpp")
    first = d["nodes"][0]["name"] if d["nodes"] else None
    names = {f["name"] for f in d["functions"]}
    releases = set()
    for f in d["functions"]:
        where = f"include/csisms.h:{f['line']}: {f['name']}"
        if not f["documented"]:
            errors.append(f"{where} has no Doxygen comment right above its declaration")
        if f["node"] is None:
            errors.append(f"{where} is in no node of lib/libcsisms.map")
            continue
        release = _release(f["node"])
        releases.add(release)
        if f["since"] is None and f["node"] != first:
            errors.append(f"{where} is in node {f['node']} but its comment has no "
                          f"\"@since {release} (symbol version {f['node']})\"")
        if f["since"] is not None and f["since"] != release:
            errors.append(f"{where}: @since {f['since']} but node {f['node']} (release {release})")
        if f["since_node"] is not None and f["since_node"] != f["node"]:
            errors.append(f"{where}: @since names {f['since_node']} but the map has {f['node']}")
    for n in d["nodes"]:
        for s in n["symbols"]:
            if s not in names:
                errors.append(f"lib/libcsisms.map: {s} (node {n['name']}) is not declared in the header")
    newest = max(releases, key=lambda r: tuple(map(int, r.split("."))), default=None)
    if newest and tuple(map(int, newest.split("."))) > (v["major"], v["minor"], v["patch"]):
        errors.append(f"functions of release {newest} but the header's version is {v['string']}")
    return errors


# ------------------------------------------------------------------------ outputs

NOTICE = "generated by build-aux/csisms-iface.py from include/csisms.h - do not edit"


def _camel(tag: str) -> str:
    return "".join(p.capitalize() for p in tag.replace("csisms_", "", 1).split("_"))


def _prefix(names: List[str]) -> str:
    p = os.path.commonprefix(names)
    return p[:p.rfind("_") + 1] if len(names) > 1 else names[0][:names[0].rfind("_") + 1]


#: The Python binding's names for the header's enumerations and groups of
#: bit constants ("#define CSISMS_R_..."): class name, enum base. An enum not
#: listed gets the CamelCase of its tag; a new #define group not listed is in
#: CONSTANTS only.
PY_CLASSES = [
    ("enum csisms_status", "Status", "IntEnum"),
    ("enum csisms_lang", "Lang", "IntEnum"),
    ("enum csisms_basis", "Basis", "IntEnum"),
    ("enum csisms_surveillance_kind", "SurveillanceKind", "IntEnum"),
    ("CSISMS_SCOPE_", "ScopeFlag", "IntFlag"),
    ("CSISMS_R_", "Reason", "IntFlag"),
    ("enum csisms_action", "Action", "IntEnum"),
    ("CSISMS_DUTY_", "Duty", "IntFlag"),
    ("enum csisms_list", "Checklist", "IntEnum"),
    ("enum csisms_mode", "Mode", "IntEnum"),
    ("enum csisms_audit", "Audit", "IntEnum"),
]

PY_BASIC = {"int": "ctypes.c_int", "unsigned": "ctypes.c_uint", "unsigned int": "ctypes.c_uint",
            "int32_t": "ctypes.c_int32", "uint32_t": "ctypes.c_uint32", "int64_t": "ctypes.c_int64",
            "uint64_t": "ctypes.c_uint64", "size_t": "ctypes.c_size_t", "void": "None",
            "uint8_t": "ctypes.c_uint8", "char": "ctypes.c_char",
            "csisms_date": "c_date"}


def _py_type(t: Dict[str, Any], d: Dict[str, Any]) -> str:
    base, ptr = t["base"], t["pointer"]
    target = d["typedefs"].get(base, "")
    if base == "char" and ptr == 1:
        return "ctypes.c_char_p"
    if target.startswith("struct "):
        st = next(s for s in d["structs"] if "struct " + s["name"] == target)
        inner = "ctypes.c_void_p" if st["opaque"] else "C" + _camel(st["name"])
        if st["opaque"]:
            ptr -= 1
    elif target.startswith("enum "):
        inner = "ctypes.c_int"
    else:
        inner = PY_BASIC[base]
    for _ in range(ptr):
        inner = f"ctypes.POINTER({inner})"
    return inner


def _groups(d: Dict[str, Any]) -> List[Tuple[str, str, str, List[Dict[str, Any]], str]]:
    """(key, Python class, base, members, doc) of every enum and bit group."""
    listed = {k: (c, b) for k, c, b in PY_CLASSES}
    out = []
    for e in d["enums"]:
        key = "enum " + e["name"]
        cls, base = listed.get(key, (_camel(e["name"]), "IntEnum"))
        out.append((key, cls, base, e["members"], e["doc"]))
    for key, cls, base in PY_CLASSES:
        if key.startswith("CSISMS_"):
            members = [c for c in d["constants"] if c["kind"] == "int" and c["name"].startswith(key)]
            out.append((key, cls, base, members, ""))
    order = {k: i for i, (k, _, _) in enumerate(PY_CLASSES)}
    return sorted(out, key=lambda g: order.get(g[0], len(order)))


def _single_bit(v: int) -> bool:
    return v > 0 and v & (v - 1) == 0


def required_version(d: Dict[str, Any]) -> int:
    """The oldest library that has every function: the newest release any node adds."""
    best = (1, 0, 0)
    for f in d["functions"]:
        if f["node"]:
            best = max(best, tuple(map(int, _release(f["node"]).split("."))))
    return (best[0] << 16) | (best[1] << 8) | best[2]


def gen_python(d: Dict[str, Any]) -> str:
    v = d["version"]
    o = ["# SPDX-License-Identifier: MIT",
         f'"""The C side of the binding: libcsisms\'s functions, constants and structs.', "",
         f"{NOTICE[0].upper()}{NOTICE[1:]}.", "Regenerate: /usr/bin/python3 build-aux/csisms-iface.py generate", "",
         "Every function of ``csisms.h`` is declared in :data:`PROTOTYPES` with its",
         "ctypes result and argument types; loading (``_loader.py``) applies them, so",
         "``library.csisms_NAME`` is callable with checked argument types. Nothing",
         "here converts values: that is the job of :mod:`csisms`.", '"""', "",
         "# " + NOTICE, "", "from __future__ import annotations", "", "import ctypes", "import enum",
         "from typing import Any, Dict, List, Tuple", "",
         f'VERSION_STRING = "{v["string"]}"', f"VERSION_MAJOR = {v['major']}",
         f"VERSION_MINOR = {v['minor']}", f"VERSION_PATCH = {v['patch']}",
         f"VERSION_NUMBER = 0x{v['number']:06X}", "",
         "#: The oldest library this binding works with: the newest release that added",
         "#: one of :data:`PROTOTYPES` (a ``CSISMS_VERSION_NUMBER``).",
         f"REQUIRED_VERSION = 0x{required_version(d):06X}", "",
         "#: ``csisms_date``: the integer YYYYMMDD.", "c_date = ctypes.c_int32", "", "",
         "class _Members(enum.EnumMeta):",
         '    """The metaclass of the enumerations below: ``dir()`` of one, and so',
         "    ``help()``, lists its members, not the seventy methods of ``int``",
         '    (which every member still has)."""', "",
         "    def __dir__(cls) -> List[str]:",
         '        return sorted({"__class__", "__doc__", "__members__", "__module__"} | set(cls._member_names_))',
         ""]
    for st in d["structs"]:
        if st["opaque"]:
            continue
        cls = "C" + _camel(st["name"])
        o += ["", f"class {cls}(ctypes.Structure):", f'    """``struct {st["name"]}``: {st["doc"]}', "",
              f"    {st['size']} bytes; offsets: " + ", ".join(f"{f['name']} {f['offset']}" for f in st["fields"]) + ".",
              '    """', "", "    _fields_ = ["]
        for f in st["fields"]:
            o.append(f'        ("{f["name"]}", {_py_type(f["type"], d)}),')
        o.append("    ]")
        if st["fields"] and st["fields"][0]["name"] == "size":
            o += ["", "    def __init__(self, **fields: int) -> None:",
                  f'        """Like the C initialiser: ``size`` is sizeof(struct {st["name"]}), the rest 0."""',
                  f"        super().__init__(size=ctypes.sizeof({cls}), **fields)"]
        o.append("")
    o += ["", "#: C function name -> (result type, argument types), in the header's order.",
          "PROTOTYPES: Dict[str, Tuple[Any, Tuple[Any, ...]]] = {"]
    group = None
    for f in d["functions"]:
        if f["group"] != group:
            group = f["group"]
            o.append(f"    # {group}")
        args = ", ".join(_py_type(p["type"], d) for p in f["params"])
        if len(f["params"]) == 1:
            args += ","
        o.append(f'    "{f["name"]}": ({_py_type(f["returns"], d)}, ({args})),')
    o += ["}", ""]
    module_consts: List[str] = []
    for key, cls, base, members, doc in _groups(d):
        prefix = _prefix([m["name"] for m in members]) if key.startswith("enum ") else key
        what = f"``{key[5:]}``" if key.startswith("enum ") else f"``{prefix}*``"
        o += ["", f"class {cls}(enum.{base}, metaclass=_Members):",
              f'    """{doc or "The " + prefix + "* bits."} ({what})"""', ""]
        for m in members:
            name = m["name"][len(prefix):]
            if base == "IntFlag" and not _single_bit(m["value"]):
                module_consts.append(f"#: {m['doc']} (``{m['name']}``)")
                module_consts.append(f"{name} = {cls}(0x{m['value']:08X})")
                continue
            o.append(f"    {name} = {m['value']}" + (f"  #: {m['doc']}" if m["doc"] else ""))
        o.append("")
    o += [""] + module_consts + ["", "",
                                 "#: Every integer constant of ``csisms.h`` by its C name (enum members as such).",
                                 "CONSTANTS: Dict[str, int] = {"]
    in_class = {}
    for key, cls, base, members, _ in _groups(d):
        prefix = _prefix([m["name"] for m in members]) if key.startswith("enum ") else key
        for m in members:
            name = m["name"][len(prefix):]
            in_class[m["name"]] = (f"{cls}.{name}" if base != "IntFlag" or _single_bit(m["value"]) else name)
    for e in d["enums"]:
        for m in e["members"]:
            o.append(f'    "{m["name"]}": {in_class.get(m["name"], m["value"])},')
    for c in d["constants"]:
        if c["kind"] == "int":
            o.append(f'    "{c["name"]}": {in_class.get(c["name"], hex(c["value"]) if c["value"] > 9 else c["value"])},')
    o += ["}", "", "# The library, opened with these prototypes (hand-written: _loader.py).",
          "from ._loader import candidates, load  # noqa: E402", "", "#: The loaded library.",
          "library: ctypes.CDLL = load()", ""]
    return "\n".join(o)


RB_BASIC = {"int": ":int", "unsigned": ":uint", "unsigned int": ":uint", "int32_t": ":int32",
            "uint32_t": ":uint32", "int64_t": ":int64", "uint64_t": ":uint64", "size_t": ":size_t",
            "uint8_t": ":uint8", "char": ":char",
            "void": ":void", "csisms_date": ":int32"}


def _rb_type(t: Dict[str, Any], d: Dict[str, Any]) -> str:
    if t["pointer"] == 0:
        target = d["typedefs"].get(t["base"], "")
        return ":int" if target.startswith("enum ") else RB_BASIC[t["base"]]
    if t["base"] == "char" and t["pointer"] == 1 and t["const"]:
        return ":string"
    return ":pointer"


def gen_ruby(d: Dict[str, Any]) -> str:
    v = d["version"]
    o = ["# frozen_string_literal: true", "# SPDX-License-Identifier: MIT", "", f"# {NOTICE}.",
         "# Regenerate: /usr/bin/python3 build-aux/csisms-iface.py generate", "",
         'require "ffi"', 'require_relative "version"', "", "module Csisms",
         "  # The C side of the binding: libcsisms's functions, constants and structs.",
         "  # FUNCTIONS lists every function of csisms.h with its FFI types; loading",
         "  # (csisms/library.rb) attaches them all, so Native.csisms_NAME is callable.",
         "  # Nothing here converts values: that is the job of the Csisms module.",
         "  module Native", "    extend FFI::Library", "",
         f'    VERSION_STRING = "{v["string"]}"', "",
         "    # The oldest library this binding works with: the newest release that",
         "    # added one of FUNCTIONS (a CSISMS_VERSION_NUMBER).",
         f"    REQUIRED_VERSION = 0x{required_version(d):06X}", ""]
    for st in d["structs"]:
        if st["opaque"]:
            continue
        cls = _camel(st["name"])
        o += [f"    # struct {st['name']}: {st['doc']}",
              f"    # {st['size']} bytes; offsets: " + ", ".join(f"{f['name']} {f['offset']}" for f in st["fields"]) + ".",
              f"    class {cls} < FFI::Struct"]
        fields = [f":{f['name']}, {_rb_type(f['type'], d)}" for f in st["fields"]]
        o.append("      layout " + (",\n             ".join(fields)))
        if st["fields"] and st["fields"][0]["name"] == "size":
            o += ["", f"      # Like the C initialiser: size is sizeof(struct {st['name']}), the rest 0.",
                  "      def self.init", "        value = new", "        value[:size] = size", "        value",
                  "      end"]
        o += ["    end", ""]
    o += ["    # C function name -> [[argument types], result type], in the header's order.",
          "    FUNCTIONS = {"]
    group = None
    rows = []
    for f in d["functions"]:
        if f["group"] != group:
            group = f["group"]
            rows.append(f"      # {group}")
        args = ", ".join(_rb_type(p["type"], d) for p in f["params"])
        rows.append(f"      {f['name']}: [[{args}], {_rb_type(f['returns'], d)}],")
    rows[-1] = rows[-1].rstrip(",")
    o += rows + ["    }.freeze", "",
                 "    # C enumeration name -> { member's C name => value }.",
                 "    ENUMS = {"]
    rows = []
    for e in d["enums"]:
        members = ", ".join(f'"{m["name"]}" => {m["value"]}' for m in e["members"])
        rows.append(f"      {e['name']}: {{ {members} }}.freeze,")
    rows[-1] = rows[-1].rstrip(",")
    o += rows + ["    }.freeze", "", "    # Every integer constant of csisms.h (enum members and #defines) by its C name.",
                 "    CONSTANTS = {"]
    rows = [f'      "{m["name"]}" => {m["value"]},' for e in d["enums"] for m in e["members"]]
    rows += [f'      "{c["name"]}" => {hex(c["value"]) if c["value"] > 9 else c["value"]},'
             for c in d["constants"] if c["kind"] == "int"]
    rows[-1] = rows[-1].rstrip(",")
    o += rows + ["    }.freeze", "  end", "end", ""]
    return "\n".join(o)


def gen_ruby_version(d: Dict[str, Any]) -> str:
    return "\n".join(["# frozen_string_literal: true", "# SPDX-License-Identifier: MIT", "", f"# {NOTICE}.",
                      "# Regenerate: /usr/bin/python3 build-aux/csisms-iface.py generate", "",
                      "module Csisms", "  # The version of the binding: that of the C header it was generated from.",
                      f'  VERSION = "{d["version"]["string"]}"', "end", ""])


def gen_symbols(d: Dict[str, Any]) -> str:
    missing = [f["name"] for f in d["functions"] if f["node"] is None]
    if missing:
        sys.exit("csisms-iface.py: functions in no node of lib/libcsisms.map: " + " ".join(missing))
    lines = {f" {n['name']}@{n['name']} {_release(n['name'])}" for n in d["nodes"]}
    lines |= {f" {f['name']}@{f['node']} {_release(f['node'])}" for f in d["functions"]}
    return "\n".join(["libcsisms.so.1 libcsisms1 #MINVER#", "* Build-Depends-Package: libcsisms-dev"]
                     + sorted(lines, key=lambda s: s.encode())) + "\n"


def _without_lines(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _without_lines(v) for k, v in x.items() if k != "line"}
    if isinstance(x, list):
        return [_without_lines(v) for v in x]
    return x


def gen_json(d: Dict[str, Any]) -> str:
    """The description; without line numbers, so that it changes only with the interface."""
    return json.dumps(_without_lines(d), indent=1, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------------ JavaScript

#: The JavaScript binding's spelling of an enum member or bit whose mechanical
#: spelling (the C name without its group's prefix, lower case, "_" -> "-")
#: is not the csisms command's.
JS_SPELLINGS = {
    "CSISMS_AUDIT_RECERT": "recertification",  # csisms sample --json
}

#: How each C type travels through the WebAssembly module's functions
#: (wasm32: pointers and size_t are 32-bit; int64_t is a BigInt in JavaScript).
JS_KINDS = {"int": "i32", "unsigned": "u32", "unsigned int": "u32", "int32_t": "i32",
            "uint32_t": "u32", "int64_t": "i64", "uint64_t": "u64", "size_t": "size",
            "uint8_t": "u8", "char": "i8", "void": "void", "csisms_date": "i32"}


def _js_kind(t: Dict[str, Any], d: Dict[str, Any]) -> str:
    if t["pointer"]:
        return "ptr"
    target = d["typedefs"].get(t["base"], "")
    if target.startswith("enum "):
        return "i32"
    return JS_KINDS[t["base"]]


def _js_spelling(cname: str, prefix: str, status: bool) -> str:
    if cname in JS_SPELLINGS:
        return JS_SPELLINGS[cname]
    name = cname[len(prefix):]
    return name if status else name.lower().replace("_", "-")


def _js_groups(d: Dict[str, Any]) -> List[Tuple[str, str, bool, List[Tuple[str, str, int, str]], List[Tuple[str, int, str]]]]:
    """(key, JS name, bits, [(KEY, spelling, value, doc)], [(multi-bit name, value, doc)]) of every group."""
    out = []
    for key, cls, base, members, doc in _groups(d):
        prefix = _prefix([m["name"] for m in members]) if key.startswith("enum ") else key
        bits = base == "IntFlag"
        single, multi = [], []
        for m in members:
            name = m["name"][len(prefix):]
            if bits and not _single_bit(m["value"]):
                multi.append((name, m["value"], m["doc"]))
            else:
                single.append((name, _js_spelling(m["name"], prefix, key == "enum csisms_status"), m["value"], m["doc"]))
        out.append((key, cls, bits, single, multi))
    return out


def _js_struct_name(st: Dict[str, Any]) -> str:
    return st["name"][len("csisms_"):]


def gen_js(d: Dict[str, Any]) -> str:
    v = d["version"]
    o = ["// SPDX-License-Identifier: MIT", f"// {NOTICE[0].upper()}{NOTICE[1:]}.",
         "// Regenerate: /usr/bin/python3 build-aux/csisms-iface.py generate", "//",
         "// The C side of the JavaScript binding, as plain data: the functions of",
         "// csisms.h with the kinds of their results and arguments, the enumerations",
         "// and bit groups with their spellings and values, the constants, and the",
         "// structs' layouts (wasm32). Nothing here calls anything: index.js does.", "",
         f'export const VERSION_STRING = "{v["string"]}";', f"export const VERSION_MAJOR = {v['major']};",
         f"export const VERSION_MINOR = {v['minor']};", f"export const VERSION_PATCH = {v['patch']};",
         f"export const VERSION_NUMBER = 0x{v['number']:06X};",
         "/** The oldest library this binding works with (a CSISMS_VERSION_NUMBER). */",
         f"export const REQUIRED_VERSION = 0x{required_version(d):06X};", "",
         "/**",
         " * C function name -> [result kind, [argument kinds], [argument names]], in the",
         " * header's order. Kinds: i32, u32, i64 (BigInt), u64, size (u32 on wasm32),",
         " * u8, i8, ptr (an address in the module's memory), void.",
         " */",
         "export const FUNCTIONS = Object.freeze({"]
    group = None
    for f in d["functions"]:
        if f["group"] != group:
            group = f["group"]
            o.append(f"  // {group}")
        kinds = ", ".join(f'"{_js_kind(p["type"], d)}"' for p in f["params"])
        names = ", ".join(f'"{p["name"]}"' for p in f["params"])
        o.append(f'  {f["name"]}: Object.freeze(["{_js_kind(f["returns"], d)}", [{kinds}], [{names}]]),')
    o += ["});", ""]
    values = []
    for key, name, bits, single, multi in _js_groups(d):
        what = f"``{key[5:]}``" if key.startswith("enum ") else f"the {key}* bits"
        o.append(f"/** {'Bits' if bits else 'Values'} of {what.strip('`')}: KEY -> the binding's spelling. */")
        o.append(f"export const {name} = Object.freeze({{")
        for k, sp, val, doc in single:
            o.append(f'  {k}: "{sp}",' + (f"  // {doc}" if doc else ""))
        o += ["});", ""]
        values.append((name, bits, single, multi))
    o += ["/** Each group's spelling -> C value, and whether its values are bits. */",
          "export const VALUES = Object.freeze({"]
    for name, bits, single, _ in values:
        body = ", ".join(f'"{sp}": {val}' for _, sp, val, _ in single)
        o.append(f"  {name}: Object.freeze({{ bits: {'true' if bits else 'false'}, values: Object.freeze({{ {body} }}) }}),")
    o += ["});", "", "/** Masks of several bits (\"#define\"s of a bit group that are not one bit). */",
          "export const MASKS = Object.freeze({"]
    for name, _, _, multi in values:
        for k, val, doc in multi:
            o.append(f"  {k}: 0x{val:08X}," + (f"  // {name}: {doc}" if doc else f"  // {name}"))
    o += ["});", "", "/** Every integer constant of csisms.h (enum members and #defines) by its C name. */",
          "export const CONSTANTS = Object.freeze({"]
    for e in d["enums"]:
        for m in e["members"]:
            o.append(f'  {m["name"]}: {m["value"]},')
    for c in d["constants"]:
        if c["kind"] == "int":
            o.append(f'  {c["name"]}: {hex(c["value"]) if c["value"] > 9 else c["value"]},')
    o += ["});", "", "/** Layout of each public struct (wasm32): size, and field -> [offset, kind]. */",
          "export const STRUCTS = Object.freeze({"]
    for st in d["structs"]:
        if st["opaque"]:
            continue
        fields = ", ".join(f'{fl["name"]}: [{fl["offset"]}, "{_js_kind(fl["type"], d)}"]' for fl in st["fields"])
        o.append(f"  {_js_struct_name(st)}: Object.freeze({{ size: {st['size']}, fields: Object.freeze({{ {fields} }}) }}),")
    o += ["});", ""]
    return "\n".join(o)


def gen_js_dts(d: Dict[str, Any]) -> str:
    o = ["// SPDX-License-Identifier: MIT", f"// {NOTICE[0].upper()}{NOTICE[1:]}.",
         "// Regenerate: /usr/bin/python3 build-aux/csisms-iface.py generate", "",
         "export declare const VERSION_STRING: string;", "export declare const VERSION_MAJOR: number;",
         "export declare const VERSION_MINOR: number;", "export declare const VERSION_PATCH: number;",
         "export declare const VERSION_NUMBER: number;", "export declare const REQUIRED_VERSION: number;",
         "export type NativeKind = \"i32\" | \"u32\" | \"i64\" | \"u64\" | \"size\" | \"u8\" | \"i8\" | \"ptr\" | \"void\";",
         "/** The C functions of csisms.h. */",
         "export type CFunctionName ="]
    o += [f'  | "{f["name"]}"' for f in d["functions"]]
    o[-1] += ";"
    o += ["export declare const FUNCTIONS: Readonly<Record<CFunctionName, readonly [NativeKind, readonly NativeKind[], readonly string[]]>>;", ""]
    names = []
    for key, name, bits, single, multi in _js_groups(d):
        o.append(f"export declare const {name}: {{")
        for k, sp, _, doc in single:
            if doc:
                o.append(f"  /** {doc} */")
            o.append(f'  readonly {k}: "{sp}";')
        o.append("};")
        o.append(f"/** A spelling of {key[5:] if key.startswith('enum ') else key + '*'}. */")
        o.append(f"export type {name} = (typeof {name})[keyof typeof {name}];")
        o.append("")
        names.append(name)
    o += ["export declare const VALUES: {",
          *[f"  readonly {n}: {{ readonly bits: boolean; readonly values: Readonly<Record<{n}, number>> }};" for n in names],
          "};",
          "export declare const MASKS: Readonly<Record<string, number>>;",
          "export declare const CONSTANTS: Readonly<Record<string, number>>;",
          "export declare const STRUCTS: Readonly<Record<string, { readonly size: number; readonly fields: Readonly<Record<string, readonly [number, NativeKind]>> }>>;",
          ""]
    return "\n".join(o)


def gen_js_package(d: Dict[str, Any]) -> str:
    """bindings/js/package.json as committed, with the header's version: the
    one field of it that is generated (npm reads no other file)."""
    path = os.path.join(TOP, "bindings/js/package.json")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new, n = re.subn(r'^(  "version": )"[^"]*"', lambda m: f'{m.group(1)}"{d["version"]["string"]}"', text,
                     count=1, flags=re.M)
    if n != 1:
        sys.exit(f"csisms-iface.py: {path} has no top-level \"version\" line")
    return new


def output(d: Dict[str, Any], kind: str) -> str:
    return {"json": gen_json, "python": gen_python, "ruby": gen_ruby,
            "ruby_version": gen_ruby_version, "symbols": gen_symbols,
            "js": gen_js, "js_dts": gen_js_dts, "js_package": gen_js_package}[kind](d)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--header", default=os.path.join(TOP, HEADER))
    ap.add_argument("--map", default=os.path.join(TOP, MAP))
    sub = ap.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="write every generated file")
    g.add_argument("--outdir", default=TOP, help="top of the tree to write into (default: this tree)")
    sub.add_parser("check", help="the interface rules (map nodes, @since, version)")
    sub.add_parser("json", help="the description as JSON")
    fn = sub.add_parser("functions", help="the header's functions, one a line")
    fn.add_argument("--undocumented", action="store_true", help="only those without a Doxygen comment")
    sub.add_parser("exports", help="name@@NODE of every function, sorted")
    sub.add_parser("symbols", help="the Debian symbols file")
    sub.add_parser("version", help="the version string")
    args = ap.parse_args(argv)
    d = describe(args.header, args.map)
    if args.command == "generate":
        for path, kind in GENERATED.items():
            dest = os.path.join(args.outdir, path)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            text = output(d, kind)  # before opening: js_package reads the file it rewrites
            with open(dest, "w", encoding="utf-8") as f:
                f.write(text)
        return 0
    if args.command == "check":
        errors = check(d)
        for e in errors:
            print(e, file=sys.stderr)
        return 1 if errors else 0
    if args.command == "functions":
        names = [f["name"] for f in d["functions"] if not (args.undocumented and f["documented"])]
        sys.stdout.write("".join(n + "\n" for n in sorted(names)))
    elif args.command == "exports":
        sys.stdout.write("".join(sorted(f"{f['name']}@@{f['node']}\n" for f in d["functions"])))
    elif args.command == "version":
        print(d["version"]["string"])

    else:
        sys.stdout.write(output(d, args.command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
