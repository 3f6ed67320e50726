package org.krait.compiler.pyast;

import java.util.HashMap;
import java.util.Map;
import org.krait.compiler.ast.Alias;
import org.krait.compiler.ast.Arg;
import org.krait.compiler.ast.Arguments;
import org.krait.compiler.ast.Comprehension;
import org.krait.compiler.ast.ExceptHandler;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Keyword;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.ast.TypeIgnore;
import org.krait.compiler.ast.Withitem;

/** The record class of each node class name of the {@code ast} module, and the ASDL type names of the node interfaces. */
final class NodeTypes {

    private static final Map<String, Class<?>> BY_NAME = new HashMap<>();
    private static final Map<Class<?>, String> ASDL = new HashMap<>();

    static {
        for (Class<?> sum : new Class<?>[] {Mod.class, Stmt.class, Expr.class, Pattern.class}) {
            for (Class<?> c : sum.getPermittedSubclasses()) {
                BY_NAME.put(c.getSimpleName(), c);
            }
        }
        BY_NAME.put("arg", Arg.class);
        BY_NAME.put("arguments", Arguments.class);
        BY_NAME.put("keyword", Keyword.class);
        BY_NAME.put("alias", Alias.class);
        BY_NAME.put("withitem", Withitem.class);
        BY_NAME.put("match_case", MatchCase.class);
        BY_NAME.put("comprehension", Comprehension.class);
        BY_NAME.put("ExceptHandler", ExceptHandler.class);
        BY_NAME.put("TypeIgnore", TypeIgnore.class);
        ASDL.put(Mod.class, "mod");
        ASDL.put(Stmt.class, "stmt");
        ASDL.put(Expr.class, "expr");
        ASDL.put(Pattern.class, "pattern");
        ASDL.put(Arg.class, "arg");
        ASDL.put(Arguments.class, "arguments");
        ASDL.put(Keyword.class, "keyword");
        ASDL.put(Alias.class, "alias");
        ASDL.put(Withitem.class, "withitem");
        ASDL.put(MatchCase.class, "match_case");
        ASDL.put(Comprehension.class, "comprehension");
        ASDL.put(ExceptHandler.class, "excepthandler");
        ASDL.put(TypeIgnore.class, "type_ignore");
    }

    private NodeTypes() {
    }

    /** The record class for the node class {@code name}, or null. */
    static Class<?> byName(String name) {
        return BY_NAME.get(name);
    }

    /** The ASDL type a Java node type stands for ("expr", "stmt"...), for error messages. */
    static String asdlName(Class<?> type) {
        String n = ASDL.get(type);
        if (n != null) {
            return n;
        }
        for (Class<?> i : type.getInterfaces()) {
            n = ASDL.get(i);
            if (n != null) {
                return n;
            }
        }
        return type.getSimpleName();
    }
}
