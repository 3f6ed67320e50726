pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("Σίσυφος", "ΣΊΣΥΦΟΣ"), ("İ", "i̇")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), a.casefold())
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
