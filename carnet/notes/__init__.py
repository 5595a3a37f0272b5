"""The rendering contract of a note: what the person typed is what every output shows.

People type a colon and a list on the next line, press Enter for a new line, paste
bullets from Word, Outlook or Teams. One place decides what that text means —
:mod:`carnet.notes.normalise` turns it into canonical Markdown — and every output
goes through it: the preview (:func:`carnet.notes.render.to_html`), the booklet and
the preparation sheet (the same HTML, walked into flowables), the Markdown export
(:func:`carnet.notes.portable.to_portable`) and search snippets
(:func:`carnet.notes.plain.plain_snippet`). Nothing here imports Qt; ``markdown``
is imported on the first render only. What is stored is never changed.
"""
