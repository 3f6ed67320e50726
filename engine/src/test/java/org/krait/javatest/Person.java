package org.krait.javatest;

/** A bean with fields for JavaInteropTest. */
public class Person {

    public static final String KIND = "person";
    public static int created;

    public final String id;
    public int age;
    private String name;
    private boolean active;

    public Person(String name) {
        this.name = name;
        this.id = "p" + (++created);
    }

    public Person() {
        this("nobody");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getTitle() {
        return "Dr. " + name;
    }

    public String greet(String other) {
        return name + " greets " + other;
    }

    @Override
    public String toString() {
        return "Person(" + name + ")";
    }
}
