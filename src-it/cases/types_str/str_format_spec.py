print(format("abc", "10") + "|", format("abc", ">10") + "|", format("abc", "^10") + "|", format("abc", "*<6"))
print(format("abcdef", ".3"), format("abcdef", "8.2") + "|", format("x", "=^5"))
for spec in ("", "<8", ">8", "^8", "08", "+", "-", " ", ",", "_", "#x", "#b", "08.3f", ".2e", ".3%", "g", ">+10,.2f"):
    try:
        print(repr(spec), repr(format(12345.678, spec)), repr(format(-42, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
