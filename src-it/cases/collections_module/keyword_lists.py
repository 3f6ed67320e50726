# keyword: the keyword lists and predicates of 3.11.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("if"))
print(sorted(keyword.__all__))
