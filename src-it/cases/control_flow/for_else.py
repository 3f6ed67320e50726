for i in range(3):
    pass
else:
    print("for else ran", i)
for i in range(10):
    if i == 4:
        break
else:
    print("never")
print("stopped at", i)
for i in []:
    pass
else:
    print("empty loop else")
