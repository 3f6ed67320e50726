import gc
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
