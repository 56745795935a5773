#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds the calculator page (web/) into a self-contained directory.

    build-page.py --srcdir TOP_SRCDIR --wasm BUILT_CSISMS_WASM --out DIR

writes DIR/index.html, DIR/style.css and DIR/csisms-web.js: one classic
script holding the npm package bindings/js (index.js, native.js), the page's
modules (web/src/*.js) and csisms.wasm (gzip, base64). A classic script, not
ES modules, because browsers refuse module imports and fetch() of a .wasm
from file://; so the directory opens from disk as well as from any static
server, offline, and the wasm is decoded once when the page starts.

The bundling is a small linker for the module syntax these files use, each
statement of which starts a line:
    import * as N from "spec";   import { a, b as c } from "spec";
    import D from "spec";        export { a, b as c } from "spec";
    export * from "spec";        export { a, b as c };
    export const|function|async function|class NAME ...
Each module becomes an async function (top-level await is allowed) run
once, in dependency order; its exports are an object the importers
destructure. import.meta.url is the script's URL. What it cannot translate
faithfully (export let/var, export default, destructuring exports, another
use of import.meta, an import cycle) stops the build with an error rather
than giving a page that misbehaves. The bare specifier "csisms" is the
package (bindings/js/index.js), "./embedded.js" (web/src) the wasm.
No dependencies beyond Python 3's standard library.
"""

import argparse
import base64
import gzip
import os
import re
import sys

SCRIPT = "csisms-web.js"
PAGE_FILES = ("index.html", "style.css")


class BuildError(Exception):
    pass


IMPORT_FROM = re.compile(r'^import\s+([^;"\']*?)\s+from\s+(["\'])([^"\']+)\2[ \t]*;?', re.M)
IMPORT_BARE = re.compile(r'^import\s+(["\'])([^"\']+)\1[ \t]*;?', re.M)
EXPORT_FROM = re.compile(r'^export\s*\{([^}]*)\}\s*from\s*(["\'])([^"\']+)\2[ \t]*;?', re.M)
EXPORT_ALL = re.compile(r'^export\s*\*\s*from\s*(["\'])([^"\']+)\1[ \t]*;?', re.M)
EXPORT_LIST = re.compile(r'^export\s*\{([^}]*)\}[ \t]*;?', re.M)
EXPORT_DECL = re.compile(r'^export\s+((?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)|class\s+([A-Za-z_$][\w$]*)|const\s+([A-Za-z_$][\w$]*))', re.M)
IDENT = re.compile(r'^[A-Za-z_$][\w$]*$')


# ---------------------------------------------------------------- comments and indentation
# The bundle drops the sources' comments and indentation (the package's
# documentation is most of its size): a scanner that knows strings, template
# literals (with ${} nesting) and regular expression literals, so that
# nothing inside them is touched. A "/" starts a regular expression after
# an operator, an opening bracket, a comma, a semicolon or one of the
# keywords below, as in the ECMAScript grammar's common cases; the page's
# browser test runs the result.
REGEX_AFTER_WORDS = {"return", "typeof", "case", "do", "else", "in", "of", "new", "delete",
                     "void", "throw", "instanceof", "yield", "await"}
REGEX_AFTER_CHARS = set("(,=:[!&|?{};+-*%<>~^")


def strip_js(src):
    out = []
    i, n = 0, len(src)
    prev = ""          # the last significant character emitted
    word = ""          # the identifier or keyword it ends, if any
    stack = [0]        # code contexts: open-brace counts; a template literal is None
    at_line_start = True

    def emit(text):
        nonlocal prev, word, at_line_start
        out.append(text)
        stripped = text.rstrip()
        if stripped:
            prev = stripped[-1]
            m = re.search(r'[A-Za-z_$][\w$]*$', stripped)
            word = m.group(0) if m else ""
        at_line_start = False

    def newline():
        nonlocal at_line_start
        if out and not out[-1].endswith("\n"):
            out.append("\n")
        at_line_start = True

    while i < n:
        c = src[i]
        if stack[-1] is None:  # inside a template literal
            j = i
            while j < n and src[j] not in "`\\$":
                j += 1
            if j >= n:
                raise BuildError("unterminated template literal")
            if src[j] == "\\":
                out.append(src[i:j + 2])
                i = j + 2
            elif src[j] == "$" and src[j + 1:j + 2] == "{":
                out.append(src[i:j + 2])
                stack.append(0)
                prev, word = "{", ""
                i = j + 2
            elif src[j] == "$":
                out.append(src[i:j + 1])
                i = j + 1
            else:
                out.append(src[i:j + 1])
                stack.pop()
                prev, word = "`", ""
                i = j + 1
            continue
        if c == "\n":
            newline()
            i += 1
            continue
        if c in " \t\r":
            j = i
            while j < n and src[j] in " \t\r":
                j += 1
            if not at_line_start and j < n and src[j] != "\n":
                out.append(" ")
            i = j
            continue
        if src.startswith("//", i):
            while i < n and src[i] != "\n":
                i += 1
            continue
        if src.startswith("/*", i):
            end = src.find("*/", i + 2)
            if end < 0:
                raise BuildError("unterminated comment")
            if "\n" in src[i:end]:
                newline()
            elif not at_line_start:
                out.append(" ")
            i = end + 2
            continue
        if c in "\"'":
            j = i + 1
            while j < n and src[j] != c:
                if src[j] == "\\":
                    j += 1
                elif src[j] == "\n":
                    raise BuildError("unterminated string")
                j += 1
            emit(src[i:j + 1])
            i = j + 1
            continue
        if c == "`":
            out.append("`")
            at_line_start = False
            stack.append(None)
            i += 1
            continue
        if c == "/" and (prev == "" or prev in REGEX_AFTER_CHARS or word in REGEX_AFTER_WORDS):
            j, in_class = i + 1, False
            while j < n:
                if src[j] == "\\":
                    j += 2
                    continue
                if src[j] == "\n":
                    raise BuildError("unterminated regular expression")
                if src[j] == "[":
                    in_class = True
                elif src[j] == "]":
                    in_class = False
                elif src[j] == "/" and not in_class:
                    break
                j += 1
            j += 1
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            emit(src[i:j])
            prev, word = "/", "regex"
            i = j
            continue
        if c == "{":
            stack[-1] += 1
        elif c == "}":
            if stack[-1] == 0 and len(stack) > 1:
                stack.pop()  # the end of a ${ } in a template literal
                out.append("}")
                i += 1
                continue
            stack[-1] -= 1
        j = i + 1
        if c.isalnum() or c in "_$":
            while j < n and (src[j].isalnum() or src[j] in "_$"):
                j += 1
        emit(src[i:j])
        i = j
    if len(stack) != 1:
        raise BuildError("unbalanced template literal")
    return "".join(out)


def names_list(text, what):
    """'a, b as c' -> [('a', 'a'), ('b', 'c')]: (local or imported, exported or local)."""
    pairs = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r'([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?', part)
        if not m:
            raise BuildError(f"cannot read {what} '{part}'")
        pairs.append((m.group(1), m.group(2) or m.group(1)))
    return pairs


class Module:
    def __init__(self, path, text):
        self.path = path
        self.text = text
        self.deps = []        # resolved paths, in order of appearance
        self.exports = None   # name -> JS expression, set when linked


class Linker:
    def __init__(self, srcdir, embedded):
        srcdir = os.path.abspath(srcdir)
        self.srcdir = srcdir
        self.package = os.path.join(srcdir, "bindings", "js", "index.js")
        self.embedded_path = os.path.join(srcdir, "web", "src", "embedded.js")
        self.embedded = embedded
        self.modules = {}
        self.order = []

    def resolve(self, spec, importer):
        if spec == "csisms":
            return self.package
        if spec.startswith("./") or spec.startswith("../"):
            return os.path.normpath(os.path.join(os.path.dirname(importer), spec))
        raise BuildError(f"{importer}: cannot resolve '{spec}' (only \"csisms\" and relative paths)")

    def read(self, path):
        if path == self.embedded_path:
            return self.embedded
        try:
            with open(path, encoding="utf-8") as f:
                return f.read()
        except OSError as e:
            raise BuildError(f"cannot read {path}: {e.strerror}") from e

    def load(self, path, stack=()):
        if path in stack:
            raise BuildError("import cycle: " + " -> ".join(stack + (path,)))
        if path in self.modules:
            return
        module = Module(path, self.read(path))
        for pattern, group in ((IMPORT_FROM, 3), (IMPORT_BARE, 2), (EXPORT_FROM, 3), (EXPORT_ALL, 2)):
            for m in pattern.finditer(module.text):
                dep = self.resolve(m.group(group), path)
                if dep not in module.deps:
                    module.deps.append(dep)
        for dep in module.deps:
            self.load(dep, stack + (path,))
        self.modules[path] = module
        self.order.append(path)

    def var(self, path):
        return f"__m{self.order.index(path)}"

    def translate(self, path):
        module = self.modules[path]
        text = module.text
        where = os.path.relpath(path, self.srcdir)
        for bad, why in ((r'^export\s+(let|var)\b', "export let/var (a live binding)"),
                         (r'^export\s+default\b', "export default"),
                         (r'^export\s+const\s*[{\[]', "a destructuring export")):
            if re.search(bad, text, re.M):
                raise BuildError(f"{where}: {why} cannot be bundled")
        text = text.replace("import.meta.url", "__importMetaUrl")
        if "import.meta" in text:
            raise BuildError(f"{where}: import.meta other than import.meta.url")
        exports = {}

        def imported(m):
            clause, dep = m.group(1).strip(), self.var(self.resolve(m.group(3), path))
            out = []
            star = re.fullmatch(r'(?:([A-Za-z_$][\w$]*)\s*,\s*)?\*\s+as\s+([A-Za-z_$][\w$]*)', clause)
            named = re.fullmatch(r'(?:([A-Za-z_$][\w$]*)\s*,\s*)?\{([^}]*)\}', clause, re.S)
            if star:
                if star.group(1):
                    out.append(f"const {star.group(1)} = {dep}.default;")
                out.append(f"const {star.group(2)} = {dep};")
            elif named:
                if named.group(1):
                    out.append(f"const {named.group(1)} = {dep}.default;")
                pairs = names_list(named.group(2), "an import")
                for name, _ in pairs:
                    if name not in self.modules[self.resolve(m.group(3), path)].exports:
                        raise BuildError(f"{where}: '{m.group(3)}' exports no '{name}'")
                out.append("const { " + ", ".join(n if n == local else f"{n}: {local}" for n, local in pairs) + f" }} = {dep};")
            elif IDENT.match(clause):
                out.append(f"const {clause} = {dep}.default;")
            else:
                raise BuildError(f"{where}: cannot read the import '{m.group(0)}'")
            return " ".join(out)

        def reexported(m):
            dep_path = self.resolve(m.group(3), path)
            dep = self.var(dep_path)
            for name, exported in names_list(m.group(1), "a re-export"):
                if name not in self.modules[dep_path].exports:
                    raise BuildError(f"{where}: '{m.group(3)}' exports no '{name}'")
                exports[exported] = f"{dep}.{name}"
            return ""

        def reexported_all(m):
            dep_path = self.resolve(m.group(2), path)
            for name in self.modules[dep_path].exports:
                if name != "default":
                    exports[name] = f"{self.var(dep_path)}.{name}"
            return ""

        def listed(m):
            for local, exported in names_list(m.group(1), "an export"):
                exports[exported] = local
            return ""

        def declared(m):
            name = m.group(2) or m.group(3) or m.group(4)
            exports[name] = name
            return m.group(1)

        text = EXPORT_FROM.sub(reexported, text)
        text = EXPORT_ALL.sub(reexported_all, text)
        text = IMPORT_FROM.sub(imported, text)
        text = IMPORT_BARE.sub(lambda m: "", text)
        text = EXPORT_LIST.sub(listed, text)
        text = EXPORT_DECL.sub(declared, text)
        left = re.search(r'^(export|import)\b(?!\s*\()', text, re.M)
        if left:
            line = text[left.start():].split("\n", 1)[0]
            raise BuildError(f"{where}: a statement the bundler does not know: '{line}'")
        module.exports = exports
        body = "\n".join(f"{k}: {v}," for k, v in exports.items())
        try:
            text = strip_js(text)
        except BuildError as e:
            raise BuildError(f"{where}: {e}") from e
        return (f"// ---- {where}\nconst {self.var(path)} = await (async () => {{\n{text.strip()}\n"
                f"return Object.freeze({{ __proto__: null,\n{body}\n}});\n}})();\n")

    def bundle(self, entry):
        self.load(entry)
        parts = [self.translate(p) for p in self.order]
        return parts


def build(srcdir, wasm, out):
    with open(wasm, "rb") as f:
        raw = f.read()
    if raw[:4] != b"\0asm":
        raise BuildError(f"{wasm} is not a WebAssembly module")
    packed = gzip.compress(raw, compresslevel=9, mtime=0)
    embedded = ("// Generated by web/build-page.py: csisms.wasm, gzip, base64.\n"
                f'export const WASM_BASE64 = "{base64.b64encode(packed).decode("ascii")}";\n'
                "export const WASM_GZIP = true;\n")
    linker = Linker(srcdir, embedded)
    parts = linker.bundle(os.path.join(linker.srcdir, "web", "src", "app.js"))
    script = ("// SPDX-License-Identifier: MIT\n"
              "// csisms-web.js: the CSISMS calculator, generated by web/build-page.py from\n"
              "// bindings/js (the npm package csisms), web/src/*.js and csisms.wasm.\n"
              "(function () {\n\"use strict\";\n"
              "const __importMetaUrl = (document.currentScript && document.currentScript.src) || location.href;\n"
              "(async () => {\n" + "".join(parts) +
              "})().catch((error) => {\n"
              "    const status = document.getElementById(\"status\");\n"
              "    if (status) { status.hidden = false; status.textContent = \"csisms-web.js: \" + error; }\n"
              "    document.body.dataset.ready = \"error\";\n"
              "    throw error;\n"
              "});\n})();\n")
    os.makedirs(out, exist_ok=True)
    sizes = {}
    for name in PAGE_FILES:
        with open(os.path.join(srcdir, "web", "src", name), encoding="utf-8") as f:
            data = f.read().encode("utf-8")
        sizes[name] = write(os.path.join(out, name), data)
    sizes[SCRIPT] = write(os.path.join(out, SCRIPT), script.encode("utf-8"))
    return sizes, len(raw), len(packed)


def write(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return len(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--srcdir", required=True, help="the top source directory")
    ap.add_argument("--wasm", required=True, help="the built csisms.wasm")
    ap.add_argument("--out", required=True, help="the directory to write (web/dist)")
    args = ap.parse_args()
    try:
        sizes, raw, packed = build(args.srcdir, args.wasm, args.out)
    except BuildError as e:
        print(f"build-page.py: {e}", file=sys.stderr)
        return 1
    total = sum(sizes.values())
    detail = ", ".join(f"{k} {v}" for k, v in sizes.items())
    print(f"web page: {args.out}: {total} bytes ({detail}; csisms.wasm {raw} bytes, {packed} gzipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
