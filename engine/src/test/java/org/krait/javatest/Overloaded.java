package org.krait.javatest;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Overloads for JavaInteropTest: each method says which one Java's rules chose. */
public final class Overloaded {

    private Overloaded() {
    }

    public static String f(int x) {
        return "int";
    }

    public static String f(long x) {
        return "long";
    }

    public static String f(Integer x) {
        return "Integer";
    }

    public static String f(Object x) {
        return "Object";
    }

    public static String f(String x) {
        return "String";
    }

    public static String f(double x) {
        return "double";
    }

    public static String boxed(Integer x) {
        return "Integer";
    }

    public static String boxed(Object x) {
        return "Object";
    }

    public static String wide(long x) {
        return "long";
    }

    public static String wide(Integer x) {
        return "Integer";
    }

    public static String big(BigInteger x) {
        return "BigInteger " + x;
    }

    public static String pick(String s) {
        return "String";
    }

    public static String pick(Integer i) {
        return "Integer";
    }

    public static String join(String sep, String... parts) {
        return String.join(sep, parts);
    }

    public static int sum(int... xs) {
        int s = 0;
        for (int x : xs) {
            s += x;
        }
        return s;
    }

    public static String only(String s) {
        return s;
    }

    public static String two(int a, String b) {
        return "int,String";
    }

    public static String two(String a, int b) {
        return "String,int";
    }

    public static int total(List<Integer> xs) {
        int s = 0;
        for (int x : xs) {
            s += x;
        }
        return s;
    }

    public static int arrayLength(String[] xs) {
        return xs.length;
    }

    public static String keys(Map<String, Integer> m) {
        return new java.util.TreeMap<>(m).toString();
    }

    public static String letter(char c) {
        return "char " + c;
    }

    public static String nothing() {
        return null;
    }
}
