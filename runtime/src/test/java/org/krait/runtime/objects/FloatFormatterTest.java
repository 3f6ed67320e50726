package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatFormatterTest {

    @ParameterizedTest(name = "repr({0}) == {1}")
    @CsvSource({
        "0.1, 0.1", "1e22, 1e+22", "1e16, 1e+16", "1e15, 1000000000000000.0", "0.0001, 0.0001", "0.00001, 1e-05",
        "4.9e-324, 5e-324", "123456789012345678.0, 1.2345678901234568e+17", "-0.0, -0.0", "2.5, 2.5",
        "0.30000000000000004, 0.30000000000000004",
    })
    void shortestRoundTrip(double d, String expected) {
        assertEquals(expected, FloatFormatter.repr(d));
    }
}
