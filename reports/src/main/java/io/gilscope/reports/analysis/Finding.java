package io.gilscope.reports.analysis;

/**
 * A plain-language conclusion with the numbers that triggered it.
 *
 * @param id stable rule id (e.g. {@code cpu-bound-contention})
 * @param severity {@code warning}, {@code info} or {@code ok}
 */
public record Finding(String id, String severity, String title, String detail) {}
