import gc
s = gc.get_stats()
print(len(s), sorted(s[0]))
before = gc.get_stats()[2]["collections"]
gc.collect()
print(gc.get_stats()[2]["collections"] - before)
