package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When the prompt runs what was typed, asks for more, or reports an error (the cases python3's prompt decides the same way). */
@DisplayName("The prompt's decision after each line")
class InteractiveCompilerTest {

    private static InteractiveCompiler.Outcome after(String... lines) {
        return InteractiveCompiler.next(List.of(lines), "<stdin>");
    }

    @Test
    void aSimpleStatementRunsAtOnce() {
        assertInstanceOf(InteractiveCompiler.Ready.class, after("x = 1"));
        assertInstanceOf(InteractiveCompiler.Ready.class, after("1; 2"));
    }

    @Test
    void blankLinesAndCommentsRunNothing() {
        assertInstanceOf(InteractiveCompiler.Nothing.class, after(""));
        assertInstanceOf(InteractiveCompiler.Nothing.class, after("   "));
        assertInstanceOf(InteractiveCompiler.Nothing.class, after("# a comment"));
    }

    @Test
    void aCompoundStatementWaitsForAnEmptyLine() {
        assertInstanceOf(InteractiveCompiler.More.class, after("if x:"));
        assertInstanceOf(InteractiveCompiler.More.class, after("if x:", "    pass"));
        assertInstanceOf(InteractiveCompiler.More.class, after("if x:", "    pass", "    "));
        assertInstanceOf(InteractiveCompiler.More.class, after("if x: pass"));
        assertInstanceOf(InteractiveCompiler.Ready.class, after("if x:", "    pass", ""));
        assertInstanceOf(InteractiveCompiler.More.class, after("class A:", "    def f(self):"));
    }

    @Test
    void openBracketsStringsAndBackslashesContinueEvenPastEmptyLines() {
        assertInstanceOf(InteractiveCompiler.More.class, after("x = (1,"));
        assertInstanceOf(InteractiveCompiler.More.class, after("x = (1,", ""));
        assertInstanceOf(InteractiveCompiler.More.class, after("s = '''a"));
        assertInstanceOf(InteractiveCompiler.More.class, after("x = 1 \\"));
        assertInstanceOf(InteractiveCompiler.Ready.class, after("x = (1,", "", "2)"));
    }

    @Test
    void errorsAreReportedAsSoonAsTheyAreCertain() {
        InteractiveCompiler.Failed f = assertInstanceOf(InteractiveCompiler.Failed.class, after("def f(:"));
        assertEquals("invalid syntax", f.error().msg);
        f = assertInstanceOf(InteractiveCompiler.Failed.class, after("if x:", "    pass", "y = 1"));
        assertEquals(3, f.error().lineno);
        f = assertInstanceOf(InteractiveCompiler.Failed.class, after("if x:", ""));
        assertEquals("expected an indented block after 'if' statement on line 1", f.error().msg);
        assertEquals(2, f.error().lineno);
        f = assertInstanceOf(InteractiveCompiler.Failed.class, after("try:", "    pass", ""));
        assertEquals("expected 'except' or 'finally' block", f.error().msg);
        f = assertInstanceOf(InteractiveCompiler.Failed.class, after("nonlocal x"));
        assertEquals("nonlocal declaration not allowed at module level", f.error().msg);
    }

    @Test
    void theEndOfInputCompilesWhatIsLeft() {
        assertInstanceOf(InteractiveCompiler.Ready.class, InteractiveCompiler.atEnd(List.of("if x:", "    pass"), "<stdin>"));
        InteractiveCompiler.Failed f = assertInstanceOf(InteractiveCompiler.Failed.class,
                InteractiveCompiler.atEnd(List.of("x = (1,"), "<stdin>"));
        assertEquals("'(' was never closed", f.error().msg);
    }
}
