for w in ("a", "é", "漢字", "\U0001f600"):
    print("[" + w.rjust(5, "·") + "]", "[" + format(w, "^6") + "]")
