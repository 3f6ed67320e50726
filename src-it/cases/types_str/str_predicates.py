samples = ["abc", "ABC", "Abc Def", "123", "١٢٣", "½", "²", "abc123", "", " \t\n", "a b", "Ⅻ", "_id", "2x", "héllo", "\u00a0"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
