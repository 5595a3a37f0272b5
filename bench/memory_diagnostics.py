"""Diagnostics of bench_memory.py: where the memory the day leaves behind sits, and
(``StallWatch``) what holds the UI thread when typing stalls.

Not measurements: each walks the process's memory (Python's objects, CPython 3.11's
small-object pools, glibc's main heap chunk by chunk, the files mapped) and prints
what keeps memory from being given back after the lock. They read memory through
ctypes and only ever inside mappings /proc/self/maps lists; the figures of a run that
used them are not the app's own (the walks allocate and page memory in).
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

MIB = 1024


def heap_rss() -> float:
    """The resident MiB of the main C heap (the ``[heap]`` mappings)."""
    rss, inside = 0, False
    with open("/proc/self/smaps", encoding="ascii", errors="replace") as lines:
        for line in lines:
            if line[0] in "0123456789abcdef" and "-" in line.split(" ", 1)[0]:
                inside = line.rstrip().endswith("[heap]")
            elif inside and line.startswith("Rss:"):
                rss += int(line.split()[1])
    return rss / MIB


def anonymous_mappings() -> list[tuple[int, int]]:
    """The process's anonymous read-write mappings (where Python's arenas are)."""
    spans = []
    with open("/proc/self/maps", encoding="ascii", errors="replace") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) == 5 and fields[1].startswith("rw"):
                start, end = (int(x, 16) for x in fields[0].split("-"))
                spans.append((start, end))
    return spans


def file_rss() -> dict[str, int]:
    """Resident KiB of each mapped file (diagnostic: what the day paged in)."""
    found: dict[str, int] = {}
    name = ""
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as lines:
        for line in lines:
            first = line.split(" ", 1)[0]
            if line[0] in "0123456789abcdef" and "-" in first:
                fields = line.split(None, 5)
                name = fields[5].strip() if len(fields) > 5 else ""
            elif line.startswith("Rss:") and name.startswith("/"):
                found[name] = found.get(name, 0) + int(line.split()[1])
    return found


def print_files(before: dict[str, int], after: dict[str, int], top: int = 25) -> None:
    changes = sorted(((after.get(k, 0) - before.get(k, 0), k) for k in set(before) | set(after)),
                     reverse=True)
    print("\nFiles mapped, resident KiB, second settled vs first settled:")
    for delta, name in changes[:top] + changes[-8:]:
        if delta:
            print(f"  {delta:+7d} KiB  {before.get(name, 0):6d} -> {after.get(name, 0):6d}  {name}")


def print_sparse_arenas(before: list[tuple[int, int]], limit: int = 3000,
                        top: int = 40) -> None:
    """Python's arenas holding few live blocks, and which objects they are (diagnostic;
    CPython 3.11's pool header: ref.count at 0, arenaindex at 32, pools of 16 KiB)."""
    import bisect
    import ctypes
    from collections import Counter, defaultdict

    spans = sorted(s for s in anonymous_mappings())
    seen = all_objects()
    # and what those refer to, all the way down (strings in untracked tuples...)
    todo = list(seen.values())
    while todo:
        item = todo.pop()
        for ref in gc.get_referents(item):
            if id(ref) not in seen:
                seen[id(ref)] = ref
                todo.append(ref)
    del todo
    pools: dict[int, int] = {}
    arena_objects: dict[int, list[object]] = defaultdict(list)
    for address, obj in seen.items():
        at = bisect.bisect_right(spans, (address, float("inf"))) - 1
        if at < 0 or not spans[at][0] <= address < spans[at][1]:
            continue
        if sys.getsizeof(obj) > 512:
            continue
        pool = address & ~(16 * 1024 - 1)
        count = ctypes.c_uint.from_address(pool).value
        index = ctypes.c_uint.from_address(pool + 32).value
        if index > 100_000 or count == 0 or count > 2048:
            continue
        pools[pool] = index
        arena_objects[index].append(obj)
    blocks: dict[int, int] = Counter()
    for pool, index in pools.items():
        blocks[index] += ctypes.c_uint.from_address(pool).value
    # Every pool in use, seen through an object or not (a list's or a dict's storage)
    every: dict[int, int] = {}
    for start, end in spans:
        pool = (start + 16383) & ~16383
        while pool + 16384 <= end:
            head = ctypes.string_at(pool, 48)
            count, index, szidx, nextoffset, maxnext = (
                int.from_bytes(head[0:4], "little"), int.from_bytes(head[32:36], "little"),
                int.from_bytes(head[36:40], "little"), int.from_bytes(head[40:44], "little"),
                int.from_bytes(head[44:48], "little"))
            size = (szidx + 1) * 16
            if (0 < count <= (16384 - 48) // size and szidx < 32 and index < 10_000
                    and maxnext == 16384 - size and nextoffset <= 16384):
                every[pool] = index
            pool += 16384
    before = sorted(before)

    def day(address: int) -> bool:
        at = bisect.bisect_right(before, (address, float("inf"))) - 1
        return not (at >= 0 and before[at][0] <= address < before[at][1])

    used_in: dict[int, int] = Counter()
    for pool, index in every.items():
        used_in[index] += ctypes.c_uint.from_address(pool).value
    day_arenas = {index for pool, index in every.items() if day(pool)}
    print("\nEvery arena: index, mapped after the first settled unlock (DAY), blocks used")
    for index in sorted(used_in):
        kinds = Counter(type(o).__name__ for o in arena_objects.get(index, [])).most_common(3)
        print(f"  {index:3} {'DAY' if index in day_arenas else '   '} {used_in[index]:6} {kinds}")
    unseen = Counter(index for pool, index in every.items() if index not in blocks)
    print(f"\nPools in use: {len(every)} in {len(set(every.values()))} arenas; arenas where no "
          f"object was found: {dict(unseen)}")
    types_by_id = {id(o): o for o in seen.values() if isinstance(o, type)}
    for index in unseen:
        print(f"  arena {index}:")
        for pool in [p for p, i in every.items() if i == index][:6]:
            head = ctypes.string_at(pool, 48)
            count = int.from_bytes(head[0:4], "little")
            size = (int.from_bytes(head[36:40], "little") + 1) * 16
            free = set()
            block = int.from_bytes(head[8:16], "little")
            while block and pool <= block < pool + 16384 and len(free) < 2000:
                free.add(block)
                block = int.from_bytes(ctypes.string_at(block, 8), "little")
            used = [b for b in range(pool + 48, pool + int.from_bytes(head[40:44], "little"),
                                     size) if b not in free][:count]
            said = []
            for b in used[:3]:
                for at in (b, b + 16):  # an object, or one behind its GC header
                    kind = types_by_id.get(int.from_bytes(ctypes.string_at(at + 8, 8), "little"))
                    if kind is None:
                        continue
                    found = ctypes.cast(at, ctypes.py_object).value
                    try:
                        text = repr(found)[:200]
                    except Exception:
                        text = "?"
                    print(f"       {kind.__name__} at +{at - b}: {text}")
                    if isinstance(found, bytes):
                        import types as pytypes
                        for o in list(seen.values()):
                            code = getattr(o, "__code__", None)
                            if isinstance(code, pytypes.CodeType) and code.co_code is found:
                                print(f"         the bytecode of {o.__module__}.{o.__qualname__}")
                    break
            for b in used[:8]:
                raw = ctypes.string_at(b, min(size, 32))
                words = [int.from_bytes(raw[k:k + 8], "little") for k in range(0, len(raw), 8)]
                kind = next((types_by_id[w].__name__ for w in words[1:] if w in types_by_id),
                            None)
                if kind is None:
                    first = seen.get(words[0])
                    kind = (f"storage of/for {type(first).__name__}:{repr(first)[:40]}"
                            if first is not None else f"raw {raw[:24]!r}")
                said.append(kind)
            print(f"    pool of {size} B blocks, {count} used: {said}")
    print(f"\nArenas found: {len(blocks)}; holding under {limit} blocks: "
          f"{sum(v < limit for v in blocks.values())}")
    for index in sorted(blocks, key=blocks.get)[:top]:
        if blocks[index] >= limit:
            break
        objs = arena_objects[index]
        kinds = Counter(type(o).__name__ for o in objs).most_common(6)
        print(f"  arena {index}: {blocks[index]} blocks, {len(objs)} objects found {kinds}")
        ordered = sorted(objs, key=plain_last)[:8]
        ignore = {id(seen), id(ordered), id(objs), id(arena_objects)}
        ignore.update(id(x) for x in arena_objects.values())
        for item in ordered:
            try:
                text = (f"{getattr(item, '__module__', '')}.{item.__qualname__}"
                        if hasattr(item, "__qualname__") else repr(item)[:100])
            except Exception:
                text = "?"
            print(f"        {type(item).__name__}: {text}")
            print(f"            held by: {holders(item, ignore)}")
    del seen


def plain_last(item: object) -> bool:
    return isinstance(item, (str, int, tuple, float, bytes))


def holders(obj: object, ignore: set[int], depth: int = 2) -> str:
    """Who refers to ``obj`` (a dict named by its owner), two levels (diagnostic)."""
    import types

    def name(ref: object) -> str:
        if isinstance(ref, types.ModuleType):
            return f"module {ref.__name__}"
        if isinstance(ref, type):
            return f"class {ref.__qualname__}"
        if isinstance(ref, types.FunctionType):
            return f"function {ref.__module__}.{ref.__qualname__}"
        if isinstance(ref, types.FrameType):
            return f"frame {ref.f_code.co_name}"
        from PySide6.QtCore import QObject
        if isinstance(ref, QObject):
            try:
                parent = ref.parent()
                users = [type(r).__name__ + (str([k for k, v in r.items() if v is ref][:2])
                                             if isinstance(r, dict) else "")
                         for r in gc.get_referrers(ref) if not isinstance(r, types.FrameType)
                         and id(r) not in ignore][:4]
                return (f"{type(ref).__name__}({ref.objectName()!r}, parent "
                        f"{type(parent).__name__}({parent.objectName() if parent else ''!r})"
                        f", held by {users})")
            except RuntimeError:
                return type(ref).__name__
        return type(ref).__name__

    parts = []
    refs = [r for r in gc.get_referrers(obj) if id(r) not in ignore
            and not isinstance(r, (types.FrameType, types.CellType)) and type(r).__name__
            != "list_iterator"]
    ignore = ignore | {id(refs)}
    for ref in refs[:6]:
        text = name(ref)
        if depth > 1 and isinstance(ref, (dict, list, tuple, types.CellType)):
            owners = [name(r) for r in gc.get_referrers(ref)
                      if id(r) not in ignore and not isinstance(r, types.FrameType)][:4]
            if isinstance(ref, dict):
                keys = [k for k, v in ref.items() if v is obj][:2]
                text += f"{keys}"
            text += f" <- {owners}"
        parts.append(text)
    return "; ".join(parts)[:400]


def all_objects() -> dict[int, object]:
    gc.collect()
    seen: dict[int, object] = {}
    for obj in gc.get_objects():
        seen[id(obj)] = obj
        for ref in gc.get_referents(obj):
            seen.setdefault(id(ref), ref)
    return seen


PYSIDE_NAMES: set[str] = set()


def note_pyside_names() -> None:
    PYSIDE_NAMES.update(f"{name}.{key}" for name, module in list(sys.modules.items())
                        if name.startswith("PySide6.") and module is not None
                        for key in list(vars(module)))


def print_new_objects(before: set[int], top: int = 60) -> None:
    """Small objects alive now that were not at the reference moment (diagnostic)."""
    from collections import Counter

    seen = all_objects()
    fresh = [o for i, o in seen.items() if i not in before and sys.getsizeof(o) <= 512]
    total = sum(sys.getsizeof(o) for o in fresh)
    print(f"\nNew small objects since the reference: {len(fresh):,}, {total / 1024:.0f} KiB")
    kinds = Counter(type(o).__name__ for o in fresh)
    print("  by type:", kinds.most_common(30))
    owners: Counter[str] = Counter()
    for o in fresh:
        if isinstance(o, type):
            owners[f"type {o.__module__}.{o.__qualname__}"] += 1
        elif hasattr(o, "__objclass__"):
            owners[f"descr of {o.__objclass__.__module__}.{o.__objclass__.__qualname__}"] += 1
        elif hasattr(o, "__module__") and hasattr(o, "__qualname__"):
            owners[f"{type(o).__name__} in {o.__module__}"] += 1
        elif isinstance(o, str):
            owners["str " + repr(o[:30])] += 1 if len(owners) < 5000 else 0
    for name, count in owners.most_common(top):
        print(f"  {count:6}  {name}")
    made = sorted({f"{o.__module__}:{o.__qualname__}" for o in fresh if isinstance(o, type)})
    print("NEWTYPES", " ".join(made))
    pyside = sorted(f"{name}.{key}" for name, module in list(sys.modules.items())
                    if name.startswith("PySide6.") and module is not None
                    for key in list(vars(module)) if f"{name}.{key}" not in PYSIDE_NAMES)
    print("NEWPYSIDE", " ".join(pyside))
    print("NEWMODULES", " ".join(sorted(n for n, m in sys.modules.items()
                                         if id(m) not in before)))
    del seen, fresh


def print_heap(seen: dict[int, object] | None = None, top: int = 12,
               after_mib: int = 0) -> None:
    """Walk glibc's main heap chunk by chunk (diagnostic): in use per MiB of the heap,
    and the Python objects among the chunks in use (by type)."""
    import ctypes
    from collections import Counter

    with open("/proc/self/maps", encoding="ascii") as lines:
        heaps = [line.split()[0] for line in lines if line.rstrip().endswith("[heap]")]
    if not heaps:
        return
    print(f"\n[heap] mappings: {heaps}")
    start = int(heaps[0].split("-")[0], 16)
    end = int(heaps[-1].split("-")[1], 16)
    seen = seen if seen is not None else all_objects()
    types_by_id = {id(o): o for o in seen.values() if isinstance(o, type)}
    address = (start + 15) & ~15
    used_by_mib: Counter[int] = Counter()
    python: Counter[str] = Counter()
    python_bytes: Counter[str] = Counter()
    chunks = []
    samples: list[object] = []
    while address + 16 < end:
        size = int.from_bytes(ctypes.string_at(address + 8, 8), "little") & ~7
        if size < 32 or address + size > end:
            print(f"  (walk stopped at +{(address - start) / 1024:.0f} KiB: size field {size:#x}"
                  f", next words {ctypes.string_at(address, 48).hex()})")
            break
        chunks.append((address, size))
        address += size
    class DlInfo(ctypes.Structure):
        _fields_ = [("dli_fname", ctypes.c_char_p), ("dli_fbase", ctypes.c_void_p),
                    ("dli_sname", ctypes.c_char_p), ("dli_saddr", ctypes.c_void_p)]

    libdl = ctypes.CDLL(None)
    libdl.dladdr.argtypes = [ctypes.c_void_p, ctypes.POINTER(DlInfo)]
    libs = []
    with open("/proc/self/maps", encoding="utf-8", errors="replace") as lines:
        for line in lines:
            fields = line.split()
            if (len(fields) >= 6 and fields[5].endswith((".so", ".so.6"))) or ".so." in line:
                a, b = (int(x, 16) for x in fields[0].split("-"))
                libs.append((a, b))
    vtables: Counter[str] = Counter()
    vtable_bytes: Counter[str] = Counter()
    day_used = 0
    for i, (chunk, size) in enumerate(chunks[:-1]):
        in_use = int.from_bytes(ctypes.string_at(chunks[i + 1][0] + 8, 8), "little") & 1
        if not in_use:
            continue
        used_by_mib[(chunk - start) >> 20] += size
        if after_mib and (chunk - start) >> 20 >= after_mib:
            day_used += size
            word = int.from_bytes(ctypes.string_at(chunk + 16, 8), "little")
            name = f"size {size}" if size <= 64 else f"size ~{1 << (size.bit_length())}"
            if any(a <= word < b for a, b in libs):
                info = DlInfo()
                if libdl.dladdr(word, ctypes.byref(info)) and info.dli_sname:
                    name = info.dli_sname.decode(errors="replace")
                elif info.dli_fname:
                    name = "in " + info.dli_fname.decode(errors="replace").rsplit("/", 1)[-1]
            vtables[name] += 1
            vtable_bytes[name] += size
        data = chunk + 16
        for at in (data, data + 16):
            kind = types_by_id.get(int.from_bytes(ctypes.string_at(at + 8, 8), "little"))
            if kind is not None and size > 64:
                python[kind.__name__] += 1
                python_bytes[kind.__name__] += size
                refs = int.from_bytes(ctypes.string_at(at, 8), "little")
                if (after_mib and (chunk - start) >> 20 >= after_mib and 0 < refs < 10**6
                        and kind.__name__ in ("code", "str", "bytes", "type", "ObjectType")):
                    samples.append(ctypes.cast(at, ctypes.py_object).value)
                break
    print(f"\nThe C heap: {(end - start) >> 20} MiB mapped, {len(chunks):,} chunks, "
          f"{sum(used_by_mib.values()) / MIB / MIB:.1f} MiB in use, {heap_rss():.1f} resident;"
          f" in use by MiB:")
    print("  " + " ".join(f"{used_by_mib[m] >> 10}" for m in range((end - start) >> 20)))
    print("  Python objects among them:",
          [(k, python[k], python_bytes[k] >> 10) for k, _ in python_bytes.most_common(top)])
    if day_used:
        print(f"  beyond MiB {after_mib}: {day_used / MIB:.0f} KiB in use; by first word:")
        for name, count in vtable_bytes.most_common(30):
            print(f"    {count / 1024:7.1f} KiB {vtables[name]:6}  {name[:100]}")
    if samples:
        import types as pytypes

        def said(o: object) -> str:
            if isinstance(o, pytypes.CodeType):
                return f"code {o.co_filename.rsplit('/', 2)[-1]}:{o.co_name}"
            if isinstance(o, type):
                return f"class {o.__module__}.{o.__qualname__}"
            if isinstance(o, (str, bytes)):
                return f"{type(o).__name__} {o[:50]!r}"
            return type(o).__name__
        where = Counter(said(o).split(":")[0] if isinstance(o, pytypes.CodeType) else
                        said(o)[:60] for o in samples)
        print(f"  Python objects beyond MiB {after_mib}: {len(samples)}")
        for text, count in where.most_common(40):
            print(f"    {count:5}  {text}")


class StallWatch:
    """``--watch``: who holds the UI thread during a stall. A thread looks every 2 ms at
    the time of the last heartbeat; when it is more than ``late_ms`` old it reads the
    UI thread's Python stack (``sys._current_frames``): the Python code running, or the
    call into Qt it waits in. Found the reminders' schedule read again after each save."""

    def __init__(self, late_ms: float = 8.0) -> None:
        import threading

        self.late_ms = late_ms
        self.last = time.perf_counter()
        self.started = self.last
        self._main = threading.get_ident()
        self._watching = False
        self.caught: list[tuple[int, float, tuple[str, ...]]] = []

    def beat(self) -> None:
        self.last = time.perf_counter()

    def start(self) -> None:
        import threading

        self.started = self.last = time.perf_counter()
        self._watching = True
        threading.Thread(target=self._watch, name="stall-watch", daemon=True).start()

    def stop(self) -> None:
        self._watching = False

    def _watch(self) -> None:
        import traceback

        while self._watching:
            time.sleep(0.002)
            last = self.last
            late = (time.perf_counter() - last) * 1000
            if late > self.late_ms:
                frame = sys._current_frames().get(self._main)
                stack = traceback.extract_stack(frame)[-14:] if frame else []
                self.caught.append((round((last - self.started) * 1000), round(late, 1),
                                    tuple(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                                          for f in stack)))

    def print(self) -> None:
        """Each stall once per stack (its start, how late when seen, the stack)."""
        seen: set[tuple[int, tuple[str, ...]]] = set()
        if not self.caught:
            print(f"  (no stall above {self.late_ms:.0f} ms seen by --watch)")
        for since, late, stack in self.caught:
            if (since, stack) in seen:
                continue
            seen.add((since, stack))
            print(f"  stall from {since} ms into the typing, {late} ms late when seen:")
            for line in stack:
                print(f"      {line}")
