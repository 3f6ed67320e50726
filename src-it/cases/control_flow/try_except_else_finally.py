def run(exc):
    try:
        print("start")
        if exc:
            raise exc
    except ValueError as e:
        print("value error", e)
    except (TypeError, KeyError) as e:
        print("type/key", repr(e))
    else:
        print("no error")
    finally:
        print("cleanup")
for exc in (None, ValueError("v"), KeyError("k"), TypeError("t")):
    run(exc)
