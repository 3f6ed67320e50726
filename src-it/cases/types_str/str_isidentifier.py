for s in ("abc", "_", "__x__", "1a", "a1", "é", "x y", "", "ℕ", "a-b", "クラス", "def", "None", "\u2160"):
    print(repr(s), s.isidentifier())
