import gc
marker = ["find", "me"]
print(any(o is marker for o in gc.get_objects()))
print(any(o is marker for o in gc.get_objects(generation=0)) or any(o is marker for o in gc.get_objects(2)) or any(o is marker for o in gc.get_objects(1)))
