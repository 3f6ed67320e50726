d = {"alpha": 1}
print(d["beta"])
