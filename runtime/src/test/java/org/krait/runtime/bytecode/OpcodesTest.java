package org.krait.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The generated {@link Opcodes} constants agree with the {@link Opcode} enum, one for one. */
class OpcodesTest {

    @Test
    void everyOpcodeHasItsOrdinalAsConstant() throws Exception {
        for (Opcode op : Opcode.values()) {
            assertEquals(op.ordinal(), Opcodes.class.getField(op.name()).getInt(null), op.name());
        }
        long constants = Arrays.stream(Opcodes.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers())).count();
        assertEquals(Opcode.values().length, constants, "Opcodes has a constant no Opcode has: rerun tools/gen_bytecode_doc.py");
    }
}
