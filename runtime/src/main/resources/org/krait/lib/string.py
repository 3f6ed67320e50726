"""Krait's own string module: the character constants, capwords and Template.

Template's placeholders are parsed by hand (Krait has no re module yet): a subclass may change
the delimiter, but not idpattern or the other regular-expression attributes. Formatter is not
there yet.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, and join them with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = set('_' + ascii_letters)
_ID_REST = _ID_START | set(digits)


class Template:
    """A string with $-placeholders: $$ is a dollar, $name and ${name} are substituted."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parts(self):
        """The template as ('text', s), ('name', name, source) and ('invalid', position) pieces."""
        text = self.template
        mark = self.delimiter
        pieces = []
        start = 0
        i = text.find(mark)
        while i >= 0:
            if i > start:
                pieces.append(('text', text[start:i]))
            j = i + len(mark)
            if text.startswith(mark, j):
                pieces.append(('text', mark))
                start = j + len(mark)
            elif j < len(text) and text[j] in _ID_START:
                k = j + 1
                while k < len(text) and text[k] in _ID_REST:
                    k += 1
                pieces.append(('name', text[j:k], text[i:k]))
                start = k
            elif text.startswith('{', j) and j + 1 < len(text) and text[j + 1] in _ID_START:
                k = j + 2
                while k < len(text) and text[k] in _ID_REST:
                    k += 1
                if text.startswith('}', k):
                    pieces.append(('name', text[j + 1:k], text[i:k + 1]))
                    start = k + 1
                else:
                    pieces.append(('invalid', i))
                    start = j
            else:
                pieces.append(('invalid', i))
                start = j
            i = text.find(mark, start)
        if start < len(text):
            pieces.append(('text', text[start:]))
        return pieces

    def _invalid(self, position):
        before = self.template[:position]
        line = before.count('\n') + 1
        column = position - (before.rfind('\n') + 1) + 1
        raise ValueError(f'Invalid placeholder in string: line {line}, col {column}')

    def _values(self, mapping, kws):
        if mapping is None:
            return kws
        if not kws:
            return mapping
        merged = dict(mapping)
        merged.update(kws)
        return merged

    def _render(self, values, safe):
        out = []
        for piece in self._parts():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                try:
                    out.append(str(values[piece[1]]))
                except KeyError:
                    if not safe:
                        raise
                    out.append(piece[2])
            elif safe:
                out.append(self.delimiter)
            else:
                self._invalid(piece[1])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._render(self._values(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(self._values(mapping, kws), True)

    def is_valid(self):
        return all(piece[0] != 'invalid' for piece in self._parts())

    def get_identifiers(self):
        names = []
        for piece in self._parts():
            if piece[0] == 'name' and piece[1] not in names:
                names.append(piece[1])
        return names
