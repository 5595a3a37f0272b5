"""Photos in the journal (issue 16): does a journal with 500 photos open, search and
print as fast as the same journal without them?

    .venv/bin/python bench/bench_attachments.py [--sessions 2000] [--photos 500]

Copies the cached demo journal twice into a private temporary folder, adds
``--photos`` re-encoded photos (2,400 × 1,800 px JPEG, about the size a phone
photo of a flipchart ends up) to the second copy, four per session, then prints,
side by side: opening (KDF, first read, the schema check), search-as-you-type over
the same keystrokes as bench_search, a caption search, listing a session's
documents, the size of the file, and the booklet of one group with and without its
photos. Figures only, beside the reference measured in the same run; no test
asserts timings. The copies are deleted at the end.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _common import PASSPHRASE, demo_journal, median_ms, report
from bench_search import keystrokes


def make_photo() -> bytes:
    """A noisy 2,400 × 1,800 photo, re-encoded by the app's own intake."""
    import random

    from PIL import Image, ImageFilter

    from carnet.services.attachment_intake import prepare

    rnd = random.Random(16)
    small = Image.new("RGB", (240, 180))
    small.putdata([(rnd.randrange(140, 255), rnd.randrange(140, 255), rnd.randrange(120, 240))
                   for _ in range(240 * 180)])
    image = small.resize((2400, 1800), Image.Resampling.BICUBIC).filter(ImageFilter.DETAIL)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return prepare(out.getvalue(), "photo.jpg").data


def add_photos(path: Path, count: int, per_session: int = 4) -> list[int]:
    """``count`` photos on the journal's held sessions, ``per_session`` each (distinct bytes:
    a counter after the JPEG's end, which readers ignore). Returns their sessions' ids."""
    from carnet.domain import Attachment, SessionStatus
    from carnet.store import JournalStore

    base = make_photo()
    store = JournalStore.open(path, PASSPHRASE)
    try:
        groups = store.groups.list()
        sessions = [s for g in groups for s in store.sessions.list_by_group(g.id)
                    if s.status is SessionStatus.HELD]
        used = sessions[: (count + per_session - 1) // per_session]
        with store.transaction():
            for n in range(count):
                session = used[n // per_session]
                data = base + n.to_bytes(4, "big")
                store.attachments.add(Attachment(
                    session_id=session.id, mime="image/jpeg", size=1, sha256="",
                    caption=f"Paperboard {n} du plan d'action", filename=f"IMG_{n:04d}.jpg",
                    width=2400, height=1800), data)
        return [s.id for s in used]
    finally:
        store.close()


def time_open(path: Path, runs: int) -> list[float]:
    from carnet.store import JournalStore

    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        store = JournalStore.open(path, PASSPHRASE)
        store.groups.list()
        samples.append(time.perf_counter() - started)
        store.close()
    return samples


def time_search(path: Path, session_id: int) -> dict[str, list[float]]:
    from carnet.store import JournalStore

    store = JournalStore.open(path, PASSPHRASE)
    try:
        out: dict[str, list[float]] = {"keys": [], "caption": [], "list": []}
        for _ in range(2):  # the second pass is reported (pages decrypted once)
            out["keys"] = []
            for query in keystrokes():
                started = time.perf_counter()
                store.search(query, limit=100)
                out["keys"].append(time.perf_counter() - started)
        for _ in range(20):
            started = time.perf_counter()
            store.search("paperboard plan", limit=100)
            out["caption"].append(time.perf_counter() - started)
            started = time.perf_counter()
            store.attachments.list_by_session(session_id)
            out["list"].append(time.perf_counter() - started)
        return out
    finally:
        store.close()


def time_booklet(path: Path, group_id: int, attachments: bool, out: Path) -> tuple[float, int]:
    from carnet.booklet import BookletOptions, build_booklet
    from carnet.store import JournalStore

    store = JournalStore.open(path, PASSPHRASE)
    try:
        started = time.perf_counter()
        result = build_booklet(store, BookletOptions(group_ids=[group_id],
                                                     attachments=attachments), out)
        return time.perf_counter() - started, result.pages
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    source = demo_journal(args.sessions)
    folder = Path(tempfile.mkdtemp(prefix="carnet-bench-attach-"))
    os.chmod(folder, 0o700)
    try:
        plain, photos = folder / "plain.carnet", folder / "photos.carnet"
        shutil.copyfile(source, plain)
        shutil.copyfile(source, photos)
        time_open(plain, 1)  # brings both copies to the current schema before timing
        time_open(photos, 1)
        started = time.perf_counter()
        sessions = add_photos(photos, args.photos)
        print(f"(added {args.photos} photos in {time.perf_counter() - started:.1f} s; "
              f"journal {plain.stat().st_size / 1e6:.0f} MB without, "
              f"{photos.stat().st_size / 1e6:.0f} MB with)")

        open_plain, open_photos = time_open(plain, args.runs), time_open(photos, args.runs)
        s_plain, s_photos = time_search(plain, sessions[0]), time_search(photos, sessions[0])
        print(f"{args.sessions}-session journal, without photos | with {args.photos} photos")
        report("open (KDF included), median, without", median_ms(open_plain), "ms", "-")
        report("open (KDF included), median, with photos", median_ms(open_photos), "ms",
               "≈ without")
        report("search per keystroke, median, without", median_ms(s_plain["keys"]), "ms", "-")
        report("search per keystroke, median, with photos", median_ms(s_photos["keys"]), "ms",
               "≈ without, ≤ 20 ms")
        report("search per keystroke, worst, without", max(s_plain["keys"]) * 1000, "ms", "-")
        report("search per keystroke, worst, with photos", max(s_photos["keys"]) * 1000, "ms",
               "≤ 50 ms")
        report("caption search 'paperboard plan', median", median_ms(s_photos["caption"]), "ms",
               "≤ 20 ms")
        report("a session's documents listed, median", median_ms(s_photos["list"]), "ms",
               "≤ 5 ms")

        from carnet.store import JournalStore

        store = JournalStore.open(photos, PASSPHRASE)
        group_id = store.sessions.get(sessions[0]).group_id
        in_group = sum(len(store.attachments.list_by_session(s.id))
                       for s in store.sessions.list_by_group(group_id))
        store.close()
        without, pages_without = time_booklet(photos, group_id, False, folder / "sans.pdf")
        with_, pages_with = time_booklet(photos, group_id, True, folder / "avec.pdf")
        print(f"booklet of one group ({in_group} photos in its sessions)")
        report(f"booklet without photos ({pages_without} pages)", without, "s", "-")
        report(f"booklet with photos ({pages_with} pages, "
               f"{(folder / 'avec.pdf').stat().st_size / 1e6:.0f} MB)", with_, "s", "-")
        print(f"ratios with / without: open "
              f"{statistics.median(open_photos) / statistics.median(open_plain):.2f}×, search "
              f"{median_ms(s_photos['keys']) / median_ms(s_plain['keys']):.2f}×, booklet "
              f"{with_ / without:.2f}×")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"(copies deleted: {not folder.exists()})")


if __name__ == "__main__":
    main()
