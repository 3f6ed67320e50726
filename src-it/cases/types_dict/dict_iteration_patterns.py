prices = {"apple": 3, "pear": 5, "fig": 2}
for name, price in prices.items():
    print(name, price)
print(sorted(prices, key=prices.get), max(prices, key=lambda k: prices[k]))
print({v: k for k, v in prices.items()})
print(sum(prices.values()), list(enumerate(prices)))
