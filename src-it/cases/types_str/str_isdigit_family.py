for ch in ("5", "٥", "۵", "५", "⁵", "₅", "①", "½", "Ⅷ", "〇", "五", "𝟓"):
    print(ch, hex(ord(ch)), ch.isdecimal(), ch.isdigit(), ch.isnumeric())
