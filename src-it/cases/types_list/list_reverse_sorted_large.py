state = 12345
def rand():
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % 1001
data = [rand() for _ in range(2000)]
s = sorted(data)
print(s[:5], s[-5:], data[:5])
print(s == sorted(s), sorted(data, reverse=True) == s[::-1])
