# string: the constants, capwords, and Template's substitutions and errors.
import string
print(repr(string.whitespace), repr(string.punctuation), repr(string.printable))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.ascii_uppercase)
print(string.capwords(' hello   world '), string.capwords('a-b', '-'), string.capwords('x y z', ' '))
t = string.Template('$who likes ${what} for $$5.')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
for text, kw in [('$who likes ${what} $$ $', {'who': 'a', 'what': 'b'}), ('line\n  $ bad', {}), ('${x', {}), ('$1', {})]:
    try:
        string.Template(text).substitute(**kw)
    except ValueError as e:
        print('ValueError', e)
try:
    string.Template('$x and $y').substitute(x=1)
except KeyError as e:
    print('KeyError', e)
print(string.Template('$who ${x $').safe_substitute(who=1), string.Template('$a $1').is_valid())
print(string.Template('$a$b_c ${a}x').substitute(a=1, b_c=2))
class Pct(string.Template):
    delimiter = '%'
print(Pct('%name costs %%5').substitute(name='tea'))
from string import *; print(len(ascii_letters), Template("$a").substitute(a=1))
