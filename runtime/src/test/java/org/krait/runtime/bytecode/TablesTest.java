package org.krait.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void exceptionTableRoundTripsLargeNumbers() {
        List<ExceptionTable.Entry> entries = List.of(new ExceptionTable.Entry(0, 10, 20, 0, false),
                new ExceptionTable.Entry(10, 5000, 70000, 3, true));
        ExceptionTable.Entry[] back = ExceptionTable.decode(ExceptionTable.encode(entries));
        assertEquals(entries, List.of(back));
    }

    @Test
    void lineTableRoundTripsBackwardLines() {
        int[] lines = {1, 1, 5, 5, 5, 2, 300, 300, -1, 4};
        assertArrayEquals(lines, LineTable.decode(LineTable.encode(lines, 1), 1, lines.length));
    }

    @Test
    void stackEffectsDependOnTheArgument() {
        assertEquals(-3, Opcode.CALL.stackEffect(2, false));
        assertEquals(2, Opcode.LOAD_GLOBAL.stackEffect(1, false));
        assertEquals(-1, Opcode.FOR_ITER.stackEffect(0, true));
        assertEquals(1, Opcode.FOR_ITER.stackEffect(0, false));
        assertEquals(2, Opcode.UNPACK_EX.stackEffect(1 | (1 << 8), false));
    }
}
