s = "hello WORLD ǅ straße ﬁ"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
print("ß".upper(), "İ".lower(), len("İ".lower()), "ǆ".title())
print("they're bill's friends".title())
