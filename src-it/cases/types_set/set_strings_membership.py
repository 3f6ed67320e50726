vowels = set("aeiou")
print("".join(c for c in "programming language" if c in vowels))
print(sorted(vowels), sorted(set("mississippi")))
