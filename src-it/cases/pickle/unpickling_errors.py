import pickle

bad = [b"", b"x", b"\x80\x09N.", b"(", b"\x80\x04\x95", b"N", b"]a.", b"0.", b"h\x05.", b"\x80\x02c__main__\nNope\n."]
for data in bad:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
