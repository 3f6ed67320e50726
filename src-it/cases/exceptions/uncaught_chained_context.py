def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("could not parse " + repr(s))
parse("abc")
