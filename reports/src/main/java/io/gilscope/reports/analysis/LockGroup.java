package io.gilscope.reports.analysis;

import java.util.List;

/**
 * Contention events of one kind grouped by a key (monitor/parked class, site or thread).
 *
 * @param contention whether threads waited for a lock held by another (blocked entering {@code synchronized}, parked
 *                   on a lock class); false for waits for work: {@code Object.wait} (so {@code Thread.join}), and parks
 *                   on conditions, queues, latches or futures
 * @param examples   up to three stack traces of the longest events, frames one per line
 * @param threads    distinct threads among its events (counted up to {@link LockAggregator#MAX_THREADS_COUNTED})
 * @param blockedBy  for monitors, the previous owner (JFR's {@code previousOwner}) that blocked its threads longest; else null
 * @param on         the monitor or parked-on class its threads waited on longest (for a site: what the code waited on); null if unknown
 */
public record LockGroup(LockKind kind, String key, boolean contention, Stats stats, List<String> examples, int threads,
                        String blockedBy, String on) {}
