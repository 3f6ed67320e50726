# exec, eval and compile name themselves when their source is not text.
for call in (lambda: exec(1), lambda: eval(1), lambda: compile(1, "f", "exec"), lambda: eval([1])):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
