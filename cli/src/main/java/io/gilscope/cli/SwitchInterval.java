package io.gilscope.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A switch interval as the agent takes it: a positive number with a unit, ns, us, ms or s. A bare
 * number is refused rather than guessed: "5" could mean 5 ms (CPython's default) or 5 s.
 */
record SwitchInterval(String text, long nanos) {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s)");

    static final class Converter implements ITypeConverter<SwitchInterval> {
        @Override
        public SwitchInterval convert(String value) {
            Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a duration: give a number and a unit (ns, us, ms, s), e.g. 5ms");
            }
            double scale = switch (m.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                default -> 1e9;
            };
            long nanos = Math.round(Double.parseDouble(m.group(1)) * scale);
            if (nanos <= 0) throw new TypeConversionException("'" + value + "': the switch interval must be at least 1ns");
            return new SwitchInterval(m.group(1) + m.group(2), nanos);
        }
    }
}
