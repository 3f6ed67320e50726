package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("str")
class PyStrTest {

    @Test
    void indexesByCodePoint() {
        PyStr s = PyStr.of("a\uD834\uDD1Eb");
        assertEquals(3, s.length());
        assertEquals(0x1D11E, s.codePointAt(1));
        assertEquals("b", s.substring(2, 3).toString());
    }

    @Test
    void keepsLoneSurrogates() {
        PyStr s = PyStr.ofCodePoints(new int[] {0xD834, 0xDD1E});
        assertEquals(2, s.length(), "two separate code points stay two");
        assertEquals("'\\ud834\\udd1e'", s.__repr__().toString());
    }

    @Test
    void reprPicksQuotesAndEscapes() {
        assertEquals("\"it's\"", PyStr.of("it's").__repr__().toString());
        assertEquals("'a\"b\\'c'", PyStr.of("a\"b'c").__repr__().toString());
        assertEquals("'\\n\\t\\x00\\x7f\u00e9'", PyStr.of("\n\t\0\u007f\u00e9").__repr__().toString());
    }

    @Test
    void concatenatesAndCompares() {
        PyStr ab = PyStr.of("a").concat(PyStr.of("b\u20ac"));
        assertEquals("ab\u20ac", ab.toString());
        assertTrue(PyStr.of("a").compareTo(PyStr.of("b")) < 0);
        assertTrue(PyStr.of("\uD83D\uDE00").compareTo(PyStr.of("\uFFFF")) > 0, "order is by code point, not UTF-16");
        assertEquals(PyStr.of("x").hashCode(), PyStr.ofCodePoints(new int[] {'x'}).hashCode());
    }

    @Test
    void singleLatin1CharactersAreShared() {
        assertSame(PyStr.of("q"), PyStr.of("q"));
    }
}
