for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x7f\x80", "é", "\u200b", "\U0001f600", "\\", "\ud800", "\r\x1b"):
    print(repr(s))
print(ascii("héllo\U0001f600"))
