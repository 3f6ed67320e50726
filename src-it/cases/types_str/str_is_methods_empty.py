print("".isalpha(), "".isdigit(), "".islower(), "".isspace(), "".isidentifier(), "".isprintable(), "".isascii(), "".istitle())
