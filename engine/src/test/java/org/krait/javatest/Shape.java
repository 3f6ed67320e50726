package org.krait.javatest;

/** An abstract class for Python subclasses in JavaInteropTest. */
public abstract class Shape {

    protected final String label;

    protected Shape(String label) {
        this.label = label;
    }

    protected Shape() {
        this("shape");
    }

    public abstract double area();

    public String describe() {
        return label + " of area " + area();
    }

    public String kind() {
        return "shape";
    }

    public static String describeAll(java.util.List<Shape> shapes) {
        StringBuilder b = new StringBuilder();
        for (Shape s : shapes) {
            b.append(s.describe()).append("; ");
        }
        return b.toString();
    }
}
