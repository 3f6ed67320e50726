print(bytes(), bytes(4), bytes([1, 2, 255]), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\x01\x02\x03".hex(":"), b"abcdef".hex("-", 2))
for args in (([256],), ("str",), ([-1],), (-1,), (1.5,), ("x", "no-codec")):
    try:
        bytes(*args)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
