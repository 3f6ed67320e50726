package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.krait.runtime.objects.exceptions.PythonException;

@DisplayName("Codecs")
class CodecsTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Nested
    @DisplayName("lookup")
    class Lookup {
        @Test
        void aliasesIgnoreCaseAndPunctuation() {
            assertEquals(Codecs.UTF_8, Codecs.lookup("UTF8"));
            assertEquals(Codecs.UTF_8, Codecs.lookup("utf_8"));
            assertEquals(Codecs.LATIN_1, Codecs.lookup("Latin 1"));
            assertEquals(Codecs.LATIN_1, Codecs.lookup("ISO-8859-1"));
            assertEquals(Codecs.ASCII, Codecs.lookup("us-ascii"));
            assertEquals(Codecs.UTF_16_LE, Codecs.lookup("utf-16le"));
        }

        @Test
        void unknownNamesAreLookupErrors() {
            PythonException e = assertThrows(PythonException.class, () -> Codecs.lookup("no-such-codec"));
            assertEquals("LookupError: unknown encoding: no-such-codec", e.getMessage());
        }
    }

    @Nested
    @DisplayName("byte-order marks")
    class Marks {
        @Test
        void utf16And32WriteALittleEndianMarkAtTheStartOnly() {
            assertArrayEquals(bytes(0xff, 0xfe, 'a', 0), Codecs.encode("a", "utf-16", "strict"));
            assertArrayEquals(bytes('a', 0), Codecs.encodeWith("a", Codecs.UTF_16, "strict", false));
            assertArrayEquals(bytes(0xff, 0xfe, 0, 0, 'a', 0, 0, 0), Codecs.encode("a", "utf-32", "strict"));
        }

        @Test
        void decodingFollowsTheMark() {
            assertEquals("a", Codecs.decode(bytes(0xfe, 0xff, 0, 'a'), "utf-16", "strict"));
            assertEquals("a", Codecs.decode(bytes(0xef, 0xbb, 0xbf, 'a'), "utf-8-sig", "strict"));
            assertEquals("\ufeffa", Codecs.decode(bytes(0xef, 0xbb, 0xbf, 'a'), "utf-8", "strict"));
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {
        @Test
        void aRunOfUnencodableCharactersIsOneError() {
            PythonException e = assertThrows(PythonException.class, () -> Codecs.encode("a\u00e9\u00e9", "ascii", "strict"));
            assertEquals("UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
                    e.getMessage());
        }

        @Test
        void handlersReplaceWhatCannotBeEncoded() {
            assertEquals("a?&#8364;", new String(Codecs.encode("a\u00e9", "ascii", "replace"), StandardCharsets.US_ASCII)
                    .substring(0, 2) + new String(Codecs.encode("\u20ac", "ascii", "xmlcharrefreplace"), StandardCharsets.US_ASCII));
            assertArrayEquals(bytes('a', 0x80), Codecs.encode("a\udc80", "utf-8", "surrogateescape"));
        }

        @Test
        void decodeErrorsNameTheBytes() {
            PythonException e = assertThrows(PythonException.class, () -> Codecs.decode(bytes('o', 'k', 0xff), "utf-8", "strict"));
            assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
                    e.getMessage());
            assertEquals("ok\udcff", Codecs.decode(bytes('o', 'k', 0xff), "utf-8", "surrogateescape"));
        }

        @Test
        void unknownHandlersAreLookupErrorsOnlyWhenNeeded() {
            assertArrayEquals(bytes('a'), Codecs.encode("a", "ascii", "bogus"));
            PythonException e = assertThrows(PythonException.class, () -> Codecs.encode("\u00e9", "ascii", "bogus"));
            assertEquals("LookupError: unknown error handler name 'bogus'", e.getMessage());
        }
    }

    @Nested
    @DisplayName("incremental decoding")
    class Incremental {
        @Test
        void anIncompleteUtf8SequenceWaits() {
            byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
            assertEquals(2, Codecs.incompleteTail(euro, 0, 2, Codecs.UTF_8));
            assertEquals(1, Codecs.incompleteTail(euro, 0, 1, Codecs.UTF_8));
            assertEquals(0, Codecs.incompleteTail(euro, 0, 3, Codecs.UTF_8));
        }

        @Test
        void anInvalidPrefixDoesNotWait() {
            assertEquals(0, Codecs.incompleteTail(bytes('a', 0xff), 0, 2, Codecs.UTF_8));
            assertEquals(0, Codecs.incompleteTail(bytes(0xe0, 0x80), 0, 2, Codecs.UTF_8));
        }

        @Test
        void utf16KeepsOddBytesAndHighSurrogates() {
            assertEquals(1, Codecs.incompleteTail(bytes('a', 0, 'b'), 0, 3, Codecs.UTF_16_LE));
            assertEquals(2, Codecs.incompleteTail(bytes('a', 0, 0x3d, 0xd8), 0, 4, Codecs.UTF_16_LE));
            assertEquals(3, Codecs.incompleteTail(bytes(0x3d, 0xd8, 0), 0, 3, Codecs.UTF_16_LE));
        }
    }
}
