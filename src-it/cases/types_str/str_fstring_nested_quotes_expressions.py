items = {"apple": 3, "pear": 12}
for k, v in items.items():
    print(f"{k:<8}{v:>4}{'!' if v > 10 else ''}")
print(f"{'x' * 3}{len(items)}{sum(items.values()):#06x}")
print(f"{[i * 2 for i in range(3)]}", f"{(lambda q: q + 1)(1)}", f"{items['pear']}")
