package io.gilscope.cli.claims;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * One claim of the seed articles, as gilscope shows it: the program that makes it runnable, what the
 * article says, the figure to read from the program's output, and how to judge that figure. {@code demo}
 * and {@code bench} both read these definitions ({@link Claims}).
 *
 * @param statement     the claim, in a sentence
 * @param article       where it comes from (seed article number, REFERENCE)
 * @param articleFigure what the article measured, or "–"
 * @param measure       what the figure is
 * @param program       the program, with {@code args}
 * @param serve         the program fetches URLs from the local delay server
 * @param figure        how to read the figure from the program's output
 * @param format        how to print the figure (String.format pattern)
 * @param targets       where {@code bench} runs it (CPython, demo-app alone, each GIL mode)
 * @param judge         the verdict on the medians
 * @param demo          {@code demo} shows it ({@code demoQuick}: also with --quick)
 */
public record Claim(String statement, String article, String articleFigure, String measure,
                    Path program, List<String> args, boolean serve, Figure figure, String format,
                    List<Target> targets, Judge judge, boolean demo, boolean demoQuick) {

    /** A figure a program prints, and its name (two claims reading the same figure of the same run share it). */
    public record Figure(String name, Function<String, OptionalDouble> read) { }

    /** The verdict on a claim from its results per target. */
    @FunctionalInterface
    public interface Judge {
        Verdict verdict(Map<Target, Bench.Result> results);
    }

    /** The program's base name: the name of its runs and reports. */
    public String name() {
        return file().replaceFirst("\\.py$", "");
    }

    public String file() {
        return program.getFileName().toString();
    }
}
