package org.krait.compiler.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** PEP 263 decoding as CPython 3.11's {@code ast.parse} of bytes does it (see also the live table in the tokenizer tests). */
class SourceDecoderTest {

    private static byte[] b(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static SyntaxErrorException error(String latin1) {
        return assertThrows(SyntaxErrorException.class, () -> SourceDecoder.decode(b(latin1)));
    }

    @Test
    void utf8ByDefaultAndBomStripped() {
        assertEquals("x = '\u00e9'\n", SourceDecoder.decode("x = '\u00e9'\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x = 1", SourceDecoder.decode(b("\u00ef\u00bb\u00bfx = 1")));
    }

    @Test
    void cookieOnLineOneOrTwo() {
        assertEquals("# -*- coding: latin-1 -*-\nx = '\u00e9'", SourceDecoder.decode(b("# -*- coding: latin-1 -*-\nx = '\u00e9'")));
        assertEquals("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\u20ac'",
                SourceDecoder.decode(b("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\u00a4'")));
        assertEquals("\n# coding=latin1\n'\u00e9'", SourceDecoder.decode(b("\n# coding=latin1\n'\u00e9'")));
    }

    @Test
    void cookieIgnoredAfterCodeOrOnLineThree() {
        String s = "x = 1\n# coding: latin-1\ny = '\u00e9'";
        assertEquals(s, SourceDecoder.decode(s.getBytes(StandardCharsets.UTF_8)));
        String third = "#\n#\n# coding: latin-1\n";
        assertEquals(third, SourceDecoder.decode(b(third)));
    }

    @Test
    void encodingErrors() {
        SyntaxErrorException e = error("\u00ef\u00bb\u00bf# coding: latin-1\nx=1");
        assertEquals("encoding problem: iso-8859-1 with BOM", e.msg);
        assertEquals(0, e.lineno);
        assertEquals(-1, e.offset);
        assertEquals("encoding problem: utf8 with BOM", error("\u00ef\u00bb\u00bf# coding: utf8\n").msg);
        assertEquals("unknown encoding: foo", error("# coding: foo\nx=1").msg);
        assertEquals("'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)",
                error("# coding: ascii\nx = \"\u00e9\"").msg);
    }

    @Test
    void nullBytes() {
        SyntaxErrorException e = error("x = 1\n\0");
        assertEquals("source code string cannot contain null bytes", e.msg);
        assertNull(e.text);
    }

    @Test
    void undecodableBytesAreEscapedAndDescribed() {
        String s = SourceDecoder.decode(b("# \u00f6\nx = a\u00c3\n"));
        assertEquals("# \udcf6\nx = a\udcc3\n", s);
        assertEquals("'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data",
                SourceDecoder.utf8Error("a\udcc3"));
        assertEquals("'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
                SourceDecoder.utf8Error("\udce2\udc82A"));
        assertEquals("'utf-8' codec can't decode byte 0xf6 in position 3: invalid start byte",
                SourceDecoder.utf8Error("\u00e9a\udcf6"));
        assertNull(SourceDecoder.utf8Error("\u00e9\ud835\udd18"));
    }

    @Test
    void declaredEncodings() {
        assertEquals(true, SourceDecoder.declaresEncoding(b("\u00ef\u00bb\u00bfx")));
        assertEquals(true, SourceDecoder.declaresEncoding(b("#!python\n# coding: utf-8\n")));
        assertEquals(false, SourceDecoder.declaresEncoding(b("x = 1\n# coding: utf-8\n")));
        assertEquals(false, SourceDecoder.declaresEncoding(b("x = '\u00c3\u00a9'\n")));
    }
}
